import Fluent
import SQLKit

/// Creates `price_lists` and `price_list_entries` (one price per list and product).
struct CreatePriceLists: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PriceListRecord.schema)
            .id()
            .field("name", .string, .required)
            .field("customer_category", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(PriceListEntry.schema)
            .id()
            .field("price_list_id", .uuid, .required, .references(PriceListRecord.schema, .id, onDelete: .cascade))
            .field("product_id", .uuid, .required, .references(Product.schema, .id, onDelete: .cascade))
            .field("price", .string, .required)
            .unique(on: "price_list_id", "product_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PriceListEntry.schema).delete()
        try await database.schema(PriceListRecord.schema).delete()
    }
}
