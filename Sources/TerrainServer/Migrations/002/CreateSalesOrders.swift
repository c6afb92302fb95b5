import Fluent
import SQLKit

/// Creates `sales_orders`, `sales_order_lines` and `order_sequences` (gap-free numbering).
struct CreateSalesOrders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SalesOrder.schema)
            .id()
            .field("number", .string, .required)
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("account_id", .uuid, .required, .references(Account.schema, .id, onDelete: .restrict))
            .field("rep_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("ordered_on", .string, .required)
            .field("requested_delivery_on", .string)
            .field("vat_mode", .string, .required)
            .field("total_excl_vat_cents", .int64, .required)
            .field("total_vat_cents", .int64, .required)
            .field("total_incl_vat_cents", .int64, .required)
            .field("total_cost_cents", .int64)
            .field("notes", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "number")
            .create()
        try await database.schema(SalesOrderLine.schema)
            .id()
            .field("order_id", .uuid, .required, .references(SalesOrder.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("product_id", .uuid, .references(Product.schema, .id, onDelete: .setNull))
            .field("product_reference", .string, .required)
            .field("product_name", .string, .required)
            .field("quantity", .string, .required)
            .field("unit_price", .string, .required)
            .field("discounts", .string, .required)
            .field("vat_rate", .string, .required)
            .field("vat_rate_value", .string, .required)
            .field("unit_cost", .string)
            .field("net_amount_cents", .int64, .required)
            .create()
        try await database.schema("order_sequences")
            .field("key", .string, .identifier(auto: false))
            .field("last_value", .int, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.create(index: index.name).on(index.table).column(index.column).run()
        }
    }

    /// A one-column index this migration creates.
    struct Index: Sendable {
        let name: String
        let table: String
        let column: String
    }

    static let accountIndex = Index(name: "idx_sales_orders_account_id", table: SalesOrder.schema, column: "account_id")
    /// Orders by date (statistics, history pages). The demo's bulk load builds it after the
    /// history instead (`DemoSQLiteOrderLoader`): its entries arrive in random order.
    static let orderedOnIndex = Index(name: "idx_sales_orders_ordered_on", table: SalesOrder.schema, column: "ordered_on")
    static let lineOrderIndex = Index(name: "idx_sales_order_lines_order_id", table: SalesOrderLine.schema, column: "order_id")
    /// The secondary indexes, in creation order.
    static let indexes = [accountIndex, orderedOnIndex, lineOrderIndex]

    func revert(on database: any Database) async throws {
        try await database.schema("order_sequences").delete()
        try await database.schema(SalesOrderLine.schema).delete()
        try await database.schema(SalesOrder.schema).delete()
    }
}
