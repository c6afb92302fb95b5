import Fluent
import FluentSQL
import Foundation
import SQLKit

/// Writes many new accounts at once, for imports: multi-row `INSERT INTO accounts (…) VALUES (…),
/// (…), …` statements with bound parameters, as many rows per statement as the database's limit on
/// bound parameters allows (SQLite 32,766, PostgreSQL 65,535), `rowsPerTransaction` rows per
/// transaction. The insert phase of a 200,000-row import took 52 s of CPU with
/// `[Account].create(on:)`, which reflects over every model several times and runs one task per
/// model, and takes 8 s with this (see `bench/README.md`).
///
/// The values are the model's own, never a second mapping: each `Account` (filled by
/// `apply(_:)`) hands its fields to a Fluent `DatabaseInput` exactly as `create(on:)` does on a SQL
/// database (every field; a field never set is `DEFAULT`, which SQLite writes as `NULL`), and the
/// values are bound as Fluent binds them, through the same driver encoder. So the UUID, `Date`,
/// `Bool` and enum encodings are Fluent's, and Fluent reads the rows back (`bench/check_bulk_insert.sh`
/// checks it on SQLite and PostgreSQL). `typedInput` lists the model's properties without Fluent's
/// reflection; it is checked against Fluent's own list of the model's fields (`Account.keys`), and
/// a field added to `Account` but not there makes this fall back to the reflective input.
///
/// What `create(on:)` does that this does not: run model middleware (when the database has any,
/// this falls back to `create(on:)`). Ids are generated here (`UUID()`); `created_at` and
/// `updated_at` get one date per transaction, as Fluent gives one per model.
enum AccountBulkInsert {
    /// Rows written per transaction (and per progress report). Larger transactions write each
    /// index page fewer times (20,000 rather than 5,000: a third less SQLite time on 200,000
    /// rows); SQLite's write lock is held about a second per transaction.
    static let rowsPerTransaction = 20_000

    /// SQLite page cache during an insert transaction, in KiB (SQLite's default is 2,000): the
    /// table and its eight indexes (random UUID keys) outgrow the default and SQLite then writes
    /// pages out mid-transaction. Restored after each transaction.
    static let sqliteCacheKiB = 65_536

    /// Inserts accounts that are not yet in the database, `rowsPerTransaction` per transaction
    /// (inside the caller's transaction when `database` is one).
    /// - Parameter progress: called after each transaction with the number of accounts written so far.
    static func insert(_ accounts: [Account], on database: any Database,
                       progress: @escaping @Sendable (Int) async throws -> Void = { _ in }) async throws {
        guard !accounts.isEmpty else { return }
        guard let sql = database as? any SQLDatabase, database.configuration.middleware.isEmpty else {
            for start in stride(from: 0, to: accounts.count, by: rowsPerTransaction) {
                let end = min(start + rowsPerTransaction, accounts.count)
                let slice = Array(accounts[start..<end])
                try await database.transaction { try await slice.create(on: $0) }
                try await progress(end)
            }
            return
        }
        for account in accounts {
            precondition(!account.$id.exists, "AccountBulkInsert: account already saved")
            if account.id == nil { account.id = UUID() }
        }
        let layout = try Layout(first: accounts[0], dialect: sql.dialect, on: sql)
        for start in stride(from: 0, to: accounts.count, by: rowsPerTransaction) {
            let end = min(start + rowsPerTransaction, accounts.count)
            let now = Date()
            for account in accounts[start..<end] {
                account.createdAt = now
                account.updatedAt = now
            }
            try await database.transaction { transaction in
                guard let sql = transaction as? any SQLDatabase else { throw AccountBulkInsertError.notSQL }
                try await withLargerSQLiteCache(on: sql) {
                    try await insertStatements(accounts[start..<end], layout: layout, on: sql)
                }
            }
            for account in accounts[start..<end] { account.$id.exists = true }
            try await progress(end)
        }
    }

