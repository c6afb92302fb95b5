/// The outcome of one data row of an imported catalogue file.
public enum ParsedProductRow: Hashable, Codable, Sendable {
    /// The row gives a valid product. `line` is the row's first physical line in the file.
    case valid(line: Int, draft: ProductDraft)
    /// The row cannot be imported; every problem is listed.
    case invalid(line: Int, issues: [ProductRowIssue])

    /// The row's first physical line in the file (the header is usually line 1).
    public var line: Int {
        switch self {
        case .valid(let line, _), .invalid(let line, _): line
        }
    }

    /// The draft of a valid row.
    public var draft: ProductDraft? {
        if case .valid(_, let draft) = self { return draft }
        return nil
    }

    /// The issues of an invalid row (empty for a valid one).
    public var issues: [ProductRowIssue] {
        if case .invalid(_, let issues) = self { return issues }
        return []
    }
}

/// One problem in one cell of an imported catalogue row, or one skipped row, ready for the
/// import report (the product counterpart of `RowIssue`).
public struct ProductRowIssue: Hashable, Codable, Sendable {
    /// The row's first physical line in the file.
    public var line: Int
    /// The file's header text for the column, or the field's French label when no column feeds
    /// the field, or « colonne N » for a cell beyond the header.
    public var column: String
    /// The field concerned, when there is one.
    public var field: ProductField?
    /// What is wrong and what is expected, in French.
    public var reason: String
    /// The cell as found in the file.
    public var value: String

    /// An issue from its parts.
    public init(line: Int, column: String, field: ProductField? = nil, reason: String, value: String) {
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
        self.value = value
    }
}
