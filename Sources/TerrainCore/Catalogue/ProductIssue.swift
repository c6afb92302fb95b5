import Foundation

/// The catalogue's own rules, each reported in `FieldIssues<ProductField>` as its `ValidationIssue`
/// case (`standIn`) on its field.
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

    /// The `ValidationIssue` case of this issue in a `FieldIssueOf<ProductField>`.
    public var standIn: ValidationIssue {
        switch self {
        case .invalidReference: .invalidReference
        case .invalidVATRate: .invalidVATRate
        case .rateAboveOne: .rateOutOfRange
        case .floorAboveListPrice: .floorAboveListPrice
        }
    }

    /// Recognises a product issue (`nil` for any other issue).
    public init?(field: ProductField, issue: ValidationIssue) {
        guard let found = Self.allCases.first(where: { $0.field == field && $0.standIn == issue }) else {
            return nil
        }
        self = found
    }

    /// A complete sentence for the user, saying what is wrong and what is expected.
    public func message(_ language: Language) -> String {
        standIn.message(language)
    }
}
