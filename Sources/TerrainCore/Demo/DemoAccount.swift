/// One account of the demo company: a real establishment of the SIRENE sample or, at
/// `scale` > 1, a synthetic one placed around a real commune.
///
/// `draft.status` is `.customer` (ordering until the end of the history), `.lost` (stopped
/// ordering during it) or `.prospect` (no order). `draft.category` is `CHR`,
/// `draft.revenuePotential` the expected yearly purchases in euros excl. VAT (rounded to 100 €).
/// Contact details (phone, e-mail) are left empty: the sample has none and inventing some for
/// real businesses would mislead.
public struct DemoAccount: Hashable, Sendable {
    /// The account as the server stores it.
    public var draft: AccountDraft
    /// E-mail of the user who owns the account: its sector's rep, or the manager for a key
    /// account (`keyAccount`).
    public var ownerEmail: String
    /// E-mail of the rep whose sector holds the account (also for key accounts).
    public var sectorRepEmail: String
    /// The physical line of the establishment in the SIRENE file (header = line 1); `nil` for a
    /// synthetic establishment.
    public var sireneLine: Int?
    /// `true` when the name was invented: the 288 sole traders without a sign in the sample
    /// (their name, personal data, was removed) and every synthetic establishment. The draft
    /// then has `tradeName` = `legalName` = the invented name and a note saying so.
    public var inventedName: Bool
    /// `true` when the coordinates are the commune's point (La Poste) rather than the
    /// establishment's: the 20 rows of the sample without coordinates. Noted in the draft too.
    public var approximateLocation: Bool
    /// `true` for the few largest customers that the manager follows in person (grands comptes).
    public var keyAccount: Bool

    /// `true` for an establishment invented at `scale` > 1.
    public var isSynthetic: Bool { sireneLine == nil }

    /// Creates an account from its parts.
    public init(draft: AccountDraft, ownerEmail: String, sectorRepEmail: String, sireneLine: Int?,
                inventedName: Bool, approximateLocation: Bool, keyAccount: Bool) {
        self.draft = draft
        self.ownerEmail = ownerEmail
        self.sectorRepEmail = sectorRepEmail
        self.sireneLine = sireneLine
        self.inventedName = inventedName
        self.approximateLocation = approximateLocation
        self.keyAccount = keyAccount
    }

    /// Note on an account whose name was invented (a real sole trader without a sign).
    public static let inventedNameNote =
        "Nom inventé pour la démonstration : entrepreneur individuel sans enseigne, dont le nom (donnée personnelle) n'est pas diffusé."
    /// Note on an account placed at its commune's point.
    public static let approximateLocationNote =
        "Coordonnées approximatives : point de la commune (La Poste), l'établissement n'étant pas géolocalisé."
    /// Note on a synthetic establishment.
    public static let syntheticNote =
        "Établissement fictif créé pour la démonstration : nom, adresse et SIRET inventés."
    /// `AccountDraft.source` of the real establishments (attribution required by the licence).
    public static let sireneSource = "Source : INSEE, base Sirene (2016)"
    /// `AccountDraft.source` of the synthetic establishments.
    public static let syntheticSource = "Démonstration (établissement fictif)"
    /// `AccountDraft.category` of every account: cafés, hotels, restaurants.
    public static let category = "CHR"
}
