import Foundation

/// Reads a CSV file of accounts: detects its dialect, reads the header, then turns each data
/// row into a validated `AccountDraft` or a list of `RowIssue`s, using `AccountValidation`.
///
/// Typical use: `init(data:)`, show `headers` with `suggestedMapping` (and `preview`) for the
/// user to adjust, then iterate `rows(mapping:)` into `ImportPlanner`.
public struct AccountImportParser: Sendable {
    /// The detected dialect.
    public let dialect: CSVDialect
    /// The header cells, trimmed.
    public let headers: [String]
    /// The physical line of the header.
    public let headerLine: Int
    /// The mapping proposed from the headers (`ColumnMapping.automatic(headers:)`).
    public let suggestedMapping: ColumnMapping
    /// A reader positioned just after the header.
    private let body: CSVReader

    /// Decodes the file and reads its header (`CSVTable`).
    ///
    /// The whole file is checked for well-formed quoting here, so that iterating the rows
    /// cannot fail half-way.
    /// - Throws: `CSVImportError.emptyFile` (no bytes), `.unsupportedEncoding` (a UTF-16 byte
    ///   order mark), `.noHeader` (only blank lines, or a
    ///   header whose cells are all empty), `.unterminatedQuote` or
    ///   `.unexpectedCharacterAfterQuote` (with the line at fault).
    public init(data: Data) throws(CSVImportError) {
        let table = try CSVTable(data: data)
        self.dialect = table.dialect
        self.headers = table.headers
        self.headerLine = table.headerLine
        self.suggestedMapping = ColumnMapping.automatic(headers: table.headers)
        self.body = table.body
    }

    /// The data rows under `mapping`, lazily, in file order. Rows whose cells are all blank
    /// (spreadsheets often end with `;;;;` lines) are skipped. Missing trailing cells count as empty; a non-empty cell beyond the header's
    /// columns makes the row invalid (« cellule en trop non vide en colonne N »).
    public func rows(mapping: ColumnMapping) -> AccountImportRows {
        AccountImportRows(reader: body, headers: headers, mapping: mapping)
    }

    /// The first `limit` non-blank data rows as cells (padded with empty cells to the header's width)
    /// with the values each mapped field would receive, for a mapping preview screen.
    public func preview(mapping: ColumnMapping, limit: Int) -> [ImportPreviewRow] {
        var reader = body
        var result: [ImportPreviewRow] = []
        while result.count < limit, let record = try? reader.next() {
            if record.fields.allSatisfy({ $0.trimmedNonEmpty == nil }) { continue }
            var cells = record.fields
            if cells.count < headers.count { cells += Array(repeating: "", count: headers.count - cells.count) }
            var values: [AccountField: String] = [:]
            for (column, field) in mapping.fields.enumerated() {
                if let field, column < cells.count, let value = cells[column].trimmedNonEmpty { values[field] = value }
            }
            result.append(ImportPreviewRow(line: record.line, cells: cells, values: values))
        }
        return result
    }
}

/// One row of a mapping preview.
public struct ImportPreviewRow: Hashable, Sendable {
    /// The row's first physical line.
    public var line: Int
    /// The cells as in the file, at least one per header column.
    public var cells: [String]
    /// The trimmed non-empty value each mapped field receives.
    public var values: [AccountField: String]

    /// A preview row from its parts.
    public init(line: Int, cells: [String], values: [AccountField: String]) {
        self.line = line
        self.cells = cells
        self.values = values
    }
}

/// The rows of an import, parsed and validated one at a time as they are iterated.
public struct AccountImportRows: Sequence, Sendable {
    let reader: CSVReader
    let headers: [String]
    let mapping: ColumnMapping

    /// Starts reading just after the header.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, headers: headers, mapping: mapping)
    }

    /// Produces `ParsedRow`s.
    public struct Iterator: IteratorProtocol, Sendable {
        private var reader: CSVReader
        private let headers: [String]
        /// For each column, the ordinal of the field it feeds, or -1.
        private let ordinals: [Int]
        /// For each field ordinal, the column feeding it, or -1.
        private let columnOfField: [Int]
        /// Columns not mapped (their cells are not turned into strings).
        private let skipping: [Bool]
        private var fields: [String] = []
        /// The row's values by field ordinal, reused from row to row.
        private var values: [String?] = Array(repeating: nil, count: AccountField.allCases.count)
        private var finished = false

        init(reader: CSVReader, headers: [String], mapping: ColumnMapping) {
            self.reader = reader
            self.headers = headers
            var ordinals = mapping.fields.map { $0?.ordinal ?? -1 }
            var columnOfField = [Int](repeating: -1, count: AccountField.allCases.count)
            for (column, ordinal) in ordinals.enumerated() where ordinal >= 0 {
                if columnOfField[ordinal] == -1 { columnOfField[ordinal] = column } else { ordinals[column] = -1 }
            }
            self.ordinals = ordinals
            self.columnOfField = columnOfField
            self.skipping = ordinals.prefix(headers.count).map { $0 < 0 }
        }

        /// The next non-blank row, parsed and validated, or `nil` at the end of the file.
        public mutating func next() -> ParsedRow? {
            guard !finished else { return nil }
            while true {
                let line: Int
                do {
                    guard let found = try reader.nextFields(into: &fields, skipping: skipping) else { finished = true; return nil }
                    line = found
                } catch {
                    // Not reachable after `AccountImportParser.init` checked the structure.
                    finished = true
                    return .invalid(line: error.line ?? 0, issues: [
                        RowIssue(line: error.line ?? 0, column: "", reason: error.message, value: "")])
                }
                if fields.allSatisfy({ $0.isEmpty || $0.trimmedNonEmpty == nil }) { continue }
                return parse(line: line)
            }
        }

        private mutating func parse(line: Int) -> ParsedRow {
            for index in values.indices { values[index] = nil }
            let mapped = Swift.min(fields.count, ordinals.count)
            for column in 0..<mapped where ordinals[column] >= 0 {
                values[ordinals[column]] = fields[column]
            }
            var issues: [RowIssue] = []
            if fields.count > headers.count {
                for column in headers.count..<fields.count where fields[column].trimmedNonEmpty != nil {
                    issues.append(RowIssue(
                        line: line, column: "colonne \(column + 1)",
                        reason: CSVTable.extraCellReason(column: column + 1, headerCount: headers.count),
                        value: fields[column]))
                }
            }
            switch AccountValidation.validate(values: values) {
            case .success(let draft) where issues.isEmpty:
                return .valid(line: line, draft: draft)
            case .success:
                return .invalid(line: line, issues: issues)
            case .failure(let fieldIssues):
                let cellIssues = fieldIssues.map { issue -> RowIssue in
                    let column = columnOfField[issue.field.ordinal]
                    let name = column >= 0 && column < headers.count && !headers[column].isEmpty
                        ? headers[column] : issue.field.label(.fr)
                    return RowIssue(line: line, column: name, field: issue.field,
                                    reason: issue.issue.message(.fr), value: issue.value)
                }
                return .invalid(line: line, issues: cellIssues + issues)
            }
        }
    }
}
