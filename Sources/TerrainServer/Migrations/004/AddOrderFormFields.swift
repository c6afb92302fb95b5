import Fluent

/// Adds to `sales_orders` what a complete order form carries besides its lines (framework C2.4,
/// « les bons de commande sont rédigés de façon claire et précise, toutes les rubriques sont
/// renseignées »): the customer's signatory contact, the delivery address, the customer's own
/// order reference, the payment terms and the payment method. One column per statement, as
/// SQLite adds columns one at a time.
struct AddOrderFormFields: AsyncMigration {
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("contact_id", .uuid), ("delivery_address", .string), ("customer_reference", .string),
        ("payment_terms", .string), ("payment_method", .string),
    ]

    func prepare(on database: any Database) async throws {
        for (name, type) in Self.columns {
            try await database.schema(SalesOrder.schema).field(.definition(name: .key(.init(stringLiteral: name)), dataType: type, constraints: [])).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (name, _) in Self.columns.reversed() {
            try await database.schema(SalesOrder.schema).deleteField(.init(stringLiteral: name)).update()
        }
    }
}
