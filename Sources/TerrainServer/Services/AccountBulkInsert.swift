import Fluent
import FluentSQL
import Foundation
import SQLKit

/// Writes many new accounts at once: multi-row `INSERT INTO accounts (…) VALUES (…), (…), …`
/// statements with bound parameters, as many rows per statement as the database's limit on
/// bound parameters allows (SQLite 32,766, PostgreSQL 65,535).
///
/// The values are the model's own, never a second mapping: each `Account` (filled by
/// `apply(_:)`) hands its fields to a Fluent `DatabaseInput` exactly as `create(on:)` does on a SQL
/// database (every field; a field never set is `DEFAULT`, which SQLite writes as `NULL`), and the
/// values are bound as Fluent binds them. So the UUID, `Date`, `Bool` and enum encodings are the
/// driver's, the same as Fluent's, and Fluent reads the rows back. The property list below is
/// checked against Fluent's own list of the model's fields (`Account.keys`): a field added to
/// `Account` and not here makes this fall back to Fluent's slower, reflective input.
///
/// What `[Account].create(on:)` does that this does not: run model middleware (when a database
/// has any, this falls back to `create(on:)`). Ids are generated here (`UUID()`), the timestamps
/// are set with one date per call, as Fluent does per model.
enum AccountBulkInsert {
    /// Rows written per transaction by the import (and per progress report).
    static let rowsPerTransaction = 5_000

    /// Inserts accounts that are not yet in the database. Run it inside a transaction: one call
    /// runs several statements.
    static func insert(_ accounts: [Account], on database: any Database) async throws {
        guard !accounts.isEmpty else { return }
        guard let sql = database as? any SQLDatabase, database.configuration.middleware.isEmpty else {
            try await accounts.create(on: database)
            return
        }
        let now = Date()
        for account in accounts {
            precondition(!account.$id.exists, "AccountBulkInsert: account already saved")
            if account.id == nil { account.id = UUID() }
            account.createdAt = now
            account.updatedAt = now
        }
        let input = RowInput(typed: typedInputMatchesModel)
        guard let first = try input.row(accounts[0]) else {
            try await accounts.create(on: database)
            return
        }
        let columns = input.keys
        let rowsPerStatement = max(1, maxBinds(sql.dialect.name) / columns.count)
        var statement = Statement(columns: columns, firstRow: first)
        var index = 1
        while true {
            while statement.rows.count < rowsPerStatement, index < accounts.count {
                guard let row = try input.row(accounts[index]), input.keys == columns else {
                    throw AccountBulkInsertError.nonUniformInput
                }
                statement.rows.append(row)
                index += 1
            }
            try await sql.execute(sql: statement) { _ in }
            guard index < accounts.count else { break }
            statement.rows.removeAll(keepingCapacity: true)
        }
        for account in accounts { account.$id.exists = true }
    }

    /// The most bound parameters one statement may carry.
    static func maxBinds(_ dialect: String) -> Int {
        switch dialect {
        case "sqlite": 32_766       // SQLITE_MAX_VARIABLE_NUMBER's default since SQLite 3.32
        case "postgresql": 65_535   // the wire protocol's 16-bit parameter count
        default: 999                // SQLite before 3.32, the most conservative known limit
        }
    }

    /// Hands every database field of `account` to `input`, in the model's declaration order, with
    /// Fluent's own property wrappers (no reflection). Must list every field of `Account`: checked
    /// against `Account.keys` once per process.
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

    /// Whether `typedInput` gives exactly the fields Fluent's reflection finds on `Account`.
    static let typedInputMatchesModel: Bool = {
        let probe = RowInput(typed: true)
        typedInput(Account(), to: probe)
        return probe.keys.count == Set(probe.keys).count && Set(probe.keys) == Set(Account.keys)
    }()
}

enum AccountBulkInsertError: Error {
    /// Two accounts of one call gave different fields (cannot happen with `wantsUnmodifiedKeys`).
    case nonUniformInput
}

/// Collects one model's fields as `create(on:)` collects them on a SQL database.
private final class RowInput: DatabaseInput {
    let typed: Bool
    private(set) var keys: [FieldKey] = []
    private var values: [DatabaseQuery.Value] = []

    init(typed: Bool) {
        self.typed = typed
    }

    /// Every field, unmodified ones included (`.default` when never set), as Fluent asks on SQL.
    var wantsUnmodifiedKeys: Bool { true }

    func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
        keys.append(key)
        values.append(value)
    }

    /// The model's values as SQL, in the order of `keys`; `nil` when a value has a form this
    /// writer does not handle (arrays, nested fields, custom values).
    func row(_ account: Account) throws -> [BulkValue]? {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        if typed { AccountBulkInsert.typedInput(account, to: self) } else { account.input(to: self) }
        var row: [BulkValue] = []
        row.reserveCapacity(values.count)
        for value in values {
            switch value {
            case let .bind(encodable):
                // As FluentSQL's converter: a bound `nil` is written `NULL`.
                if let optional = encodable as? any AnyOptionalType, optional.wrappedValue == nil {
                    row.append(.null)
                } else {
                    row.append(.bind(encodable))
                }
            case .null: row.append(.null)
            case .default: row.append(.default)
            case let .enumCase(string): row.append(.literal(string))
            default: return nil
            }
        }
        return row
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
    let columns: [FieldKey]
    var rows: [[BulkValue]]

    init(columns: [FieldKey], firstRow: [BulkValue]) {
        self.columns = columns
        self.rows = [firstRow]
    }

    func serialize(to serializer: inout SQLSerializer) {
        var insert = SQLInsert(table: SQLIdentifier(Account.schema))
        insert.columns = columns.map { SQLColumn($0.description) }
        insert.valueQuery = Values(rows: rows)
        insert.serialize(to: &serializer)
    }

    /// `VALUES (…), (…)` with one placeholder per bound value.
    struct Values: SQLExpression {
        let rows: [[BulkValue]]

        func serialize(to serializer: inout SQLSerializer) {
            serializer.sql.reserveCapacity(serializer.sql.utf8.count + rows.count * (rows.first?.count ?? 0) * 8)
            serializer.write("VALUES ")
            for (r, row) in rows.enumerated() {
                serializer.write(r == 0 ? "(" : ", (")
                for (c, value) in row.enumerated() {
                    if c > 0 { serializer.write(", ") }
                    switch value {
                    case let .bind(encodable): serializer.write(bind: encodable)
                    case .null: SQLLiteral.null.serialize(to: &serializer)
                    case .default: SQLLiteral.default.serialize(to: &serializer)
                    case let .literal(string): SQLLiteral.string(string).serialize(to: &serializer)
                    }
                }
                serializer.write(")")
            }
        }
    }
}
