import Foundation

/// What to do with an account whose SIRET is already in the database.
public enum DuplicatePolicy: String, Codable, Sendable, CaseIterable {
    /// Leave the existing account as it is and ignore the row.
    case skip
    /// Overwrite the existing account with the row's values.
    case update
}

/// Why a valid row is not imported.
public enum ImportSkipReason: Hashable, Codable, Sendable {
    /// An account with the same SIRET exists and the policy is `.skip`.
    case existingSIRET(existing: UUID)
    /// An earlier row of the file has the same SIRET.
    case duplicateSIRETInFile(firstLine: Int)

    /// A sentence for the import report.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.existingSIRET, .fr): "Un compte avec ce SIRET existe déjà : ligne ignorée."
        case (.existingSIRET, .en): "An account with this SIRET already exists: row skipped."
        case (.duplicateSIRETInFile(let first), .fr): "Même SIRET qu'à la ligne \(first) du fichier : ligne ignorée."
        case (.duplicateSIRETInFile(let first), .en): "Same SIRET as line \(first) of the file: row skipped."
        }
    }
}

/// What the import will do with one valid row.
public enum ImportAction: Hashable, Codable, Sendable {
    /// Create a new account.
    case create
    /// Overwrite the existing account with the same SIRET (policy `.update`).
    case update(existing: UUID)
    /// Do nothing.
    case skip(ImportSkipReason)
}

/// The result of `ImportPlanner.plan(_:)`: one decision per row, decided before anything is
/// written, so the user can review it.
public struct ImportPlan: Hashable, Codable, Sendable {
    /// A valid row and what to do with it.
    public struct Row: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// The validated account.
        public var draft: AccountDraft
        /// What to do.
        public var action: ImportAction
        /// The `DuplicateGroup.id` of the possible-duplicate group the row belongs to, if any.
        public var duplicateGroup: Int?

        /// A planned row.
        public init(line: Int, draft: AccountDraft, action: ImportAction, duplicateGroup: Int? = nil) {
            self.line = line
            self.draft = draft
            self.action = action
            self.duplicateGroup = duplicateGroup
        }
    }

    /// An invalid row and its issues.
    public struct Rejected: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// Every problem of the row.
        public var issues: [RowIssue]

        /// A rejected row.
        public init(line: Int, issues: [RowIssue]) {
            self.line = line
            self.issues = issues
        }
    }

    /// Rows (and existing accounts) that may be the same company although their SIRETs differ
    /// or are missing: same folded name and postal code, same e-mail or same phone. Their rows
    /// are still created, never merged; the user reviews the group.
    public struct DuplicateGroup: Hashable, Codable, Sendable, Identifiable {
        /// 1-based, in the order of the groups' first lines.
        public var id: Int
        /// Lines of the file's rows in the group, increasing.
        public var lines: [Int]
        /// Existing accounts in the group.
        public var existingIDs: [UUID]
        /// What links the members.
        public var reasons: Set<DuplicateReason>

        /// A group of possible duplicates.
        public init(id: Int, lines: [Int], existingIDs: [UUID], reasons: Set<DuplicateReason>) {
            self.id = id
            self.lines = lines
            self.existingIDs = existingIDs
            self.reasons = reasons
        }
    }

    /// Row counts of a plan.
    public struct Counts: Hashable, Codable, Sendable {
        /// Rows that create an account.
        public var created: Int
        /// Rows that update an existing account.
        public var updated: Int
        /// Valid rows skipped.
        public var skipped: Int
        /// Invalid rows.
        public var rejected: Int
        /// Created rows that belong to a possible-duplicate group.
        public var flagged: Int
        /// Number of possible-duplicate groups.
        public var groups: Int

        /// Counts given one by one.
        public init(created: Int, updated: Int, skipped: Int, rejected: Int, flagged: Int, groups: Int) {
            self.created = created
            self.updated = updated
            self.skipped = skipped
            self.rejected = rejected
            self.flagged = flagged
            self.groups = groups
        }
    }

    /// Valid rows, in file order.
    public var rows: [Row]
    /// Invalid rows, in file order.
    public var rejected: [Rejected]
    /// Possible-duplicate groups, by increasing id.
    public var possibleDuplicateGroups: [DuplicateGroup]

    /// A plan from its parts (`ImportPlanner.plan(_:)` builds it).
    public init(rows: [Row], rejected: [Rejected], possibleDuplicateGroups: [DuplicateGroup]) {
        self.rows = rows
        self.rejected = rejected
        self.possibleDuplicateGroups = possibleDuplicateGroups
    }

    /// Counts for the import summary.
    public var counts: Counts {
        var counts = Counts(created: 0, updated: 0, skipped: 0, rejected: rejected.count, flagged: 0,
                            groups: possibleDuplicateGroups.count)
        for row in rows {
            switch row.action {
            case .create: counts.created += 1
            case .update: counts.updated += 1
            case .skip: counts.skipped += 1
            }
            if row.duplicateGroup != nil { counts.flagged += 1 }
        }
        return counts
    }
}
