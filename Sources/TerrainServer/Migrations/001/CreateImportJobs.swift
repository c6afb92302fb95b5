import Fluent
import SQLKit

/// Creates `import_jobs` and `import_issues` (rejected, skipped and flagged rows of each import).
struct CreateImportJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ImportJob.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("file_data", .data, .required)
            .field("status", .string, .required)
            .field("mapping_json", .string)
            .field("mode", .string, .required)
            .field("on_duplicate", .string, .required)
            .field("owner_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("total_rows", .int, .required)
            .field("processed_rows", .int, .required)
            .field("created_count", .int, .required)
            .field("updated_count", .int, .required)
            .field("skipped_count", .int, .required)
            .field("rejected_count", .int, .required)
            .field("flagged_count", .int, .required)
            .field("group_count", .int, .required)
            .field("refused", .bool, .required)
            .field("failure", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ImportIssue.schema)
            .id()
            .field("job_id", .uuid, .required, .references(ImportJob.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("line", .int, .required)
            .field("column_name", .string, .required)
            .field("reason", .string, .required)
            .field("value", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "idx_import_issues_job_id").on(ImportIssue.schema).column("job_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportIssue.schema).delete()
        try await database.schema(ImportJob.schema).delete()
    }
}
