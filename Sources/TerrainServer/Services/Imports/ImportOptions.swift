import Foundation
import TerrainCore

/// What to do with invalid rows, for every kind of import.
enum ImportMode: String, Codable, Sendable, CaseIterable {
    /// Import every valid row, list the others.
    case validRows = "valid-rows"
    /// Import nothing if any row is invalid.
    case allOrNothing = "all-or-nothing"
}

/// The choices made before an import runs (the mapping screen's, the analysis screen's, or the
/// command line's). A kind of import reads those it offers (`ImportKind.settings`).
struct ImportOptions: Sendable {
    var mode: ImportMode = .validRows
    /// What to do with a row naming a record already stored (same SIRET, same reference).
    var policy: DuplicatePolicy = .skip
    /// The owner of the accounts created (accounts only).
    var ownerID: UUID?
    /// Choices per possible-duplicate group id; a group not listed is created (accounts only).
    var groupChoices: [Int: AccountImportService.GroupChoice] = [:]
    /// A label stored on flagged accounts so their group can be shown together (accounts only).
    var groupLabelPrefix: String = "import"
}

/// The outcome of an import, as the job records it.
///
/// For accounts and products the figures are rows; for an order history, `created` counts the
/// orders created, `updated` their lines, `skipped` the orders already stored and `rejected` the
/// rows rejected (`ImportKind.orders`).
struct ImportSummary: Sendable {
    var created = 0
    var updated = 0
    var skipped = 0
    var rejected = 0
    var flagged = 0
    var groups = 0
    /// True when the all-or-nothing mode refused the file.
    var refused = false
    /// Rejected, skipped and flagged rows, in file order.
    var issues: [(kind: ImportIssue.Kind, issue: RowIssue)] = []
}

extension ImportSummary {
    /// The row report of an import whose issues are already split: rejected rows' issues and
    /// skipped rows' entries, sorted by line (a row's issues keep their order).
    static func report(rejected: [RowIssue], skipped: [RowIssue]) -> [(kind: ImportIssue.Kind, issue: RowIssue)] {
        let all = rejected.map { (kind: ImportIssue.Kind.rejected, issue: $0) } + skipped.map { (kind: ImportIssue.Kind.skipped, issue: $0) }
        return all.enumerated().sorted { ($0.element.issue.line, $0.offset) < ($1.element.issue.line, $1.offset) }.map(\.element)
    }
}
