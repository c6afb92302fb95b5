import Fluent
import Foundation
import TerrainCore

/// A person at an account (glossary: interlocuteur), with their buying-centre role.
public final class Contact: Model, @unchecked Sendable {
    public static let schema = "contacts"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "account_id") public var account: Account
    @OptionalField(key: "civility") public var civility: Civility?
    @OptionalField(key: "first_name") public var firstName: String?
    @Field(key: "last_name") public var lastName: String
    @OptionalField(key: "job_title") public var jobTitle: String?
    @OptionalField(key: "role") public var role: BuyingRole?
    /// E.164.
    @OptionalField(key: "phone") public var phone: String?
    /// E.164.
    @OptionalField(key: "mobile") public var mobile: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "notes") public var notes: String?
    @OptionalField(key: "archived_at") public var archivedAt: Date?
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