    /// Runs the chunk's statements; the next statement's values are collected while the previous
    /// one runs (the driver runs queries on its own threads).
    private static func insertStatements(_ accounts: ArraySlice<Account>, layout: Layout, on sql: any SQLDatabase) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var index = accounts.startIndex
            var running = false
            while index < accounts.endIndex {
                let end = min(index + layout.rowsPerStatement, accounts.endIndex)
                let collector = RowCollector(reflective: !layout.typed, expectedKeys: layout.keys)
                collector.values.reserveCapacity((end - index) * layout.keys.count)
                for account in accounts[index..<end] { try collector.collect(account) }
                let statement = Statement(columns: layout.columns, width: layout.keys.count,
                                          values: collector.values, placeholders: layout.placeholders)
                if running { _ = try await group.next() }
                group.addTask { try await sql.execute(sql: statement) { _ in } }
                running = true
                index = end
            }
            try await group.waitForAll()
        }
    }

    /// Raises SQLite's page cache for the duration of `body` (on the transaction's connection),
    /// then sets it back. Other databases: just `body`.
    private static func withLargerSQLiteCache(on sql: any SQLDatabase, _ body: () async throws -> Void) async throws {
        guard sql.dialect.name == "sqlite" else { return try await body() }
        let previous = try await sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self) ?? -2_000
        let previousKiB = previous < 0 ? -previous : previous * 4   // pages: at least 4 KiB each in practice
        guard previousKiB < sqliteCacheKiB else { return try await body() }
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(-sqliteCacheKiB))").run()
        do {
            try await body()
        } catch {
            try? await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(previous))").run()
            throw error
        }
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(previous))").run()
    }

    /// The most bound parameters one statement may carry.
    static func maxBinds(_ dialect: String) -> Int {
        switch dialect {
        case "sqlite": 32_766       // SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32
        case "postgresql": 65_535   // the wire protocol's 16-bit parameter count
        default: 999                // SQLite before 3.32: the smallest limit known
        }
    }

    /// Hands every database field of `account` to `input`, as Fluent's `Fields.input(to:)` does
    /// but without reflection. Must list every field of `Account`: checked against `Account.keys`.
    static func typedInput(_ account: Account, to input: any DatabaseInput) {
        account.$id.input(to: input)
        account.$siret.input(to: input)
        account.$siren.input(to: input)
        account.$legalName.input(to: input)
        account.$tradeName.input(to: input)
        account.$nafCode.input(to: input)
        account.$nafLabel.input(to: input)
        account.$legalForm.input(to: input)
        account.$headcountBand.input(to: input)
        account.$addressLine1.input(to: input)
        account.$addressLine2.input(to: input)
        account.$postalCode.input(to: input)
        account.$city.input(to: input)
        account.$inseeCode.input(to: input)
        account.$department.input(to: input)
        account.$country.input(to: input)
        account.$latitude.input(to: input)
        account.$longitude.input(to: input)
        account.$phone.input(to: input)
        account.$email.input(to: input)
        account.$website.input(to: input)
        account.$status.input(to: input)
        account.$category.input(to: input)
        account.$source.input(to: input)
        account.$revenuePotentialCents.input(to: input)
        account.$doNotCall.input(to: input)
        account.$emailConsent.input(to: input)
        account.$soleTrader.input(to: input)
        account.$creationDate.input(to: input)
        account.$notes.input(to: input)
        account.$owner.input(to: input)
        account.$searchText.input(to: input)
        account.$duplicateGroup.input(to: input)
        account.$archivedAt.input(to: input)
        account.$version.input(to: input)
        account.$createdAt.input(to: input)
        account.$updatedAt.input(to: input)
    }

    /// Columns, placeholders and statement size, decided once per insert from the first account.
    private struct Layout: Sendable {
        /// Whether `typedInput` gives exactly the fields Fluent's reflection finds on `Account`.
        let typed: Bool
        let keys: [FieldKey]
        let columns: [any SQLExpression]
        let rowsPerStatement: Int
        /// The dialect's placeholder for bound parameters 1, 2, … (`?1`, `$1`…).
        let placeholders: [String]

        init(first: Account, dialect: any SQLDialect, on sql: any SQLDatabase) throws {
            let typedProbe = RowCollector(reflective: true, expectedKeys: nil)
            AccountBulkInsert.typedInput(first, to: typedProbe)
            let reflectiveProbe = RowCollector(reflective: true, expectedKeys: nil)
            first.input(to: reflectiveProbe)
            let fluentKeys = Account.keys
            typed = typedProbe.keys == reflectiveProbe.keys && Set(typedProbe.keys) == Set(fluentKeys)
                && typedProbe.keys.count == fluentKeys.count
            keys = reflectiveProbe.keys
            columns = keys.map { SQLColumn($0.description) }
            rowsPerStatement = max(1, AccountBulkInsert.maxBinds(dialect.name) / max(1, keys.count))
            var placeholders: [String] = []
            placeholders.reserveCapacity(rowsPerStatement * keys.count)
            for position in 1...(rowsPerStatement * keys.count) {
                var serializer = SQLSerializer(database: sql)
                dialect.bindPlaceholder(at: position).serialize(to: &serializer)
                placeholders.append(serializer.sql)
            }
            self.placeholders = placeholders
        }
    }
}

