import Fluent
import FluentSQL
import Foundation
import SQLKit
import TerrainCore

/// Creates, updates and archives accounts and contacts, with optimistic locking.
enum AccountStore {
    /// Saves a new account from a validated draft.
    static func create(_ draft: AccountDraft, ownerID: UUID?, duplicateGroup: String? = nil, on database: any Database) async throws -> Account {
        let account = Account()
        account.apply(draft)
        account.$owner.id = ownerID
        account.duplicateGroup = duplicateGroup
        account.version = 1
        try await account.create(on: database)
        return account
    }

    /// Replaces an account's fields with a validated draft if nobody changed it since `expectedVersion`.
    /// - Throws: `TerrainError.versionConflict` when the stored version differs (nothing is written).
    static func update(_ account: Account, with draft: AccountDraft, ownerID: UUID?, expectedVersion: Int, on database: any Database) async throws {
        try await database.transaction { transaction in
            try await claimVersion(table: Account.schema, id: account.requireID(), expected: expectedVersion, on: transaction)
            account.apply(draft)
            account.$owner.id = ownerID
            account.version = expectedVersion + 1
            try await account.update(on: transaction)
        }
    }

    /// Archives an account (it leaves the list; nothing is deleted).
    static func archive(_ account: Account, on database: any Database) async throws {
        account.archivedAt = Date()
        account.version += 1
        try await account.update(on: database)
    }

    /// Atomically moves a row from `expected` to `expected + 1`.
    /// - Throws: `TerrainError.versionConflict` when the row is at another version.
    static func claimVersion(table: String, id: UUID, expected: Int, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let rows = try await sql.update(table)
            .set("version", to: expected + 1)
            .where("id", .equal, id)
            .where("version", .equal, expected)
            .returning("id")
            .all()
        if rows.isEmpty { throw TerrainError.versionConflict }
    }
}

extension Contact {
    /// Copies a validated contact draft onto the record.
    func apply(_ draft: ContactDraft) {
        civility = draft.civility
        firstName = draft.firstName
        lastName = draft.lastName
        jobTitle = draft.jobTitle
        role = draft.role
        phone = draft.phone
        mobile = draft.mobile
        email = draft.email
        notes = draft.notes
    }

    /// The record's values as the contact form shows them.
    var formValues: [ContactField: String] {
        let values: [ContactField: String?] = [
            .civility: civility?.rawValue, .firstName: firstName, .lastName: lastName, .jobTitle: jobTitle,
            .role: role?.rawValue, .phone: phone.map(PhoneNumber.frenchDisplay),
            .mobile: mobile.map(PhoneNumber.frenchDisplay), .email: email, .notes: notes,
        ]
        return values.compactMapValues { $0 }
    }

    /// "Mme Claire Martin".
    func displayName(_ localizer: Localizer) -> String {
        [civility.map { localizer(.civility($0)) }, firstName, lastName].compactMap { $0 }.joined(separator: " ")
    }
}
