import Foundation

/// One record of a CSV file.
public struct CSVRecord: Hashable, Sendable {
    /// The cells, unquoted (`""` inside quotes read as `"`), not trimmed.
    public var fields: [String]
    /// The 1-based physical line where the record starts (the header is usually line 1),
    /// counting every line break, including those inside quoted cells.
    public var line: Int

    /// A record of `fields` starting on physical `line`.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// A fast RFC 4180 reader over UTF-8 bytes.
///
/// Fields are separated by the dialect's separator; records end with CR, LF or CRLF. A field
/// may be quoted with `"`; inside quotes, separators and line breaks are data and `""` is one
/// quote. A quote inside an unquoted field is kept as data (lenient, as spreadsheets are).
/// Empty lines are skipped. Errors (`CSVImportError`): a quote never closed
/// (`unterminatedQuote`, with the line where the field starts) and text after a closing quote
/// (`unexpectedCharacterAfterQuote`); spaces or tabs after a closing quote are ignored.
///
/// The reader works on the bytes directly, never character by character, and only creates
/// `String`s for the cells it returns: over 200 MB/s on one core in a release build.
///
/// It can also replay records already split into cells (`init(records:)`), such as the rows of
/// a spreadsheet, so that the import parsers read either source the same way.
public struct CSVReader: Sendable {
    private let bytes: [UInt8]
    /// Records already split into cells (a spreadsheet's rows); `nil` when reading bytes.
    private let records: [CSVRecord]?
    /// The separator byte.
    public let separator: UInt8
    /// The byte offset in `bytes`, or the index in `records`.
    private var position: Int
    private var line: Int

    /// A reader over UTF-8 bytes (no byte order mark) starting at `line` (1 for a whole file).
    public init(utf8 bytes: [UInt8], separator: UInt8, firstLine: Int = 1) {
        self.bytes = bytes
        self.records = nil
        self.separator = separator
        self.position = 0
        self.line = firstLine
    }

    /// A reader that returns `records` in order, each with its own line (a spreadsheet row's
    /// number); records without cells are skipped as empty lines are. Never throws.
    public init(records: [CSVRecord]) {
        self.bytes = []
        self.records = records
        self.separator = UInt8(ascii: ";")
        self.position = 0
        self.line = records.first?.line ?? 1
    }

    /// A reader over a file in the given dialect (decoded to UTF-8, BOM removed).
    public init(data: Data, dialect: CSVDialect) {
        self.init(utf8: dialect.utf8Bytes(data), separator: dialect.separator)
    }

    /// The next record, or `nil` at the end of the file.
    /// - Throws: `CSVImportError.unterminatedQuote` or `.unexpectedCharacterAfterQuote`.
    public mutating func next() throws(CSVImportError) -> CSVRecord? {
        var fields: [String] = []
        guard let line = try nextFields(into: &fields) else { return nil }
        return CSVRecord(fields: fields, line: line)
    }

