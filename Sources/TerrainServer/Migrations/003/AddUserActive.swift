import Fluent
import SQLKit

/// Adds `users.active`: an administrator can disable a login without deleting its history.
struct AddUserActive: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("active", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("active").update()
    }
}
