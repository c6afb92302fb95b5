import Fluent
import Foundation
import TerrainServer
import Vapor

/// Records for tests, created directly in the database.
public enum Factories {
    /// A user with a low Bcrypt cost (4, the minimum) so tests stay fast.
    @discardableResult
    public static func user(_ app: Application, email: String, role: UserRole, name: String? = nil, password: String = "motdepasse-solide",
                            managerID: UUID? = nil) async throws -> User {
        let user = User(email: email, name: name ?? email, passwordHash: try Bcrypt.hash(password, cost: 4), role: role, managerID: managerID)
        try await user.create(on: app.db)
        return user
    }
}
