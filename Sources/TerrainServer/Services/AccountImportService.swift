import Fluent
import FluentSQL
import Foundation
import SQLKit
import TerrainCore

/// Imports an account file: the same pipeline for the web and for `terrain import accounts`.
///
/// Parsing, validation and planning are TerrainCore's (nothing is written until the plan is made);
/// this service reads the accounts already stored, applies the plan in batches and records the rows
/// that were rejected, skipped or flagged.
enum AccountImportService {
    /// "valid-rows" imports every valid row; "all-or-nothing" imports nothing if any row is invalid.
    typealias Mode = ImportMode
    /// The choices made before the import runs.
    typealias Options = ImportOptions
    /// The outcome of an import.
    typealias Summary = ImportSummary

    /// What to do with the file's rows of one possible-duplicate group.
    enum GroupChoice: String, Codable, Sendable, CaseIterable {
        /// Create them, flagged (the default: never merge silently).
        case create
        /// Leave them out.
        case skip
    }

    /// Rows written per transaction (and per progress report).
    static let batchSize = 500

    /// The accounts already stored, indexed by SIRET, folded name + postal code, e-mail and phone.
    static func existingIndex(on database: any Database) async throws -> DuplicateIndex<UUID> {
        guard let sql = database as? any SQLDatabase else { return DuplicateIndex() }
        var index = DuplicateIndex<UUID>()
        let rows = try await sql.select()
            .columns("id", "siret", "legal_name", "postal_code", "email", "phone")
            .from(Account.schema)
            .all()
        for row in rows {
            index.insert(
                siret: try row.decodeNil(column: "siret") ? nil : row.decode(column: "siret", as: String.self),
                name: try row.decode(column: "legal_name", as: String.self),
                postalCode: try row.decodeNil(column: "postal_code") ? nil : row.decode(column: "postal_code", as: String.self),
                email: try row.decodeNil(column: "email") ? nil : row.decode(column: "email", as: String.self),
                phone: try row.decodeNil(column: "phone") ? nil : row.decode(column: "phone", as: String.self),
                id: try row.decode(column: "id", as: UUID.self)
            )
        }
        return index
    }

    /// Parses and plans a file against the stored accounts, writing nothing.
    /// - Throws: `CSVImportError` when the file cannot be read at all (empty, no header).
    static func plan(_ parser: AccountImportParser, mapping: ColumnMapping, policy: DuplicatePolicy, on database: any Database) async throws -> ImportPlan {
        let planner = ImportPlanner(existing: try await existingIndex(on: database), policy: policy)
        return planner.plan(parser.rows(mapping: mapping))
    }

