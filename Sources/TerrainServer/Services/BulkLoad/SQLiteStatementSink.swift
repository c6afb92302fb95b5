#if canImport(VaporCSQLite)
import Foundation

/// Binds a row's values to a prepared `INSERT` in column order, then runs it: the SQLite side of
/// `BulkRowSink`. Encodings are those of Fluent's SQLite driver (SQLiteKit's `SQLiteDataEncoder`):
/// a UUID is `uuidString` text, a `Date` its `timeIntervalSince1970` as a `REAL`, integers
/// `INTEGER`, strings `TEXT`.
struct SQLiteStatementSink: BulkRowSink {
    let statement: SQLiteBulkStatement
    private var index: Int32 = 1

    init(statement: SQLiteBulkStatement) {
        self.statement = statement
    }

    mutating func uuid(_ value: PackedUUID) {
        statement.bind(value, at: index)
        index += 1
    }

    mutating func text(_ value: String) {
        statement.bind(value, at: index)
        index += 1
    }

    mutating func integer(_ value: Int64) {
        statement.bind(value, at: index)
        index += 1
    }

    mutating func date(_ value: Date) {
        statement.bind(value.timeIntervalSince1970, at: index)
        index += 1
    }

    mutating func null() {
        statement.bindNull(at: index)
        index += 1
    }

    mutating func endRow() throws {
        index = 1
        try statement.run()
    }
}
#endif
