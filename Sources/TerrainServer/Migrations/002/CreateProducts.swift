import Fluent
import SQLKit

/// Creates `products` (the catalogue), unique by reference.
struct CreateProducts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Product.schema)
            .id()
            .field("reference", .string, .required)
            .field("name", .string, .required)
            .field("family", .string)
            .field("unit", .string)
            .field("packaging", .string)
            .field("list_price", .string, .required)
            .field("purchase_cost", .string)
            .field("vat_rate", .string, .required)
            .field("floor_price", .string)
            .field("max_discount_rate", .string)
            .field("active", .bool, .required)
            .field("search_text", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "reference")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "idx_products_family").on(Product.schema).column("family").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Product.schema).delete()
    }
}
