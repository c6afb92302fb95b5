/// The fields of an account, as forms and imported columns name them.
public enum AccountField: String, CaseIterable, Sendable, Codable {
    // One case per `AccountDraft` property that a form or a column can fill (`department`,
    // `siren` and `vatNumber` are derived); `label(_:)` gives each its wording.
    /// Identity and activity: SIRET, names, NAF code and label, legal form, headcount band.
    case siret, legalName, tradeName, nafCode, nafLabel, legalForm, headcountBand
    /// Address and position.
    case addressLine1, addressLine2, postalCode, city, inseeCode, country, latitude, longitude
    /// Contact details and portfolio data.
    case phone, email, website, status, category, source, revenuePotential
    /// Flags, creation date and notes.
    case doNotCall, emailConsent, soleTrader, creationDate, notes

    /// The label shown beside the field and in import reports.
    public func label(_ language: Language) -> String {
        switch language {
        case .fr: return frenchLabel
        case .en: return englishLabel
        }
    }

    /// `true` for the fields a valid account cannot do without (only the legal name).
    public var isRequired: Bool { self == .legalName }

    /// Position in `allCases`, used to store a row's values in a flat array.
    var ordinal: Int {
        switch self {
        case .siret: 0
        case .legalName: 1
        case .tradeName: 2
        case .nafCode: 3
        case .nafLabel: 4
        case .legalForm: 5
        case .headcountBand: 6
        case .addressLine1: 7
        case .addressLine2: 8
        case .postalCode: 9
        case .city: 10
        case .inseeCode: 11
        case .country: 12
        case .latitude: 13
        case .longitude: 14
        case .phone: 15
        case .email: 16
        case .website: 17
        case .status: 18
        case .category: 19
        case .source: 20
        case .revenuePotential: 21
        case .doNotCall: 22
        case .emailConsent: 23
        case .soleTrader: 24
        case .creationDate: 25
        case .notes: 26
        }
    }

    private var frenchLabel: String {
        switch self {
        case .siret: "SIRET"
        case .legalName: "Raison sociale"
        case .tradeName: "Enseigne"
        case .nafCode: "Code NAF"
        case .nafLabel: "Libellé NAF"
        case .legalForm: "Forme juridique"
        case .headcountBand: "Tranche d'effectif"
        case .addressLine1: "Adresse"
        case .addressLine2: "Complément d'adresse"
        case .postalCode: "Code postal"
        case .city: "Ville"
        case .inseeCode: "Code commune INSEE"
        case .country: "Pays"
        case .latitude: "Latitude"
        case .longitude: "Longitude"
        case .phone: "Téléphone"
        case .email: "E-mail"
        case .website: "Site web"
        case .status: "Statut"
        case .category: "Catégorie"
        case .source: "Origine"
        case .revenuePotential: "Potentiel de CA"
        case .doNotCall: "Bloctel (ne pas appeler)"
        case .emailConsent: "Consentement e-mail"
        case .soleTrader: "Entrepreneur individuel"
        case .creationDate: "Date de création"
        case .notes: "Notes"
        }
    }

    private var englishLabel: String {
        switch self {
        case .siret: "SIRET"
        case .legalName: "Legal name"
        case .tradeName: "Trade name"
        case .nafCode: "NAF code"
        case .nafLabel: "NAF label"
        case .legalForm: "Legal form"
        case .headcountBand: "Headcount band"
        case .addressLine1: "Address"
        case .addressLine2: "Address line 2"
        case .postalCode: "Postal code"
        case .city: "City"
        case .inseeCode: "INSEE municipality code"
        case .country: "Country"
        case .latitude: "Latitude"
        case .longitude: "Longitude"
        case .phone: "Phone"
        case .email: "E-mail"
        case .website: "Website"
        case .status: "Status"
        case .category: "Category"
        case .source: "Source"
        case .revenuePotential: "Revenue potential"
        case .doNotCall: "Do not call (Bloctel)"
        case .emailConsent: "E-mail consent"
        case .soleTrader: "Sole trader"
        case .creationDate: "Creation date"
        case .notes: "Notes"
        }
    }
}
