#if canImport(VaporCSQLite)
import Foundation
import VaporCSQLite

/// A connection of its own to a SQLite file, for bulk loads: statements prepared once and run for
/// each row (bind, step, reset), without SQLKit's SQL text or SQLiteNIO's per-query thread hop.
///
/// It goes through the SQLite library that SQLiteNIO compiles in (its `VaporCSQLite` module, whose
/// functions carry the `sqlite_nio_` prefix), the very copy Fluent's connections use. That matters:
/// SQLite's POSIX advisory locks are per process, and SQLite keeps track of the locks of every
/// connection to a file in a table private to one copy of the library
/// (https://sqlite.org/howtocorrupt.html, § 2.2.1 "Multiple copies of SQLite linked into the same
/// application"). Sharing the copy, this connection and Fluent's pool take turns on the write lock
/// like any two connections (WAL mode, `busy_timeout`), and may stay open together.
///
/// Blocking: call it from a thread that may block (`NIOThreadPool`), from one thread at a time.
final class SQLiteBulkConnection {
    private var handle: OpaquePointer?

    /// Opens the existing database file at `path` (a plain path, as `PRAGMA database_list` gives it).
    /// - Throws: `SQLiteBulkError` when the file cannot be opened.
    init(path: String) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let code = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite_nio_sqlite3_close(handle)
            throw SQLiteBulkError(code: code, message: message, sql: nil)
        }
        self.handle = handle
        // Wait for Fluent's connections rather than fail when one of them is writing.
        sqlite_nio_sqlite3_busy_timeout(handle, 30_000)
    }

    deinit { close() }

    /// Closes the connection (idempotent). Statements must have been finalized.
    func close() {
        guard let handle else { return }
        sqlite_nio_sqlite3_close_v2(handle)
        self.handle = nil
    }

    /// Runs one or more statements that return no rows (`PRAGMA`, `BEGIN`, DDL…).
    /// - Throws: `SQLiteBulkError` naming the statement.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite_nio_sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? errorMessage
            sqlite_nio_sqlite3_free(message)
            throw SQLiteBulkError(code: code, message: text, sql: sql)
        }
    }

    /// The rows of a query, each column as text (`nil` for `NULL`).
    /// - Throws: `SQLiteBulkError`.
    func textRows(_ sql: String) throws -> [[String?]] {
        let statement = try prepare(sql)
        defer { statement.finalize() }
        var rows: [[String?]] = []
        let columns = sqlite_nio_sqlite3_column_count(statement.handle)
        while try statement.stepRow() {
            rows.append((0..<columns).map { column in
                sqlite_nio_sqlite3_column_text(statement.handle, column).map { String(cString: $0) }
            })
        }
        return rows
    }

    /// Prepares `sql` for repeated runs.
    /// - Throws: `SQLiteBulkError` when the statement does not compile.
    func prepare(_ sql: String) throws -> SQLiteBulkStatement {
        var statement: OpaquePointer?
        let code = sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw SQLiteBulkError(code: code, message: errorMessage, sql: sql) }
        return SQLiteBulkStatement(handle: statement, connection: self)
    }

    var errorMessage: String {
        handle.map { String(cString: sqlite_nio_sqlite3_errmsg($0)) } ?? "connection closed"
    }
}

/// A prepared statement of a `SQLiteBulkConnection`. Values are bound by position (1-based), then
/// `run()` steps it to completion and resets it for the next row (bindings are replaced by the
/// next row's, so every position must be bound for every row).
///
/// Texts are copied into a buffer of the statement's and bound where they lie there
/// (`SQLITE_STATIC`), rather than copied by SQLite into memory it allocates and frees for each
/// value (`SQLITE_TRANSIENT`): SQLite reads them during `run()`, before the next row overwrites the
/// buffer, and never after (every position is bound again before the next `run()`).
struct SQLiteBulkStatement {
    fileprivate let handle: OpaquePointer
    private let connection: SQLiteBulkConnection
    private let texts: TextBuffer

