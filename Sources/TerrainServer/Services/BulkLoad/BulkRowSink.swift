import Foundation
import SQLKit

/// Receives the values of rows to insert, column after column, then `endRow()`. One mapping of a
/// record to its columns (`DemoOrderRows`) feeds either sink: `SQLiteStatementSink` binds the
/// values to a prepared statement, `SQLBindRowSink` collects SQLKit binds for multi-row `INSERT`s
/// (PostgreSQL). The values are the ones Fluent binds for the same model fields, so both sinks
/// store what Fluent stores: a UUID as Fluent's driver encodes it (SQLite: `uuidString` text;
/// PostgreSQL: `uuid`), a `Date` likewise (SQLite: `REAL` seconds since 1970; PostgreSQL:
/// `timestamptz`), strings as text and integers as 64-bit integers.
protocol BulkRowSink {
    mutating func uuid(_ value: PackedUUID)
    mutating func text(_ value: String)
    mutating func integer(_ value: Int64)
    mutating func date(_ value: Date)
    mutating func null()
    /// Ends the row (the SQLite sink inserts it here).
    /// - Throws: the database's error.
    mutating func endRow() throws
}

extension BulkRowSink {
    mutating func uuid(_ value: PackedUUID?) {
        if let value { uuid(value) } else { null() }
    }

    mutating func text(_ value: String?) {
        if let value { text(value) } else { null() }
    }

    mutating func integer(_ value: Int64?) {
        if let value { integer(value) } else { null() }
    }
}

/// Collects rows of SQLKit binds, for `SQLDatabase.insert(into:).values(_:)`.
struct SQLBindRowSink: BulkRowSink {
    private(set) var rows: [[any SQLExpression]] = []
    private var row: [any SQLExpression] = []

    mutating func uuid(_ value: PackedUUID) { row.append(SQLBind(value.uuid)) }
    mutating func text(_ value: String) { row.append(SQLBind(value)) }
    mutating func integer(_ value: Int64) { row.append(SQLBind(value)) }
    mutating func date(_ value: Date) { row.append(SQLBind(value)) }
    mutating func null() { row.append(SQLLiteral.null) }

    mutating func endRow() {
        rows.append(row)
        row.removeAll(keepingCapacity: true)
    }

    mutating func removeAll() { rows.removeAll() }
}
