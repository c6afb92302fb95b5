import Foundation

/// Why a valid catalogue row is not imported.
public enum ProductImportSkipReason: Hashable, Codable, Sendable {
    /// A product with the same reference exists and the policy is `.skip`.
    case existingReference(existing: UUID)
    /// An earlier valid row of the file has the same reference.
    case duplicateReferenceInFile(firstLine: Int)

    /// A sentence for the import report.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.existingReference, .fr): "Un produit avec cette référence existe déjà : ligne ignorée."
        case (.existingReference, .en): "A product with this reference already exists: row skipped."
        case (.duplicateReferenceInFile(let first), .fr): "Même référence qu'à la ligne \(first) du fichier : ligne ignorée."
        case (.duplicateReferenceInFile(let first), .en): "Same reference as line \(first) of the file: row skipped."
        }
    }
}

/// What a catalogue import will do with one valid row.
public enum ProductImportAction: Hashable, Codable, Sendable {
    /// Create a new product.
    case create
    /// Overwrite the existing product with the same reference (policy `.update`).
    case update(existing: UUID)
    /// Do nothing.
    case skip(ProductImportSkipReason)
}

/// The result of `ProductImportPlanner.plan(_:)`: one decision per row, decided before anything
/// is written, so the user can review it.
public struct ProductImportPlan: Hashable, Codable, Sendable {
    /// A valid row and what to do with it.
    public struct Row: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// The validated product.
        public var draft: ProductDraft
        /// What to do.
        public var action: ProductImportAction

        /// A planned row.
        public init(line: Int, draft: ProductDraft, action: ProductImportAction) {
            self.line = line
            self.draft = draft
            self.action = action
        }
    }

    /// An invalid row and its issues.
    public struct Rejected: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// Every problem of the row.
        public var issues: [ProductRowIssue]

        /// A rejected row.
        public init(line: Int, issues: [ProductRowIssue]) {
            self.line = line
            self.issues = issues
        }
    }

    /// Row counts of a plan.
    public struct Counts: Hashable, Codable, Sendable {
        /// Rows that create a product.
        public var created: Int
        /// Rows that update an existing product.
        public var updated: Int
        /// Valid rows skipped.
        public var skipped: Int
        /// Invalid rows.
        public var rejected: Int

        /// Counts given one by one.
        public init(created: Int, updated: Int, skipped: Int, rejected: Int) {
            self.created = created
            self.updated = updated
            self.skipped = skipped
            self.rejected = rejected
        }
    }

    /// Valid rows, in file order.
    public var rows: [Row]
    /// Invalid rows, in file order.
    public var rejected: [Rejected]

    /// A plan from its parts (`ProductImportPlanner.plan(_:)` builds it).
    public init(rows: [Row], rejected: [Rejected]) {
        self.rows = rows
        self.rejected = rejected
    }

    /// Counts for the import summary.
    public var counts: Counts {
        var counts = Counts(created: 0, updated: 0, skipped: 0, rejected: rejected.count)
        for row in rows {
            switch row.action {
            case .create: counts.created += 1
            case .update: counts.updated += 1
            case .skip: counts.skipped += 1
            }
        }
        return counts
    }

    /// One entry per skipped row, in file order: column « Référence » or « Reference », the
    /// reason in `language`, the reference.
    public func skipReport(_ language: Language) -> [ProductRowIssue] {
        rows.compactMap { row in
            guard case .skip(let reason) = row.action else { return nil }
            return ProductRowIssue(line: row.line, column: ProductField.reference.label(language),
                                   field: .reference, reason: reason.message(language), value: row.draft.reference)
        }
    }

    /// The row report: every issue of the rejected rows, then one entry per skipped row
    /// (column « Référence » or « Reference », the reason, the reference), sorted by line (a
    /// row's issues keep their order). Skip reasons are in `language`; cell issues are in
    /// French, as the parser words them.
    public func report(_ language: Language) -> [ProductRowIssue] {
        let entries = rejected.flatMap(\.issues) + skipReport(language)
        return entries.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
