import Fluent
import Foundation
import TerrainCore

/// A product of the catalogue (glossary: article, référence).
///
/// Prices are stored as decimal text in euros excluding VAT ("12.5", any precision, exact on SQLite
/// and PostgreSQL alike) and read back as `Decimal`; rates as decimal text (0.15 = 15 %).
public final class Product: Model, @unchecked Sendable {
    public static let schema = "products"

    @ID(key: .id) public var id: UUID?
    /// Upper-cased, unique (`ProductValueParsing.normalizedReference`).
    @Field(key: "reference") public var reference: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "family") public var family: String?
    @OptionalField(key: "unit") public var unit: String?
    @OptionalField(key: "packaging") public var packaging: String?
    @Field(key: "list_price") public var listPrice: String
    @OptionalField(key: "purchase_cost") public var purchaseCost: String?
    /// `VATRate.rawValue`.
    @Field(key: "vat_rate") public var vatRate: String
    @OptionalField(key: "floor_price") public var floorPrice: String?
    @OptionalField(key: "max_discount_rate") public var maxDiscountRate: String?
    @Field(key: "active") public var active: Bool
    /// Folded reference, name and family for accent-insensitive search.
    @Field(key: "search_text") public var searchText: String
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Copies a validated draft onto the record.
    func apply(_ draft: ProductDraft) {
        reference = draft.reference
        name = draft.name
        family = draft.family
        unit = draft.unit
        packaging = draft.packaging
        listPrice = "\(draft.listPrice)"
        purchaseCost = draft.purchaseCost.map { "\($0)" }
        vatRate = draft.vatRate.rawValue
        floorPrice = draft.floorPrice.map { "\($0)" }
        maxDiscountRate = draft.maxDiscountRate.map { "\($0)" }
        active = draft.active
        searchText = Account.searchFolded([draft.reference, draft.name, draft.family].compactMap { $0 }.joined(separator: " "))
    }

    /// The record as a validated draft (the values were validated when stored).
    var draft: ProductDraft {
        ProductDraft(
            reference: reference, name: name, family: family, unit: unit, packaging: packaging,
            listPrice: Decimal(string: listPrice) ?? 0, purchaseCost: purchaseCost.flatMap { Decimal(string: $0) },
            vatRate: VATRate(rawValue: vatRate) ?? .standard, floorPrice: floorPrice.flatMap { Decimal(string: $0) },
            maxDiscountRate: maxDiscountRate.flatMap { Decimal(string: $0) }, active: active
        )
    }
}
