import Foundation

/// Writes a ``FrenchExcelCSV`` file record by record, to memory or to a `FileHandle`, so that
/// a large export (200,000 rows and more) never needs the whole table in memory.
///
/// The bytes are exactly those of ``FrenchExcelCSV/encode(_:)`` for the same headers and rows:
/// BOM, header record, then one CRLF-terminated record per appended row (same formatting,
/// quoting, injection guard and padding to the header count).
///
/// ```swift
/// let handle = try FileHandle(forWritingTo: url)
/// var writer = FrenchExcelCSVWriter(headers: ["Client", "CA HT"], fileHandle: handle)
/// for client in clients { try writer.append([.text(client.name), .decimal(client.revenue)]) }
/// try writer.finish()   // writes what is still buffered; closing the handle is the caller's job
/// ```
public struct FrenchExcelCSVWriter: Sendable {
    /// The default number of buffered bytes that triggers a write to the file handle: 64 KiB.
    public static let defaultFlushThreshold = 64 * 1024

    /// In memory: every byte of the file so far. With a file handle: the bytes buffered and
    /// not yet written (empty after ``finish()``).
    public private(set) var data: Data
    /// The number of data rows appended (the header record is not counted).
    public private(set) var rowCount = 0
    /// The number of header fields; shorter rows are padded to it.
    public let columnCount: Int

    private let fileHandle: FileHandle?
    private let flushThreshold: Int

    /// Creates a writer that keeps the whole file in ``data``. The BOM and the header record
    /// (when `headers` is not empty) are written at once; headers are written like text cells
    /// (injection guard, quoting).
    /// - Parameter headers: Column titles.
    public init(headers: [String]) {
        self.init(headers: headers, fileHandle: nil, flushThreshold: .max)
    }

    /// Creates a writer that writes to `fileHandle` at its current offset, in chunks of about
    /// `flushThreshold` bytes. Call ``finish()`` at the end; the caller opens and closes the
    /// handle.
    /// - Parameters:
    ///   - headers: Column titles.
    ///   - fileHandle: An open handle positioned where the file starts (usually an empty file).
    ///   - flushThreshold: Buffered bytes that trigger a write, in bytes (at least 1).
    public init(headers: [String], fileHandle: FileHandle, flushThreshold: Int = defaultFlushThreshold) {
        self.init(headers: headers, fileHandle: Optional(fileHandle), flushThreshold: max(1, flushThreshold))
    }

    private init(headers: [String], fileHandle: FileHandle?, flushThreshold: Int) {
        self.columnCount = headers.count
        self.fileHandle = fileHandle
        self.flushThreshold = flushThreshold
        self.data = Data(FrenchExcelCSV.byteOrderMark)
        if !headers.isEmpty {
            appendRecord(headers.map { FrenchExcelCSV.quotedIfNeeded(FrenchExcelCSV.guardedAgainstInjection($0)) })
        }
    }

    /// Appends one data record.
    /// - Parameter row: The row's cells from the first column; padded with empty fields up to
    ///   ``columnCount``.
    /// - Throws: The file handle's error when a buffered chunk cannot be written (never in
    ///   memory mode).
    public mutating func append(_ row: [ExportCell]) throws {
        appendToBuffer(row)
        if data.count >= flushThreshold {
            try flush()
        }
    }

    /// Appends several data records, in order.
    /// - Throws: The file handle's error when a chunk cannot be written (never in memory mode).
    public mutating func append<Rows: Sequence>(contentsOf rows: Rows) throws where Rows.Element == [ExportCell] {
        for row in rows {
            try append(row)
        }
    }

    /// Writes what is still buffered to the file handle (no effect in memory mode). Call it
    /// once after the last row; more rows may still be appended afterwards.
    /// - Throws: The file handle's error when the bytes cannot be written.
    public mutating func finish() throws {
        try flush()
    }

    /// Formats a row into the buffer without flushing (used by ``FrenchExcelCSV/encode(_:)``).
    mutating func appendToBuffer(_ row: [ExportCell]) {
        var fields = row.map(FrenchExcelCSV.field)
        if fields.count < columnCount {
            fields.append(contentsOf: repeatElement("", count: columnCount - fields.count))
        }
        appendRecord(fields)
        rowCount += 1
    }

    private mutating func appendRecord(_ fields: [String]) {
        var record = fields.joined(separator: ";")
        record.append("\r\n")
        data.append(contentsOf: record.utf8)
    }

    private mutating func flush() throws {
        guard let fileHandle, !data.isEmpty else { return }
        try fileHandle.write(contentsOf: data)
        data.removeAll(keepingCapacity: true)
    }
}