enum AccountBulkInsertError: Error {
    /// An account gave other fields than the first one (cannot happen: every field is always given).
    case nonUniformInput
    /// A field value of a form this writer does not handle (arrays, nested fields, custom SQL).
    case unsupportedValue(FieldKey)
    /// A transaction of a SQL database that is not itself a SQL database.
    case notSQL
}

/// Collects models' fields as `create(on:)` collects them on a SQL database, row after row.
private final class RowCollector: DatabaseInput {
    /// Fluent's reflective input (keys recorded and checked, bound `nil`s written `NULL` as
    /// FluentSQL does) rather than `AccountBulkInsert.typedInput`.
    let reflective: Bool
    let expectedKeys: [FieldKey]?
    private(set) var keys: [FieldKey] = []
    var values: [BulkValue] = []
    private var unsupported: FieldKey?

    init(reflective: Bool, expectedKeys: [FieldKey]?) {
        self.reflective = reflective
        self.expectedKeys = expectedKeys
    }

    /// Every field, unmodified ones included (`.default` when never set), as Fluent asks on SQL.
    var wantsUnmodifiedKeys: Bool { true }

    func collect(_ account: Account) throws {
        if reflective {
            keys.removeAll(keepingCapacity: true)
            account.input(to: self)
            guard keys == expectedKeys else { throw AccountBulkInsertError.nonUniformInput }
        } else {
            AccountBulkInsert.typedInput(account, to: self)
        }
        if let unsupported { throw AccountBulkInsertError.unsupportedValue(unsupported) }
    }

    func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
        if reflective { keys.append(key) }
        switch value {
        case let .bind(encodable):
            // As FluentSQL's converter: a bound `nil` is written `NULL`. `typedInput`'s fields never
            // bind `nil` (optional fields give `.null`), so the cast is spared there.
            if reflective, let optional = encodable as? any AnyOptionalType, optional.wrappedValue == nil {
                values.append(.null)
            } else {
                values.append(.bind(encodable))
            }
        case .null: values.append(.null)
        case .default: values.append(.default)
        case let .enumCase(string): values.append(.literal(string))
        default:
            unsupported = key
            values.append(.null)
        }
    }
}

/// One value of a row, as FluentSQL writes it.
private enum BulkValue: Sendable {
    case bind(any Encodable & Sendable)
    case null
    case `default`
    case literal(String)
}

/// `INSERT INTO "accounts" ("id", …) VALUES (…), (…), …`.
private struct Statement: SQLExpression {
    let columns: [any SQLExpression]
    /// Values per row.
    let width: Int
    /// The rows' values, row after row.
    let values: [BulkValue]
    let placeholders: [String]

    func serialize(to serializer: inout SQLSerializer) {
        var insert = SQLInsert(table: SQLIdentifier(Account.schema))
        insert.columns = columns
        insert.valueQuery = Values(width: width, values: values, placeholders: placeholders)
        insert.serialize(to: &serializer)
    }

    /// `VALUES (…), (…)`: what `SQLSerializer.write(bind:)` writes, with the placeholders prepared.
    struct Values: SQLExpression {
        let width: Int
        let values: [BulkValue]
        let placeholders: [String]

        func serialize(to serializer: inout SQLSerializer) {
            serializer.sql.reserveCapacity(serializer.sql.utf8.count + values.count * 8)
            serializer.binds.reserveCapacity(serializer.binds.count + values.count)
            serializer.write("VALUES ")
            for (index, value) in values.enumerated() {
                let column = index % width
                serializer.write(column != 0 ? ", " : index == 0 ? "(" : "), (")
                switch value {
                case let .bind(encodable):
                    serializer.binds.append(encodable)
                    let position = serializer.binds.count
                    if position <= placeholders.count {
                        serializer.write(placeholders[position - 1])
                    } else {
                        serializer.dialect.bindPlaceholder(at: position).serialize(to: &serializer)
                    }
                case .null: SQLLiteral.null.serialize(to: &serializer)
                case .default: SQLLiteral.default.serialize(to: &serializer)
                case let .literal(string): SQLLiteral.string(string).serialize(to: &serializer)
                }
            }
            serializer.write(")")
        }
    }
}