    /// Applies a plan. Rejected rows are never written; in all-or-nothing mode any rejected row
    /// leaves the database exactly as it was.
    ///
    /// - Parameters:
    ///   - scope: accounts that may be updated (a row whose SIRET belongs to an account outside the
    ///     scope is skipped, never updated).
    ///   - progress: called after each batch with (rows done, rows in all).
    static func execute(_ plan: ImportPlan, options: Options, scope: AccessScope, language: Language,
                        on database: any Database, progress: @escaping @Sendable (Int, Int) async throws -> Void) async throws -> Summary {
        var summary = Summary()
        summary.rejected = plan.rejected.count
        for rejected in plan.rejected {
            summary.issues += rejected.issues.map { (.rejected, $0) }
        }
        let total = plan.rows.count + plan.rejected.count
        if options.mode == .allOrNothing && !plan.rejected.isEmpty {
            summary.refused = true
            try await progress(total, total)
            return summary
        }
        let groupsByID = Dictionary(uniqueKeysWithValues: plan.possibleDuplicateGroups.map { ($0.id, $0) })
        let updatable = try await updatableIDs(plan, scope: scope, on: database)

        var creates: [Account] = []
        var updates: [(UUID, AccountDraft)] = []
        var flaggedGroups = Set<Int>()
        for row in plan.rows {
            switch row.action {
            case .create:
                if let group = row.duplicateGroup, options.groupChoices[group] == .skip {
                    summary.skipped += 1
                    summary.issues.append((.skipped, RowIssue(line: row.line, column: "", reason: LocalizedText.groupSkipped.text(language), value: row.draft.legalName)))
                    continue
                }
                let account = Account()
                account.apply(row.draft)
                account.$owner.id = options.ownerID
                account.version = 1
                if let group = row.duplicateGroup {
                    account.duplicateGroup = "\(options.groupLabelPrefix)-\(group)"
                    flaggedGroups.insert(group)
                    summary.flagged += 1
                    let lines = groupsByID[group]?.lines.map(String.init).joined(separator: ", ") ?? ""
                    summary.issues.append((.possibleDuplicate, RowIssue(line: row.line, column: AccountField.legalName.label(language),
                                                                        reason: Localizer(language)(.duplicateGroupReason, String(group), lines), value: row.draft.legalName)))
                }
                creates.append(account)
            case let .update(existing):
                if updatable.contains(existing) {
                    updates.append((existing, row.draft))
                } else {
                    summary.skipped += 1
                    summary.issues.append((.skipped, RowIssue(line: row.line, column: AccountField.siret.label(language), reason: LocalizedText.outsideScope.text(language), value: row.draft.siret ?? "")))
                }
            case let .skip(reason):
                summary.skipped += 1
                summary.issues.append((.skipped, RowIssue(line: row.line, column: AccountField.siret.label(language), reason: reason.message(language), value: row.draft.siret ?? "")))
            }
        }
        summary.issues.sort { $0.issue.line < $1.issue.line }
        summary.groups = flaggedGroups.count
        let existingInGroups = flaggedGroups.flatMap { group in (groupsByID[group]?.existingIDs ?? []).map { ($0, group) } }

        // In all-or-nothing mode everything runs in one transaction, which holds SQLite's write lock:
        // progress written through another connection would wait for it forever. Progress is then
        // reported once, at the end.
        let batchProgress: @Sendable (Int, Int) async throws -> Void
        if options.mode == .allOrNothing {
            batchProgress = { _, _ in }
        } else {
            batchProgress = progress
        }
        let write: @Sendable (any Database) async throws -> Void = { [creates, updates] db in
            var done = plan.rejected.count + (plan.rows.count - creates.count - updates.count)
            let before = done
            try await AccountBulkInsert.insert(creates, on: db) { written in try await batchProgress(before + written, total) }
            done += creates.count
            for batch in stride(from: 0, to: updates.count, by: batchSize) {
                let slice = Array(updates[batch..<min(batch + batchSize, updates.count)])
                try await db.transaction { tx in
                    for (id, draft) in slice {
                        guard let account = try await Account.find(id, on: tx) else { continue }
                        account.apply(draft)
                        account.version += 1
                        try await account.update(on: tx)
                    }
                }
                done += slice.count
                try await batchProgress(done, total)
            }
            for (id, group) in existingInGroups {
                try await Account.query(on: db).filter(\.$id == id).filter(\.$duplicateGroup == nil)
                    .set(\.$duplicateGroup, to: "\(options.groupLabelPrefix)-\(group)").update()
            }
        }
        if options.mode == .allOrNothing {
            try await database.transaction { try await write($0) }
        } else {
            try await write(database)
        }
        summary.created = creates.count
        summary.updated = updates.count
        try await progress(total, total)
        return summary
    }

    /// The ids of the plan's update targets that are inside the scope.
    private static func updatableIDs(_ plan: ImportPlan, scope: AccessScope, on database: any Database) async throws -> Set<UUID> {
        let targets = plan.rows.compactMap { row -> UUID? in
            if case let .update(existing) = row.action { return existing }
            return nil
        }
        guard !targets.isEmpty else { return [] }
        if scope == .all { return Set(targets) }
        var allowed = Set<UUID>()
        for batch in stride(from: 0, to: targets.count, by: 500) {
            let ids = Array(targets[batch..<min(batch + 500, targets.count)])
            let owners = try await Account.query(on: database).filter(\.$id ~~ ids).all()
            for account in owners where scope.contains(ownerID: account.$owner.id) {
                if let id = account.id { allowed.insert(id) }
            }
        }
        return allowed
    }
}

extension LocalizedText {
    static let groupSkipped = LocalizedText(fr: "Doublon possible écarté à votre demande : ligne ignorée.", en: "Possible duplicate left out at your request: row skipped.")
    static let outsideScope = LocalizedText(fr: "Ce SIRET appartient à un compte hors de votre portefeuille : ligne ignorée.", en: "This SIRET belongs to an account outside your portfolio: row skipped.")
    static let duplicateGroupReason = LocalizedText(fr: "Doublon possible (groupe {0}, lignes {1}) : compte créé et signalé, rien n'a été fusionné.", en: "Possible duplicate (group {0}, lines {1}): account created and flagged, nothing merged.")
}
