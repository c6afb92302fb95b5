import Fluent
import FluentSQL
import Foundation
import SQLKit

/// Which accounts a user may see, export, chart and change: the one place where access is decided.
///
/// A rep sees the accounts they own; a manager sees their own and those of the reps who report to
/// them; an admin sees all. Lists, pages, exports, charts and the API all apply this scope.
enum AccessScope: Sendable, Equatable {
    /// Every account.
    case all
    /// Only accounts owned by one of these users.
    case owners([UUID])

    /// The scope of `user`, reading their team from the database for a manager.
    static func of(_ user: User, on database: any Database) async throws -> AccessScope {
        let userID = try user.requireID()
        switch user.role {
        case .admin:
            return .all
        case .rep:
            return .owners([userID])
        case .manager:
            let team = try await User.query(on: database).filter(\.$manager.$id == userID).all(\.$id)
            return .owners([userID] + team)
        }
    }

    /// The SQL condition on `accounts.owner_id`, for SQLKit queries and (through `.sql`) Fluent ones.
    var predicate: (any SQLExpression)? {
        switch self {
        case .all: return nil
        case let .owners(ids):
            return SQLBinaryExpression(SQLColumn("owner_id", table: Account.schema), .in, SQLGroupExpression(ids.map { SQLBind($0) }))
        }
    }

    /// Whether an account owned by `ownerID` is inside the scope.
    func contains(ownerID: UUID?) -> Bool {
        switch self {
        case .all: return true
        case let .owners(ids): return ownerID.map(ids.contains) ?? false
        }
    }
}
