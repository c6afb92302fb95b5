import Foundation

/// Reads a CSV file of products: detects its dialect, reads the header, then turns each data
/// row into a validated `ProductDraft` or a list of `ProductRowIssue`s, using
/// `ProductValidation`. The same rules as `AccountImportParser`:
/// - encoding (UTF-8, UTF-8 with BOM, Windows-1252), separator (`;`, `,`, tab) and line ends
///   detected by `CSVDialectDetector`; RFC 4180 quoting read by `CSVReader`;
/// - the header's synonyms proposed as a mapping (`ProductColumnMapping.automatic`);
/// - blank rows skipped, missing trailing cells empty, a non-empty cell beyond the header an
///   issue of its row; each issue with its physical line, the file's column name and a French
///   reason.
///
/// Typical use: `init(data:)`, show `headers` with `suggestedMapping` (and `preview`) for the
/// user to adjust, then give `rows(mapping:)` to `ProductImportPlanner`.
public struct ProductImportParser: Sendable {
    /// Where the rows come from: a CSV file or a worksheet.
    public let source: CSVTable.Source
    /// The detected dialect (see `CSVTable.dialect` for a spreadsheet).
    public let dialect: CSVDialect
    /// The header cells, trimmed.
    public let headers: [String]
    /// The physical line of the header.
    public let headerLine: Int
    /// The mapping proposed from the headers (`ProductColumnMapping.automatic(headers:)`).
    public let suggestedMapping: ProductColumnMapping
    /// A reader positioned just after the header.
    private let body: CSVReader

    /// Decodes the file and reads its header (`CSVTable`); the whole file's quoting is checked
    /// here, so that iterating the rows cannot fail half-way.
    /// - Throws: `CSVImportError.emptyFile`, `.unsupportedEncoding` (UTF-16), `.noHeader`,
    ///   `.unterminatedQuote` or `.unexpectedCharacterAfterQuote` (with the line at fault).
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
        self.suggestedMapping = ProductColumnMapping.automatic(headers: table.headers)
        self.body = table.body
    }

    /// The data rows under `mapping`, lazily, in file order (see the type's rules).
    public func rows(mapping: ProductColumnMapping) -> ProductImportRows {
        ProductImportRows(reader: body, headers: headers, mapping: mapping)
    }

    /// The first `limit` non-blank data rows as cells (padded with empty cells to the header's
    /// width) with the trimmed value each mapped field would receive, for a mapping preview.
    public func preview(mapping: ProductColumnMapping, limit: Int) -> [ProductImportPreviewRow] {
        CSVMappedRows.preview(reader: body, headers: headers, mapping: mapping.fields, limit: limit,
                              firstColumnWins: true, ProductImportPreviewRow.init)
    }
}

/// One row of a catalogue mapping preview.
public struct ProductImportPreviewRow: Hashable, Sendable {
    /// The row's first physical line.
    public var line: Int
    /// The cells as in the file, at least one per header column.
    public var cells: [String]
    /// The trimmed non-empty value each mapped field receives.
    public var values: [ProductField: String]

    /// A preview row from its parts.
    public init(line: Int, cells: [String], values: [ProductField: String]) {
        self.line = line
        self.cells = cells
        self.values = values
    }
}

/// The rows of a catalogue import, parsed and validated one at a time as they are iterated.
/// The sequence can be iterated more than once.
public struct ProductImportRows: Sequence, Sendable {
    let reader: CSVReader
    let headers: [String]
    let mapping: ProductColumnMapping

    /// Starts reading just after the header.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, headers: headers, mapping: mapping)
    }

    /// Produces `ParsedProductRow`s.
    public struct Iterator: IteratorProtocol, Sendable {
        private var rows: CSVMappedRows<ProductField>

        init(reader: CSVReader, headers: [String], mapping: ProductColumnMapping) {
            rows = CSVMappedRows(reader: reader, headers: headers, mapping: mapping.fields, skipsUnmappedCells: false)
        }

        /// The next non-blank row, parsed and validated, or `nil` at the end of the file.
        public mutating func next() -> ParsedProductRow? {
            switch rows.next() {
            case nil:
                return nil
            case .failure(let error):
                // Not reachable after `ProductImportParser.init` checked the structure.
                let line = error.line ?? 0
                return .invalid(line: line, issues: [ProductRowIssue(line: line, column: "", reason: error.message, value: "")])
            case .success(let line):
                return parse(line: line)
            }
        }

        private func parse(line: Int) -> ParsedProductRow {
            let extra = rows.extraCellIssues { ProductRowIssue(line: line, column: $0, reason: $1, value: $2) }
            switch ProductValidation.validate(values: rows.values) {
            case .success(let draft) where extra.isEmpty:
                return .valid(line: line, draft: draft)
            case .success:
                return .invalid(line: line, issues: extra)
            case .failure(let fieldIssues):
                let cellIssues = fieldIssues.map { issue -> ProductRowIssue in
                    ProductRowIssue(line: line, column: rows.columnName(of: issue.field) ?? issue.field.label(.fr),
                                    field: issue.field, reason: ProductValidation.message(for: issue, .fr),
                                    value: issue.value)
                }
                return .invalid(line: line, issues: cellIssues + extra)
            }
        }
    }
}
