import Fluent
import SQLKit

/// Adds `import_jobs.kind`: web imports now bring in the catalogue and order histories too; the
/// jobs stored before were account imports.
struct AddImportJobKind: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportJob.schema)
            .field("kind", .string, .required, .sql(.default("accounts")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportJob.schema).deleteField("kind").update()
    }
}
