import Fluent
import Foundation
import TerrainCore

/// A price list (glossary: tarif, grille tarifaire): the default list has no customer category;
/// the others apply to accounts of their category (`PriceListRule`).
public final class PriceListRecord: Model, @unchecked Sendable {
    public static let schema = "price_lists"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    /// nil for the default list.
    @OptionalField(key: "customer_category") public var customerCategory: String?
    @Children(for: \.$priceList) public var entries: [PriceListEntry]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}

/// The price of one product in one list, in euros excl. VAT (decimal text).
public final class PriceListEntry: Model, @unchecked Sendable {
    public static let schema = "price_list_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "price_list_id") public var priceList: PriceListRecord
    @Parent(key: "product_id") public var product: Product
    @Field(key: "price") public var price: String

    public init() {}
}
