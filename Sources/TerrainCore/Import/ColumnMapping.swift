/// Which account field each column of an imported file feeds.
public struct ColumnMapping: Hashable, Codable, Sendable {
    /// One entry per column, in file order; `nil` means the column is ignored.
    public var fields: [AccountField?]

    /// A mapping with one entry per column (`nil`: column ignored).
    public init(fields: [AccountField?]) {
        self.fields = fields
    }

    /// The column index that feeds `field`, if any (the first one).
    public func column(of field: AccountField) -> Int? {
        fields.firstIndex(of: field)
    }

    /// Required fields no column feeds: the import would reject every row. Show them before
    /// importing.
    public var missingRequiredFields: [AccountField] {
        AccountField.allCases.filter { $0.isRequired && !fields.contains($0) }
    }

    /// Proposes a mapping from the header cells.
    ///
    /// A header matches a field when, folded (lower case, accents removed, everything but
    /// letters and digits removed), it equals one of the field's French or English synonyms
    /// folded the same way: `N° SIRET`, `siret` → `.siret`; `Raison sociale`, `nom_affiche`,
    /// `Company` → `.legalName`; `Code postal`, `CP`, `zip` → `.postalCode`... (see
    /// `synonyms`). Whole headers only: `latitude_centroide_commune` and
    /// `ecart_ods_centroide_km` stay unmapped. A field is mapped once; the first column wins.
    public static func automatic(headers: [String]) -> ColumnMapping {
        var used = Set<AccountField>()
        let fields = headers.map { header -> AccountField? in
            guard let field = lookup[headerKey(header)], !used.contains(field) else { return nil }
            used.insert(field)
            return field
        }
        return ColumnMapping(fields: fields)
    }

    /// The header synonyms of each field, in French and English, as users write them.
    public static let synonyms: [AccountField: [String]] = [
        .siret: ["siret", "n° siret", "no siret", "numéro siret", "numero de siret", "siret établissement"],
        .legalName: ["raison sociale", "nom", "nom_affiche", "name", "company", "company name", "legal name",
                     "dénomination", "dénomination sociale", "société", "entreprise", "nom de l'entreprise",
                     "account name", "compte"],
        .tradeName: ["enseigne", "trade name", "nom commercial", "enseigne commerciale"],
        .nafCode: ["code naf", "code ape", "code_ape", "naf", "ape", "code naf/ape", "naf code", "ape code",
                   "activité principale"],
        .nafLabel: ["libellé naf", "libelle_ape", "libellé ape", "naf label", "activité", "libellé activité",
                    "activity"],
        .legalForm: ["forme juridique", "legal form", "statut juridique"],
        .headcountBand: ["tranche d'effectif", "tranche_effectif", "tranche effectif salarié", "headcount",
                         "headcount band", "effectif"],
        .addressLine1: ["adresse", "address", "adresse 1", "address 1", "address line 1", "rue", "voie", "street"],
        .addressLine2: ["complément d'adresse", "complément adresse", "adresse 2", "address 2",
                        "address line 2", "complément"],
        .postalCode: ["code postal", "code_postal", "cp", "postal code", "zip", "zip code", "postcode"],
        .city: ["ville", "commune", "city", "localité", "town"],
        .inseeCode: ["code commune", "code_insee", "insee", "code insee", "code commune insee", "depcom"],
        .country: ["pays", "country", "code pays", "country code"],
        .latitude: ["latitude", "latitude_ods", "lat"],
        .longitude: ["longitude", "longitude_ods", "lon", "lng", "long"],
        .phone: ["téléphone", "tel", "tél", "phone", "phone number", "numéro de téléphone", "téléphone fixe", "standard"],
        .email: ["e-mail", "email", "courriel", "mail", "adresse e-mail", "adresse mail", "email address"],
        .website: ["site web", "website", "site", "site internet", "url", "web"],
        .status: ["statut", "status"],
        .category: ["catégorie", "category", "segment"],
        .source: ["origine", "source", "provenance", "lead source"],
        .revenuePotential: ["potentiel", "potentiel de ca", "potentiel ca", "ca potentiel", "revenue potential",
                            "potential"],
        .doNotCall: ["bloctel", "ne pas appeler", "do not call", "bloctel (ne pas appeler)"],
        .emailConsent: ["consentement e-mail", "consentement email", "email consent", "opt-in", "optin"],
        .soleTrader: ["entrepreneur individuel", "entrepreneur_individuel", "sole trader", "personne physique"],
        .creationDate: ["date de création", "date_debut_activite", "creation date", "date création",
                        "date de début d'activité", "date création établissement"],
        .notes: ["notes", "note", "commentaire", "commentaires", "remarques", "remarque", "comments", "observations"],
    ]

    /// The comparison key of a header: lower case, no accents, letters and digits only.
    public static func headerKey(_ header: String) -> String {
        NameFolding.searchKey(header).alphanumericWords().joined()
    }

    private static let lookup: [String: AccountField] = {
        var table: [String: AccountField] = [:]
        for field in AccountField.allCases {
            for synonym in synonyms[field] ?? [] { table[headerKey(synonym)] = field }
            table[headerKey(field.label(.fr))] = table[headerKey(field.label(.fr))] ?? field
            table[headerKey(field.label(.en))] = table[headerKey(field.label(.en))] ?? field
            table[headerKey(field.rawValue)] = table[headerKey(field.rawValue)] ?? field
        }
        return table
    }()
}
