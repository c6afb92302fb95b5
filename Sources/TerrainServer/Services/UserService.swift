import Fluent
import Foundation
import TerrainCore

/// Creates users with validated e-mail, name and password (used by the setup page, the users page
/// and `terrain user add`).
enum UserService {
    struct Input: Sendable {
        var name: String
        var email: String
        var password: String
        var passwordConfirmation: String?
        var role: UserRole
        var managerID: UUID?
    }

    /// Field name → problem, in the user's language; empty when the input is valid.
    static func problems(_ input: Input, on database: any Database) async throws -> [String: LocalizedText] {
        var problems: [String: LocalizedText] = [:]
        if input.name.trimmingCharacters(in: .whitespaces).isEmpty { problems["name"] = .required }
        let email = normalizedEmail(input.email)
        if email.isEmpty {
            problems["email"] = .required
        } else if !isPlausibleEmail(email) {
            problems["email"] = .invalidEmailAddress
        } else if try await User.query(on: database).filter(\.$email == email).count() > 0 {
            problems["email"] = .emailTaken
        }
        if input.password.count < Passwords.minimumLength { problems["password"] = .passwordTooShort }
        if let confirmation = input.passwordConfirmation, confirmation != input.password {
            problems["passwordConfirmation"] = .passwordMismatch
        }
        return problems
    }

    /// Creates the user; call `problems` first.
    static func create(_ input: Input, bcryptCost: Int = 12, on database: any Database) async throws -> User {
        let user = User(email: normalizedEmail(input.email), name: input.name.trimmingCharacters(in: .whitespaces),
                        passwordHash: try Passwords.hash(input.password, cost: bcryptCost), role: input.role, managerID: input.managerID)
        try await user.create(on: database)
        return user
    }

    static func normalizedEmail(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// One "@", a non-empty local part and a dotted domain, no spaces.
    static func isPlausibleEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(" ") else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }
}
