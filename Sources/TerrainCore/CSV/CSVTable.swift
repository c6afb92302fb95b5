import Foundation

/// A CSV file opened for import: decoded, its header read and its quoting checked, with a reader
/// positioned on the first data row.
///
/// This is the common first step of every CSV import (`AccountImportParser`,
/// `ProductImportParser`, `OrderHistoryImportParser`):
/// 1. a UTF-16 byte order mark (Excel's « Texte Unicode ») is refused;
/// 2. encoding, separator and line ends are detected by `CSVDialectDetector` and the bytes are
///    converted to UTF-8 without byte order mark;
/// 3. the first non-blank record is the header; its cells are trimmed (white space including
///    U+00A0 and U+202F), a blank cell reading `""`;
/// 4. every remaining record is scanned once without building strings, so that iterating the
///    rows afterwards cannot fail half-way on malformed quoting.
///
/// A spreadsheet's rows, already read into text by the caller (`init(records:sheetName:)`), go
/// through the same steps 3–4: the parsers then treat both sources alike, each row reported
/// under its number in the sheet.
public struct CSVTable: Sendable {
    /// Where the rows come from.
    public enum Source: Hashable, Sendable {
        /// A CSV file in the detected dialect.
        case text(CSVDialect)
        /// The named worksheet of a spreadsheet (an `.xlsx`).
        case spreadsheet(sheetName: String)
    }

    /// Where the rows come from.
    public let source: Source
    /// The detected dialect; for a spreadsheet, UTF-8 with `;` and LF (its cells are already
    /// text: nothing was detected).
    public let dialect: CSVDialect
    /// The header cells, trimmed; `""` for a blank cell. At least one is non-empty.
    public let headers: [String]
    /// The physical line of the header (1 unless the file starts with blank lines).
    public let headerLine: Int
    /// A reader positioned just after the header (a value: copy it to read the rows again).
    public let body: CSVReader

    /// Decodes `data`, reads its header and checks the quoting of the whole file.
    /// - Throws: `CSVImportError.emptyFile` (no bytes, or only a byte order mark),
    ///   `.unsupportedEncoding` (a UTF-16 byte order mark, or a NUL byte: not a text file), `.noHeader` (only blank lines, or a
    ///   header whose cells are all blank), `.unterminatedQuote` or
    ///   `.unexpectedCharacterAfterQuote` (with the line at fault).
    public init(data: Data) throws(CSVImportError) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw .unsupportedEncoding }
        // A NUL byte never appears in a text file: this is an image, a spreadsheet or an archive.
        if data.contains(0) { throw .unsupportedEncoding }
        let dialect = CSVDialectDetector.detect(data)
        let bytes = dialect.utf8Bytes(data)
        guard !bytes.isEmpty else { throw .emptyFile }
        var reader = CSVReader(utf8: bytes, separator: dialect.separator)
        guard let header = try reader.next() else { throw .noHeader(line: 1) }
        let headers = header.fields.map { $0.trimmedNonEmpty ?? "" }
        guard headers.contains(where: { !$0.isEmpty }) else { throw .noHeader(line: header.line) }
        var check = reader
        _ = try check.skipAll()
        self.source = .text(dialect)
        self.dialect = dialect
        self.headers = headers
        self.headerLine = header.line
        self.body = reader
    }

    /// The rows of a worksheet, each with its number in the sheet as its line.
    /// - Parameters:
    ///   - records: the rows in order (rows absent from the sheet simply missing); a row's cells
    ///     from column A.
    ///   - sheetName: the worksheet's name.
    /// The header is the first row with a non-blank cell (blank rows before it are skipped).
    /// - Throws: `CSVImportError.emptyFile` when no row has a non-blank cell.
    public init(records: [CSVRecord], sheetName: String) throws(CSVImportError) {
        var reader = CSVReader(records: records)
        var header: CSVRecord?
        while let record = try reader.next() {
            if record.fields.contains(where: { $0.trimmedNonEmpty != nil }) { header = record; break }
        }
        guard let header else { throw .emptyFile }
        self.source = .spreadsheet(sheetName: sheetName)
        self.dialect = CSVDialect(separator: UInt8(ascii: ";"), encoding: .utf8, lineEnding: .lf)
        self.headers = header.fields.map { $0.trimmedNonEmpty ?? "" }
        self.headerLine = header.line
        self.body = reader
    }

    /// The report sentence for a non-empty cell in 1-based `column`, beyond a header of
    /// `headerCount` columns (the column is named « colonne N »).
    static func extraCellReason(column: Int, headerCount: Int) -> String {
        "Cellule en trop non vide en colonne \(column) : l'en-tête n'a que \(headerCount) colonnes. Vérifiez le séparateur et les guillemets de cette ligne."
    }
}
