import Foundation

/// Decides, without touching the database, what a catalogue import will do with each row.
public struct ProductImportPlanner: Sendable {
    /// The products already stored: id by reference key (`ProductValueParsing.referenceKey`).
    public let existing: [String: UUID]
    /// What to do with a row whose reference is already stored (`.skip` or `.update`).
    public var policy: DuplicatePolicy

    /// A planner against the stored products, applying `policy` to known references.
    /// - Parameter existing: the stored products' references and ids. References are compared
    ///   trimmed and upper-cased; if two stored references give the same key, the first is kept.
    public init(existing: [(reference: String, id: UUID)], policy: DuplicatePolicy) {
        var index: [String: UUID] = [:]
        for (reference, id) in existing {
            let key = ProductValueParsing.referenceKey(reference)
            if index[key] == nil { index[key] = id }
        }
        self.existing = index
        self.policy = policy
    }

    /// Plans the import of parsed rows.
    ///
    /// For each valid row, in file order:
    /// 1. same reference as an earlier valid row of the file → `.skip(.duplicateReferenceInFile)`
    ///    (« Même référence qu'à la ligne N du fichier ») — the first row wins, as in the account
    ///    import; an invalid earlier row does not count, it imports nothing;
    /// 2. same reference as a stored product → `.skip(.existingReference)` with policy `.skip`,
    ///    `.update(existing:)` with policy `.update`;
    /// 3. otherwise `.create`.
    ///
    /// Invalid rows go to `rejected` with their issues.
    public func plan(_ parsed: some Sequence<ParsedProductRow>) -> ProductImportPlan {
        var rows: [ProductImportPlan.Row] = []
        var rejected: [ProductImportPlan.Rejected] = []
        var firstLine: [String: Int] = [:]
        for row in parsed {
            switch row {
            case .invalid(let line, let issues):
                rejected.append(ProductImportPlan.Rejected(line: line, issues: issues))
            case .valid(let line, let draft):
                let key = ProductValueParsing.referenceKey(draft.reference)
                let action: ProductImportAction
                if let first = firstLine[key] {
                    action = .skip(.duplicateReferenceInFile(firstLine: first))
                } else {
                    firstLine[key] = line
                    if let id = existing[key] {
                        action = policy == .skip ? .skip(.existingReference(existing: id)) : .update(existing: id)
                    } else {
                        action = .create
                    }
                }
                rows.append(ProductImportPlan.Row(line: line, draft: draft, action: action))
            }
        }
        return ProductImportPlan(rows: rows, rejected: rejected)
    }
}
