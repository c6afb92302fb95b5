/// A field a CSV column can be mapped to (`AccountField`, `ProductField`, `OrderHistoryField`).
protocol CSVImportField: CaseIterable, Hashable, Sendable {
    /// Position in `allCases`, used to store a row's values in a flat array.
    var ordinal: Int { get }
}

extension AccountField: CSVImportField {}
extension ProductField: CSVImportField {}
extension OrderHistoryField: CSVImportField {}

/// The row handling shared by the CSV import parsers (`AccountImportParser`,
/// `ProductImportParser`, `OrderHistoryImportParser`), after `CSVTable` has opened the file:
/// the data rows read lazily under a column mapping, with
/// - rows whose cells are all blank skipped;
/// - missing trailing cells counting as empty;
/// - each mapped field's raw cell (the first column mapped to it), by field ordinal;
/// - the non-empty cells beyond the header's columns, for the row's issues;
///
/// and the mapping preview of the first rows (`preview`).
///
/// Each parser wraps it in its public row iterator and turns a row into its own outcome type.
struct CSVMappedRows<Field: CSVImportField>: Sendable {
    /// The header cells, trimmed.
    let headers: [String]
    /// The current row's cells as read (no padding; see `CSVReader.nextFields` for skipped cells).
    private(set) var cells: [String] = []
    /// The current row's raw cell for each field, by field ordinal; `nil` when no column feeds the
    /// field or the row is too short. Reused from row to row.
    private(set) var values: [String?]
    private var reader: CSVReader
    /// For each column, the ordinal of the field it feeds, or -1 (a field's later columns too).
    private let ordinals: [Int]
    /// For each field ordinal, the column feeding it (the first mapped one), or -1.
    private let columnOfField: [Int]
    /// Header columns not mapped, whose cells are not turned into strings.
    private let skipping: [Bool]
    private var finished = false

    /// Rows read from `reader` (positioned just after the header) under `mapping`, one optional
    /// field per column.
    /// - Parameter skipsUnmappedCells: `true` to build no string for the cells of unmapped header
    ///   columns (a non-empty one reads `CSVReader.skippedCell`, and then never counts as blank).
    init(reader: CSVReader, headers: [String], mapping: [Field?], skipsUnmappedCells: Bool) {
        self.reader = reader
        self.headers = headers
        let fieldCount = Field.allCases.count
        var ordinals = mapping.map { $0?.ordinal ?? -1 }
        var columnOfField = [Int](repeating: -1, count: fieldCount)
        for (column, ordinal) in ordinals.enumerated() where ordinal >= 0 {
            if columnOfField[ordinal] == -1 { columnOfField[ordinal] = column } else { ordinals[column] = -1 }
        }
        self.ordinals = ordinals
        self.columnOfField = columnOfField
        self.skipping = skipsUnmappedCells ? ordinals.prefix(headers.count).map { $0 < 0 } : []
        self.values = Array(repeating: nil, count: fieldCount)
    }

    /// Moves to the next non-blank row, filling `cells` and `values`.
    /// - Returns: the row's first physical line, `nil` at the end of the file, or the reader's
    ///   error (then `nil` afterwards).
    mutating func next() -> Result<Int, CSVImportError>? {
        guard !finished else { return nil }
        while true {
            let line: Int
            do {
                guard let found = try reader.nextFields(into: &cells, skipping: skipping) else {
                    finished = true
                    return nil
                }
                line = found
            } catch {
                finished = true
                return .failure(error)
            }
            if cells.allSatisfy({ $0.isEmpty || $0.trimmedNonEmpty == nil }) { continue }
            for index in values.indices { values[index] = nil }
            let mapped = Swift.min(cells.count, ordinals.count)
            for column in 0..<mapped where ordinals[column] >= 0 {
                values[ordinals[column]] = cells[column]
            }
            return .success(line)
        }
    }

    /// The current row's raw cell for `field`, or `""` when no column feeds it.
    func raw(_ field: Field) -> String {
        values[field.ordinal] ?? ""
    }

    /// The name `field`'s issues are reported under: the file's header of the column that feeds
    /// it, or `nil` when no header column does (or its header is blank).
    func columnName(of field: Field) -> String? {
        let column = columnOfField[field.ordinal]
        return column >= 0 && column < headers.count && !headers[column].isEmpty ? headers[column] : nil
    }

    /// One issue per non-empty cell of the current row beyond the header's columns, made by
    /// `issue` from the column's name (« colonne N »), the French reason and the cell.
    func extraCellIssues<Issue>(_ issue: (_ column: String, _ reason: String, _ value: String) -> Issue) -> [Issue] {
        guard cells.count > headers.count else { return [] }
        var issues: [Issue] = []
        for column in headers.count..<cells.count where cells[column].trimmedNonEmpty != nil {
            issues.append(issue("colonne \(column + 1)",
                                CSVTable.extraCellReason(column: column + 1, headerCount: headers.count),
                                cells[column]))
        }
        return issues
    }

    /// The first `limit` non-blank data rows of `reader` as cells (padded with empty cells to the
    /// header's width) with the trimmed non-empty value each mapped field would receive, made into
    /// rows by `row(line, cells, values)`. Reading stops at the first malformed record.
    /// - Parameter firstColumnWins: for a field mapped to several columns, `true` keeps the
    ///   first non-blank cell, `false` the last one.
    static func preview<Row>(
        reader: CSVReader, headers: [String], mapping: [Field?], limit: Int, firstColumnWins: Bool,
        _ row: (_ line: Int, _ cells: [String], _ values: [Field: String]) -> Row
    ) -> [Row] {
        var reader = reader
        var result: [Row] = []
        while result.count < limit, let record = try? reader.next() {
            if record.fields.allSatisfy({ $0.trimmedNonEmpty == nil }) { continue }
            var cells = record.fields
            if cells.count < headers.count { cells += Array(repeating: "", count: headers.count - cells.count) }
            var values: [Field: String] = [:]
            for (column, field) in mapping.enumerated() {
                if let field, !firstColumnWins || values[field] == nil, column < cells.count,
                   let value = cells[column].trimmedNonEmpty {
                    values[field] = value
                }
            }
            result.append(row(record.line, cells, values))
        }
        return result
    }
}
