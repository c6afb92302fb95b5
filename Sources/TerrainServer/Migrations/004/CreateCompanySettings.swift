import Fluent

/// Creates `company_settings`: one row per setting of the company (key → text value).
struct CreateCompanySettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CompanySetting.schema)
            .id()
            .field("key", .string, .required)
            .field("value", .string, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CompanySetting.schema).delete()
    }
}
