/// One problem found in one field of a form or an imported row.
///
/// Generic over the field enumeration; use the aliases `FieldIssue` (accounts) and
/// `ContactFieldIssue` (contacts).
public struct FieldIssueOf<Field: Hashable & Sendable>: Hashable, Sendable {
    /// The field at fault.
    public var field: Field
    /// What is wrong.
    public var issue: ValidationIssue
    /// The value as the user or the file gave it (untrimmed).
    public var value: String

    /// An issue of `field` with the value as given.
    public init(field: Field, issue: ValidationIssue, value: String) {
        self.field = field
        self.issue = issue
        self.value = value
    }
}

/// A problem in one field of an account.
public typealias FieldIssue = FieldIssueOf<AccountField>
/// A problem in one field of a contact.
public typealias ContactFieldIssue = FieldIssueOf<ContactField>

/// All the issues found in one form or row: the failure of `AccountValidation.validate(_:)`
/// and `ContactValidation.validate(_:)`.
///
/// `Result` needs a failure type that conforms to `Error`, which a plain array does not; this
/// wrapper is a random-access collection of the issues, so it can be iterated, counted and
/// mapped like `[FieldIssue]` (or turned into one with `Array(_:)` or `.issues`).
public struct FieldIssues<Field: Hashable & Sendable>: Error, Hashable, Sendable, RandomAccessCollection {
    /// The issues, in field order.
    public var issues: [FieldIssueOf<Field>]

    /// Wraps a list of issues.
    public init(_ issues: [FieldIssueOf<Field>]) { self.issues = issues }

    /// Collection conformance: positions `0..<count`.
    public var startIndex: Int { issues.startIndex }
    /// Collection conformance: `count`.
    public var endIndex: Int { issues.endIndex }
    /// The issue at `position`.
    public subscript(position: Int) -> FieldIssueOf<Field> { issues[position] }

    /// The fields that have at least one issue.
    public var fields: Set<Field> { Set(issues.map(\.field)) }

    /// The messages of the issues, grouped by field, in the given language: what a form shows
    /// beside each field when it is re-rendered with status 422.
    public func messagesByField(_ language: Language) -> [Field: [String]] {
        var result: [Field: [String]] = [:]
        for issue in issues { result[issue.field, default: []].append(issue.issue.message(language)) }
        return result
    }
}
