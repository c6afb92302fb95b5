import Fluent
import Foundation

/// The users shown in owner filters and owner pickers, as (id, name) pairs sorted by name.
enum OwnerOptions {
    /// Users whose accounts `user` can see and to whom they may give an account: everyone for an
    /// admin, the team for a manager, self for a rep (the owners of the access scope).
    static func assignable(by user: User, on database: any Database) async throws -> [(String, String)] {
        let scope = try await AccessScope.of(user, on: database)
        let query = User.query(on: database).sort(\.$name)
        if case let .owners(ids) = scope { query.filter(\.$id ~~ ids) }
        return try await query.all().map { ($0.id?.uuidString ?? "", $0.name) }
    }
}
