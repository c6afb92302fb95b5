import Foundation

/// The catalogue rules that `ValidationIssue` has no case for, with their own messages.
///
/// `ProductValidation` reports them in `FieldIssues<ProductField>` under a stand-in
/// `ValidationIssue` (`standIn`: an `.invalidChoice` whose options say what is expected, so its
/// generic message is still true); `init?(field:issue:)` recognises the stand-in, and
/// `ProductValidation.message(for:_:)` gives the precise sentence. When `ValidationIssue` gains
/// these cases, `standIn` becomes that case and nothing else changes for callers.
public enum ProductIssue: Hashable, Sendable, CaseIterable {
    /// The reference has a character other than letters A–Z, digits, `-`, `_` and `.`.
    case invalidReference
    /// The VAT rate is not one of the French rates.
    case invalidVATRate
    /// The maximum discount is above 100 %.
    case rateAboveOne
    /// The floor price is above the list price.
    case floorAboveListPrice

    /// The field each issue is reported on.
    public var field: ProductField {
        switch self {
        case .invalidReference: .reference
        case .invalidVATRate: .vatRate
        case .rateAboveOne: .maxDiscountRate
        case .floorAboveListPrice: .floorPrice
        }
    }

    /// The `ValidationIssue` that stands for this issue in a `FieldIssueOf<ProductField>`.
    public var standIn: ValidationIssue {
        switch self {
        case .invalidReference: .invalidChoice(options: ["lettres A à Z", "chiffres", "-", "_", "."])
        case .invalidVATRate: .invalidChoice(options: VATRate.allCases.map(ProductValueParsing.label(of:)))
        case .rateAboveOne: .invalidChoice(options: ["un taux de 0 % à 100 %"])
        case .floorAboveListPrice: .invalidChoice(options: ["un prix plancher au plus égal au prix de vente HT"])
        }
    }

    /// Recognises the stand-in of a product issue (`nil` for any other issue).
    public init?(field: ProductField, issue: ValidationIssue) {
        guard let found = Self.allCases.first(where: { $0.field == field && $0.standIn == issue }) else {
            return nil
        }
        self = found
    }

    /// A complete sentence for the user, saying what is wrong and what is expected.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.invalidReference, .fr):
            return "La référence ne peut contenir que des lettres sans accent, des chiffres, des tirets (-), des tirets bas (_) et des points, sans espace (par exemple EV-50)."
        case (.invalidReference, .en):
            return "The reference may only contain letters without accents, digits, dashes (-), underscores (_) and dots, without spaces (for example EV-50)."
        case (.invalidVATRate, .fr):
            return "Le taux de TVA doit être un taux français : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %."
        case (.invalidVATRate, .en):
            return "The VAT rate must be a French rate: 20 %, 10 %, 5.5 %, 2.1 % or 0 %."
        case (.rateAboveOne, .fr):
            return "La remise maximale doit être comprise entre 0 % et 100 % (par exemple 15 % ou 0,15)."
        case (.rateAboveOne, .en):
            return "The maximum discount must be between 0 % and 100 % (for example 15 % or 0.15)."
        case (.floorAboveListPrice, .fr):
            return "Le prix plancher ne peut pas dépasser le prix de vente HT : saisissez un prix plancher inférieur ou égal au prix de vente."
        case (.floorAboveListPrice, .en):
            return "The floor price cannot exceed the list price: enter a floor price lower than or equal to the list price."
        }
    }
}
