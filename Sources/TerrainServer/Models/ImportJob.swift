import Fluent
import Foundation

/// One web import of a file (accounts, catalogue or order history: `kind`): the uploaded bytes, the
/// chosen mapping and options, progress and result.
public final class ImportJob: Model, @unchecked Sendable {
    public static let schema = "import_jobs"

    public enum Status: String, Codable, Sendable {
        case uploaded, running, done, failed
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    /// What the file holds: `accounts`, `products` or `orders` (`ImportKind`).
    @Field(key: "kind") public var kind: String
    @Field(key: "file_name") public var fileName: String
    @Field(key: "file_data") public var fileData: Data
    @Field(key: "status") public var status: Status
    /// JSON of the kind's mapping (`ColumnMapping`, `ProductColumnMapping`,
    /// `OrderHistoryColumnMapping`), once chosen.
    @OptionalField(key: "mapping_json") public var mappingJSON: String?
    @Field(key: "mode") public var mode: String
    @Field(key: "on_duplicate") public var onDuplicate: String
    @OptionalParent(key: "owner_id") public var owner: User?
    @Field(key: "total_rows") public var totalRows: Int
    @Field(key: "processed_rows") public var processedRows: Int
    /// Rows created; for an order history, orders created (and `updatedCount` their lines,
    /// `skippedCount` the orders already stored, `rejectedCount` the rows rejected).
    @Field(key: "created_count") public var createdCount: Int
    @Field(key: "updated_count") public var updatedCount: Int
    @Field(key: "skipped_count") public var skippedCount: Int
    @Field(key: "rejected_count") public var rejectedCount: Int
    @Field(key: "flagged_count") public var flaggedCount: Int
    @Field(key: "group_count") public var groupCount: Int
    /// True when the all-or-nothing mode refused the file (nothing was written).
    @Field(key: "refused") public var refused: Bool
    /// Message when `status == .failed`.
    @OptionalField(key: "failure") public var failure: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}

/// A row of an import that was rejected or flagged: line number, column, reason and the value read.
public final class ImportIssue: Model, @unchecked Sendable {
    public static let schema = "import_issues"

    public enum Kind: String, Codable, Sendable {
        /// The row was not imported.
        case rejected
        /// The row was imported but may duplicate another record.
        case possibleDuplicate
        /// The row was skipped (same SIRET as an existing account or an earlier row).
        case skipped
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "job_id") public var job: ImportJob
    @Field(key: "kind") public var kind: Kind
    /// 1-based physical line in the file (header = line 1).
    @Field(key: "line") public var line: Int
    @Field(key: "column_name") public var column: String
    @Field(key: "reason") public var reason: String
    @Field(key: "value") public var value: String

    public init() {}
}