    /// All the remaining records.
    public mutating func readAll() throws(CSVImportError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// Reads the next record into `fields` (replacing its contents, keeping its capacity).
    /// - Returns: the record's first line, or `nil` at the end of the file.
    /// - Parameter skipping: columns whose cells are not needed (`true`: no string is built;
    ///   the cell reads `""` when empty and `skippedCell` otherwise); columns beyond its end
    ///   are read.
    mutating func nextFields(into fields: inout [String], skipping: [Bool] = []) throws(CSVImportError) -> Int? {
        fields.removeAll(keepingCapacity: true)
        return try advance(fields: &fields, materialize: true, skipping: skipping)
    }

    /// Checks the quoting of every remaining record without building strings (a fast pass
    /// over the bytes), leaving the reader at the end.
    /// - Returns: the number of records.
    mutating func skipAll() throws(CSVImportError) -> Int {
        var none: [String] = []
        var count = 0
        while try advance(fields: &none, materialize: false, skipping: []) != nil { count += 1 }
        return count
    }

    private mutating func advance(fields: inout [String], materialize: Bool,
                                  skipping: [Bool]) throws(CSVImportError) -> Int? {
        if let records {
            while position < records.count, records[position].fields.isEmpty { position += 1 }
            guard position < records.count else { return nil }
            let record = records[position]
            position += 1
            if materialize {
                for (column, cell) in record.fields.enumerated() {
                    let skipped = column < skipping.count && skipping[column]
                    fields.append(skipped && !cell.isEmpty ? Self.skippedCell : cell)
                }
            }
            return record.line
        }
        var position = self.position
        var line = self.line
        let separator = self.separator
        let outcome: Result<Int?, CSVImportError> = bytes.withUnsafeBufferPointer { p in
            skipping.withUnsafeBufferPointer { skip in
                Self.parseRecord(p, separator: separator, position: &position, line: &line, fields: &fields,
                                 materialize: materialize, skipping: skip)
            }
        }
        self.position = position
        self.line = line
        return try outcome.get()
    }

    /// What a skipped non-empty cell reads as (a small string: no allocation).
    static let skippedCell = "\u{1A}"
    private static let quote = UInt8(ascii: "\"")
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A

    private static func parseRecord(
        _ p: UnsafeBufferPointer<UInt8>, separator: UInt8, position: inout Int, line: inout Int,
        fields: inout [String], materialize: Bool, skipping: UnsafeBufferPointer<Bool>
    ) -> Result<Int?, CSVImportError> {
        let n = p.count
        var i = position
        // Skip empty lines.
        while i < n, p[i] == cr || p[i] == lf {
            if p[i] == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
            i += 1
            line += 1
        }
        guard i < n else { position = i; return .success(nil) }
        let startLine = line
        while true {
            if p[i] == quote {
                // Quoted field.
                let quoteLine = line
                i += 1
                var segmentStart = i
                var unescaped: [UInt8]?
                while true {
                    guard i < n else { position = n; return .failure(.unterminatedQuote(line: quoteLine)) }
                    let b = p[i]
                    if b == quote {
                        if i + 1 < n, p[i + 1] == quote {
                            if materialize {
                                unescaped = (unescaped ?? []) + UnsafeBufferPointer(rebasing: p[segmentStart...i])
                            }
                            i += 2
                            segmentStart = i
                            continue
                        }
                        break
                    }
                    if b == lf {
                        line += 1
                    } else if b == cr {
                        line += 1
                        if i + 1 < n, p[i + 1] == lf { i += 1 }
                    }
                    i += 1
                }
                let tail = UnsafeBufferPointer(rebasing: p[segmentStart..<i])
                if !materialize {
                    // Structure check only.
                } else if fields.count < skipping.count, skipping[fields.count] {
                    fields.append(i > segmentStart || unescaped != nil ? Self.skippedCell : "")
                } else if var escaped = unescaped {
                    escaped.append(contentsOf: tail)
                    fields.append(String(decoding: escaped, as: UTF8.self))
                } else {
                    fields.append(String(decoding: tail, as: UTF8.self))
                }
                i += 1                                       // closing quote
                while i < n, p[i] == 0x20 || (p[i] == 0x09 && separator != 0x09) { i += 1 }
                if i < n, p[i] != separator, p[i] != cr, p[i] != lf {
                    position = i
                    return .failure(.unexpectedCharacterAfterQuote(line: line))
                }
            } else {
                // Unquoted field: up to the separator or the line end.
                let start = i
                while i < n {
                    let b = p[i]
                    if b == separator || b == lf || b == cr { break }
                    i += 1
                }
                if !materialize {
                    // Structure check only.
                } else if fields.count < skipping.count, skipping[fields.count] {
                    fields.append(i > start ? Self.skippedCell : "")
                } else {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
                }
            }
            // After a field: separator, line end or end of file.
            if i >= n { break }
            let b = p[i]
            if b == separator {
                i += 1
                if i >= n {                                  // "a;b;" at the very end
                    if materialize { fields.append("") }
                    break
                }
                continue
            }
            // Line end.
            if b == cr, i + 1 < n, p[i + 1] == lf { i += 1 }
            i += 1
            line += 1
            break
        }
        position = i
        return .success(startLine)
    }
}