    fileprivate init(handle: OpaquePointer, connection: SQLiteBulkConnection) {
        self.handle = handle
        self.connection = connection
        self.texts = TextBuffer(capacity: 65_536)
    }

    /// SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// SQLite keeps the pointer.
    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    @inline(__always) func bind(_ value: Int64, at index: Int32) {
        sqlite_nio_sqlite3_bind_int64(handle, index, value)
    }

    @inline(__always) func bind(_ value: Double, at index: Int32) {
        sqlite_nio_sqlite3_bind_double(handle, index, value)
    }

    @inline(__always) func bindNull(at index: Int32) {
        sqlite_nio_sqlite3_bind_null(handle, index)
    }

    /// Binds UTF-8 text (copied into the statement's buffer, or by SQLite when it is full).
    @inline(__always) func bind(utf8 bytes: UnsafeRawBufferPointer, at index: Int32) {
        guard let source = bytes.baseAddress, bytes.count > 0 else {
            // An empty text, not NULL (which a nil pointer would bind).
            sqlite_nio_sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        if let destination = texts.reserve(bytes.count) {
            destination.copyMemory(from: source, byteCount: bytes.count)
            sqlite_nio_sqlite3_bind_text(handle, index, destination.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.static)
        } else {
            sqlite_nio_sqlite3_bind_text(handle, index, source.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    /// Binds a string as UTF-8 text.
    @inline(__always) func bind(_ value: String, at index: Int32) {
        var value = value
        value.withUTF8 { bind(utf8: UnsafeRawBufferPointer($0), at: index) }
    }

    /// Binds `uuid.uuidString` as text, written straight into the statement's buffer.
    @inline(__always) func bind(_ uuid: PackedUUID, at index: Int32) {
        if let destination = texts.reserve(36) {
            uuid.writeUppercaseText(to: destination)
            sqlite_nio_sqlite3_bind_text(handle, index, destination.assumingMemoryBound(to: CChar.self), 36, Self.static)
        } else {
            uuid.withUppercaseText { bind(utf8: $0, at: index) }
        }
    }

    /// Runs the statement (it must return no row) and resets it.
    /// - Throws: `SQLiteBulkError` (constraint violations included).
    func run() throws {
        let code = sqlite_nio_sqlite3_step(handle)
        texts.clear()
        guard code == SQLITE_DONE else {
            let message = connection.errorMessage
            sqlite_nio_sqlite3_reset(handle)
            throw SQLiteBulkError(code: code, message: message, sql: sqlite_nio_sqlite3_sql(handle).map { String(cString: $0) })
        }
        sqlite_nio_sqlite3_reset(handle)
    }

    /// Steps a query: `true` while it gives rows.
    fileprivate func stepRow() throws -> Bool {
        switch sqlite_nio_sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw SQLiteBulkError(code: code, message: connection.errorMessage, sql: nil)
        }
    }

    /// Releases the statement; it must not be used afterwards.
    func finalize() {
        sqlite_nio_sqlite3_finalize(handle)
    }
}

/// The texts of the row being bound (see `SQLiteBulkStatement`).
private final class TextBuffer {
    private let base: UnsafeMutableRawPointer
    private let capacity: Int
    private var used = 0

    init(capacity: Int) {
        base = .allocate(byteCount: capacity, alignment: 8)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    /// Room for `count` more bytes of this row, or `nil` when the buffer is full.
    @inline(__always) func reserve(_ count: Int) -> UnsafeMutableRawPointer? {
        guard used + count <= capacity else { return nil }
        defer { used += count }
        return base + used
    }

    /// Frees the room for the next row.
    @inline(__always) func clear() { used = 0 }
}

/// A SQLite failure of the bulk connection: the (extended) result code, SQLite's message and the
/// statement it came from.
struct SQLiteBulkError: Error, CustomStringConvertible {
    let code: Int32
    let message: String
    let sql: String?

    var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " (\($0.prefix(120)))" } ?? "")
    }
}
#endif
