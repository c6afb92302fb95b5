import Fluent
import SQLKit

/// Creates `contacts`, each belonging to an account.
struct CreateContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Contact.schema)
            .id()
            .field("account_id", .uuid, .required, .references(Account.schema, .id, onDelete: .cascade))
            .field("civility", .string)
            .field("first_name", .string)
            .field("last_name", .string, .required)
            .field("job_title", .string)
            .field("role", .string)
            .field("phone", .string)
            .field("mobile", .string)
            .field("email", .string)
            .field("notes", .string)
            .field("archived_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "idx_contacts_account_id").on(Contact.schema).column("account_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Contact.schema).delete()
    }
}
