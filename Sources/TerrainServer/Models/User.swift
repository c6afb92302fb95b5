import Fluent
import Foundation
import Vapor

/// A person who logs in: an administrator, a sales manager (chef des ventes) or a sales rep (commercial).
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var role: UserRole
    /// The manager a rep reports to; a manager's team is the reps whose `manager` is that manager.
    @OptionalParent(key: "manager_id") public var manager: User?
    /// `fr` or `en`; nil follows the browser's language.
    @OptionalField(key: "language") public var language: String?
    /// A disabled user can no longer log in or use their API tokens; their records stay.
    @Field(key: "active") public var active: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, email: String, name: String, passwordHash: String, role: UserRole, managerID: UUID? = nil) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.$manager.id = managerID
        self.active = true
    }
}

/// The roles of the glossary. Access scoping (`AccessScope`) is derived from them in one place.
public enum UserRole: String, Codable, CaseIterable, Sendable {
    /// Sees and manages everything, including users.
    case admin
    /// Chef des ventes: sees the accounts of the reps who report to them, and their own.
    case manager
    /// Commercial: sees only the accounts they own.
    case rep
}

extension User: ModelSessionAuthenticatable {}
