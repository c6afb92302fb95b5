#if canImport(VaporCSQLite)
import Foundation
import SQLKit
import TerrainCore

/// Writes the demo's order history into a SQLite file with statements prepared once and run for
/// each row, on a connection of its own (`SQLiteBulkConnection`), while another thread generates
/// the documents and computes their values. SQLKit's multi-row `INSERT`s through SQLiteNIO ran at
/// about 10,000 lines a second (18 minutes for the 10 million lines of scale 100); see
/// bench/README.md for this path's figures.
///
/// The rows are `DemoOrderRows`', bound as Fluent's SQLite driver binds them, so Fluent reads
/// them back as if it had written them. What differs from Fluent's connections: foreign keys are
/// not checked (SQLite's default; every id comes from the rows just inserted); `synchronous = OFF`
/// (SQLite does not wait for the disk at each commit: a crash of the program loses nothing that
/// was committed, a power cut during the load may lose the demo, which is then loaded again with
/// `--force`); and the orders' date index (`CreateSalesOrders.orderedOnIndex`), whose entries
/// arrive in random order, is dropped when the tables are empty and built once at the end, in
/// the last transaction (a load stopped before that leaves it missing until the next one, with
/// `--force`, rebuilds it). The other indexes receive their entries in key order (time-ordered ids,
/// documents grouped by customer), so they are kept.
enum DemoSQLiteOrderLoader {
    /// Lines per transaction (and per progress report). A commit writes the pages the transaction
    /// changed to the write-ahead log, and the checkpoint that follows copies them into the
    /// database: larger transactions grow the log (4.6 GB for the whole history at scale 100, whose
    /// commit then took 30 s, the kernel holding back so many dirty pages), smaller ones write the
    /// same index pages more often.
    static let linesPerTransaction = 1_000_000

    /// SQLite page cache of the bulk connection, in KiB. Rows and index entries arrive in key
    /// order (but for the date index, built at the end), so few pages are visited twice: 256 MB
    /// took as long at scale 100, with 150 MB more resident memory.
    static let cacheKiB = 65_536

    /// The file of `database`'s main database when it is SQLite (a temporary file for Fluent's
    /// "in-memory" SQLite, see SQLiteKit's `SQLiteConnectionSource`); `nil` otherwise.
    /// - Throws: database errors.
    static func file(of database: any SQLDatabase) async throws -> String? {
        guard database.dialect.name == "sqlite" else { return nil }
        for row in try await database.raw("PRAGMA database_list").all()
        where (try? row.decode(column: "name", as: String.self)) == "main" {
            let file = try row.decode(column: "file", as: String?.self) ?? ""
            return file.isEmpty ? nil : file
        }
        return nil
    }

    /// Documents per batch handed from the thread that computes the rows to the one that writes them.
    static let documentsPerBatch = 10_000

    /// Inserts `company.orders` into the file at `path` and returns when done. Two threads: one
    /// generates the documents and computes their values (`DemoOrderValues`), the other binds and
    /// inserts them, so that both cores work.
    /// - Parameters:
    ///   - rows: the mapping to the columns (stored ids of accounts, users and products).
    ///   - ids: the source of the documents' and lines' ids.
    ///   - progress: called on the writing thread after each transaction with (documents, lines) so far.
    /// - Returns: the numbers of documents and lines inserted.
    /// - Throws: `SQLiteBulkError`; what was committed before the failure stays.
    static func insert(_ company: DemoCompany, into path: String, rows: DemoOrderRows, ids: UUIDv7Sequence,
                       progress: @escaping @Sendable (Int, Int) -> Void) async throws -> (orders: Int, lines: Int) {
        let queue = BlockingQueue<DemoDocumentBatch>(capacity: 4)
        start("terrain-demo-rows") {
            var values = DemoOrderValues()
            var batch = DemoDocumentBatch(capacity: documentsPerBatch)
            for order in company.orders {
                values.add(order, to: &batch)
                if batch.orders.count >= documentsPerBatch {
                    guard queue.put(batch) else { return }
                    batch = DemoDocumentBatch(capacity: documentsPerBatch)
                }
            }
            if !batch.isEmpty { queue.put(batch) }
            queue.finish()
        }
        let writer = Writer(path: path, rows: rows, ids: ids, progress: progress)
        return try await withCheckedThrowingContinuation { continuation in
            start("terrain-demo-sqlite") {
                continuation.resume(with: Result {
                    do {
                        return try writer.run(queue)
                    } catch {
                        queue.cancel()
                        throw error
                    }
                })
            }
        }
    }

    private static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.start()
    }

    /// The writing side: the bulk connection, its statements and transactions.
    private struct Writer: Sendable {
        let path: String
        let rows: DemoOrderRows
        let ids: UUIDv7Sequence
        let progress: @Sendable (Int, Int) -> Void

        func run(_ queue: BlockingQueue<DemoDocumentBatch>) throws -> (orders: Int, lines: Int) {
            var ids = ids
            let connection = try SQLiteBulkConnection(path: path)
            defer { connection.close() }
            try connection.execute("PRAGMA synchronous = OFF; PRAGMA cache_size = -\(cacheKiB)")
            let deferred = CreateSalesOrders.orderedOnIndex
            var orders = 0, lines = 0, committed = 0
            try connection.execute("BEGIN IMMEDIATE")
            do {
                if try Self.orderTablesAreEmpty(on: connection) {
                    try connection.execute("DROP INDEX IF EXISTS \"\(deferred.name)\"")
                }
                let orderStatement = try connection.prepare(Self.insertSQL(SalesOrder.schema, DemoOrderRows.orderColumns))
                defer { orderStatement.finalize() }
                let lineStatement = try connection.prepare(Self.insertSQL(SalesOrderLine.schema, DemoOrderRows.lineColumns))
                defer { lineStatement.finalize() }
                var orderSink = SQLiteStatementSink(statement: orderStatement)
                var lineSink = SQLiteStatementSink(statement: lineStatement)
                while let batch = queue.take() {
                    try rows.write(batch, ids: &ids, orders: &orderSink, lines: &lineSink)
                    orders += batch.orders.count
                    lines += batch.lineCount
                    if lines - committed >= DemoSQLiteOrderLoader.linesPerTransaction {
                        try connection.execute("COMMIT")
                        progress(orders, lines)
                        committed = lines
                        try connection.execute("BEGIN IMMEDIATE")
                    }
                }
                // Also rebuilds the index if an earlier load stopped before this point.
                try connection.execute("CREATE INDEX IF NOT EXISTS \"\(deferred.name)\" ON \"\(deferred.table)\" (\"\(deferred.column)\")")
                try connection.execute("COMMIT")
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
            return (orders, lines)
        }

        static func orderTablesAreEmpty(on connection: SQLiteBulkConnection) throws -> Bool {
            try connection.textRows("SELECT NOT EXISTS (SELECT 1 FROM \"\(SalesOrder.schema)\") AND NOT EXISTS (SELECT 1 FROM \"\(SalesOrderLine.schema)\")")
                .first?.first == "1"
        }

        static func insertSQL(_ table: String, _ columns: [String]) -> String {
            "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES ("
                + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        }
    }
}
#endif
