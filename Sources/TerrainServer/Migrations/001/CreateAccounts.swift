import Fluent
import SQLKit

/// Creates `accounts` and the indexes the list, the filters and the import's duplicate checks use.
struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Account.schema)
            .id()
            .field("siret", .string)
            .field("siren", .string)
            .field("legal_name", .string, .required)
            .field("trade_name", .string)
            .field("naf_code", .string)
            .field("naf_label", .string)
            .field("legal_form", .string)
            .field("headcount_band", .string)
            .field("address_line1", .string)
            .field("address_line2", .string)
            .field("postal_code", .string)
            .field("city", .string)
            .field("insee_code", .string)
            .field("department", .string)
            .field("country", .string, .required)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("phone", .string)
            .field("email", .string)
            .field("website", .string)
            .field("status", .string, .required)
            .field("category", .string)
            .field("source", .string)
            .field("revenue_potential_cents", .int64)
            .field("do_not_call", .bool, .required)
            .field("email_consent", .bool, .required)
            .field("sole_trader", .bool)
            .field("creation_date", .string)
            .field("notes", .string)
            .field("owner_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("search_text", .string, .required)
            .field("duplicate_group", .string)
            .field("archived_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for column in ["siret", "owner_id", "department", "naf_code", "status", "postal_code", "legal_name"] {
            try await sql.create(index: "idx_accounts_\(column)").on(Account.schema).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Account.schema).delete()
    }
}
