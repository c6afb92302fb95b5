import Foundation

/// Reads a CSV file of accounts: detects its dialect, reads the header, then turns each data
/// row into a validated `AccountDraft` or a list of `RowIssue`s, using `AccountValidation`.
///
/// Typical use: `init(data:)`, show `headers` with `suggestedMapping` (and `preview`) for the
/// user to adjust, then iterate `rows(mapping:)` into `ImportPlanner`.
public struct AccountImportParser: Sendable {
    /// Where the rows come from: a CSV file or a worksheet.
    public let source: CSVTable.Source
    /// The detected dialect (see `CSVTable.dialect` for a spreadsheet).
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
        self.init(table: try CSVTable(data: data))
    }

    /// Reads a table already opened: a CSV file's (`CSVTable(data:)`) or a spreadsheet's rows
    /// (`CSVTable(records:sheetName:)`), with the same rules.
    public init(table: CSVTable) {
        self.source = table.source
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
        CSVMappedRows.preview(reader: body, headers: headers, mapping: mapping.fields, limit: limit,
                              firstColumnWins: false, ImportPreviewRow.init)
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
        private var rows: CSVMappedRows<AccountField>

        init(reader: CSVReader, headers: [String], mapping: ColumnMapping) {
            // Unmapped columns are not turned into strings: the hot path of large files.
            rows = CSVMappedRows(reader: reader, headers: headers, mapping: mapping.fields, skipsUnmappedCells: true)
        }

        /// The next non-blank row, parsed and validated, or `nil` at the end of the file.
        public mutating func next() -> ParsedRow? {
            switch rows.next() {
            case nil:
                return nil
            case .failure(let error):
                // Not reachable after `AccountImportParser.init` checked the structure.
                return .invalid(line: error.line ?? 0, issues: [
                    RowIssue(line: error.line ?? 0, column: "", reason: error.message, value: "")])
            case .success(let line):
                return parse(line: line)
            }
        }

        private func parse(line: Int) -> ParsedRow {
            let issues = rows.extraCellIssues { RowIssue(line: line, column: $0, reason: $1, value: $2) }
            switch AccountValidation.validate(values: rows.values) {
            case .success(let draft) where issues.isEmpty:
                return .valid(line: line, draft: draft)
            case .success:
                return .invalid(line: line, issues: issues)
            case .failure(let fieldIssues):
                let cellIssues = fieldIssues.map { issue -> RowIssue in
                    RowIssue(line: line, column: rows.columnName(of: issue.field) ?? issue.field.label(.fr),
                             field: issue.field, reason: issue.issue.message(.fr), value: issue.value)
                }
                return .invalid(line: line, issues: cellIssues + issues)
            }
        }
    }
}
