/// The fields of a catalogue product, as forms and imported columns name them.
///
/// The order of the cases is the order of the form, of the exported columns and of the issues
/// `ProductValidation` reports.
public enum ProductField: String, CaseIterable, Sendable, Codable {
    /// Product code (référence article), the product's identity in the catalogue.
    case reference
    /// Wording shown on quotes and orders (désignation).
    case name
    /// Product family (famille), free text chosen by the company.
    case family
    /// Sales unit (unité de vente): bouteille, fût, kg...
    case unit
    /// Packaging (conditionnement, colisage): « carton de 6 », « pack de 24 ».
    case packaging
    /// List price excl. VAT in euros (prix de vente HT).
    case listPrice
    /// Purchase cost excl. VAT in euros (coût d'achat HT).
    case purchaseCost
    /// French VAT rate (taux de TVA).
    case vatRate
    /// Lowest net unit price excl. VAT a rep may grant, in euros (prix plancher HT).
    case floorPrice
    /// Highest combined discount a rep may grant, a fraction (remise maximale).
    case maxDiscountRate
    /// Whether the product can still be sold (actif).
    case active

    /// The label shown beside the field, in import reports and as the exported column title.
    public func label(_ language: Language) -> String {
        switch language {
        case .fr: return frenchLabel
        case .en: return englishLabel
        }
    }

    /// `true` for the fields a valid product cannot do without: reference, name, list price and
    /// VAT rate.
    public var isRequired: Bool {
        switch self {
        case .reference, .name, .listPrice, .vatRate: true
        default: false
        }
    }

    /// Position in `allCases`, used to store a row's values in a flat array and to order issues.
    var ordinal: Int {
        switch self {
        case .reference: 0
        case .name: 1
        case .family: 2
        case .unit: 3
        case .packaging: 4
        case .listPrice: 5
        case .purchaseCost: 6
        case .vatRate: 7
        case .floorPrice: 8
        case .maxDiscountRate: 9
        case .active: 10
        }
    }

    private var frenchLabel: String {
        switch self {
        case .reference: "Référence"
        case .name: "Désignation"
        case .family: "Famille"
        case .unit: "Unité"
        case .packaging: "Conditionnement"
        case .listPrice: "Prix de vente HT"
        case .purchaseCost: "Coût d'achat HT"
        case .vatRate: "Taux de TVA"
        case .floorPrice: "Prix plancher HT"
        case .maxDiscountRate: "Remise maximale"
        case .active: "Actif"
        }
    }

    private var englishLabel: String {
        switch self {
        case .reference: "Reference"
        case .name: "Name"
        case .family: "Family"
        case .unit: "Unit"
        case .packaging: "Packaging"
        case .listPrice: "List price excl. VAT"
        case .purchaseCost: "Purchase cost excl. VAT"
        case .vatRate: "VAT rate"
        case .floorPrice: "Floor price excl. VAT"
        case .maxDiscountRate: "Maximum discount"
        case .active: "Active"
        }
    }
}
