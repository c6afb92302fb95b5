import Fluent
import Foundation
import TerrainCore

/// A company or establishment the rep sells to or wants to (glossary: compte, fichier clients / prospects).
///
/// Storage shape only: pages use view models and the API uses `AccountDTO`.
public final class Account: Model, @unchecked Sendable {
    public static let schema = "accounts"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "siret") public var siret: String?
    @OptionalField(key: "siren") public var siren: String?
    @Field(key: "legal_name") public var legalName: String
    @OptionalField(key: "trade_name") public var tradeName: String?
    @OptionalField(key: "naf_code") public var nafCode: String?
    @OptionalField(key: "naf_label") public var nafLabel: String?
    @OptionalField(key: "legal_form") public var legalForm: String?
    @OptionalField(key: "headcount_band") public var headcountBand: String?
    @OptionalField(key: "address_line1") public var addressLine1: String?
    @OptionalField(key: "address_line2") public var addressLine2: String?
    /// Kept as text: "01000" must keep its leading zero.
    @OptionalField(key: "postal_code") public var postalCode: String?
    @OptionalField(key: "city") public var city: String?
    @OptionalField(key: "insee_code") public var inseeCode: String?
    /// Derived from the INSEE code, else the postal code: "13", "2A", "971".
    @OptionalField(key: "department") public var department: String?
    @Field(key: "country") public var country: String
    /// WGS84 degrees.
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    /// E.164, e.g. "+33491234567".
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "website") public var website: String?
    @Field(key: "status") public var status: AccountStatus
    @OptionalField(key: "category") public var category: String?
    @OptionalField(key: "source") public var source: String?
    /// Revenue potential in euro cents (exact integer; shown as euros).
    @OptionalField(key: "revenue_potential_cents") public var revenuePotentialCents: Int64?
    /// Bloctel: this account may not be phoned for prospecting.
    @Field(key: "do_not_call") public var doNotCall: Bool
    @Field(key: "email_consent") public var emailConsent: Bool
    @OptionalField(key: "sole_trader") public var soleTrader: Bool?
    /// ISO date "yyyy-mm-dd".
    @OptionalField(key: "creation_date") public var creationDate: String?
    @OptionalField(key: "notes") public var notes: String?
    @OptionalParent(key: "owner_id") public var owner: User?
    /// Folded legal name, trade name, city, postal code and SIRET, for accent-insensitive search.
    @Field(key: "search_text") public var searchText: String
    /// Set when an import found another account with the same folded name and postal code (or e-mail,
    /// or phone) but a different SIRET: the rows were created, flagged, never merged.
    @OptionalField(key: "duplicate_group") public var duplicateGroup: String?
    @OptionalField(key: "archived_at") public var archivedAt: Date?
    /// Optimistic locking: incremented on every update; an edit based on an older version is refused.
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$account) public var contacts: [Contact]

    public init() {}
}
