import Fluent

/// Creates `sales_order_events`: each status change of an order, when and by whom (order
/// follow-up, framework C3.2).
struct CreateOrderEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrderEvent.schema)
            .id()
            .field("order_id", .uuid, .required, .references(SalesOrder.schema, .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("note", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrderEvent.schema).delete()
    }
}
