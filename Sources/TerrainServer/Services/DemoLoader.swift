import Fluent
import Foundation
import SQLKit
import TerrainCore
import TerrainRouting
import Vapor

/// Fills a database with the demo company of TerrainCore's `DemoCompany` (a beverage wholesaler in
/// the Bouches-du-Rhône): users, catalogue, accounts and the order history, inserted in bulk.
enum DemoLoader {
    /// The password of every demo login (printed by `terrain demo` and `serve --demo`).
    static let password = "demo-terrain"
    /// The administrator added to the generated team.
    static let adminEmail = "admin@boissons-du-midi.example"
    /// The first day of the history unless told otherwise (fixed, so that a seed always gives the same data).
    static let defaultStart = LocalDate(year: 2023, month: 1, day: 1)!

    struct Summary: Sendable {
        var users = 0, products = 0, accounts = 0, orders = 0, lines = 0
        /// (e-mail, role) of the logins, administrator first.
        var logins: [(String, UserRole)] = []
    }

    /// Whether the database already holds records a demo would mix with.
    static func hasData(on database: any Database) async throws -> Bool {
        let users = try await User.query(on: database).count()
        let accounts = try await Account.query(on: database).count()
        let products = try await Product.query(on: database).count()
        return users + accounts + products > 0
    }

    /// Deletes every business record and user (for `--force`).
    static func wipe(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for table in [OrderEvent.schema, CompanySetting.schema, SalesOrderLine.schema, SalesOrder.schema, "order_sequences", PriceListEntry.schema, PriceListRecord.schema,
                      Product.schema, ImportIssue.schema, ImportJob.schema, Contact.schema, Account.schema, APIToken.schema,
                      SessionRecord.schema, User.schema] {
            try await sql.delete(from: table).run()
        }
    }

    /// Generates the demo company from the data files bundled with the server.
    /// - Throws: `CommandTasks.Failure` when the files are missing or unusable.
    static func generate(seed: UInt64, scale: Int, start: LocalDate = defaultStart) throws -> DemoCompany {
        guard let sireneURL = Bundle.module.url(forResource: "sirene_13_debits_boissons_2016", withExtension: "csv", subdirectory: "demo"),
              let communesURL = Gazetteer.bundledTableURL else {
            throw CommandTasks.Failure("Les fichiers de données de la démonstration sont absents du programme.")
        }
        do {
            return try DemoCompany.generate(seed: seed, scale: scale, sirene: try Data(contentsOf: sireneURL),
                                            communes: try Data(contentsOf: communesURL), startDate: start)
        } catch let error as DemoDataError {
            throw CommandTasks.Failure(error.message)
        }
    }

    /// Generates and inserts the demo company.
    /// - Parameters:
    ///   - progress: called with a French line describing each step.
    /// - Throws: `DemoDataError` (bad resource files), database errors.
    static func load(seed: UInt64, scale: Int, start: LocalDate = defaultStart, bcryptCost: Int = 10, on database: any Database,
                     progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> Summary {
        let company = try generate(seed: seed, scale: scale, start: start)
        var summary = Summary()

        // Users: one Bcrypt hash for all demo logins (they share the printed password).
        let hash = try Bcrypt.hash(password, cost: bcryptCost)
        let admin = User(email: adminEmail, name: "Administrateur démo", passwordHash: hash, role: .admin)
        try await admin.create(on: database)
        summary.logins.append((adminEmail, .admin))
        var userIDs: [String: UUID] = [:]
        for demoUser in company.users where demoUser.role == .manager {
            let user = User(email: demoUser.email, name: demoUser.fullName, passwordHash: hash, role: .manager)
            try await user.create(on: database)
            userIDs[demoUser.email] = try user.requireID()
            summary.logins.append((demoUser.email, .manager))
        }
        let reps = company.users.filter { $0.role != .manager }.map { demoUser in
            User(email: demoUser.email, name: demoUser.fullName, passwordHash: hash, role: .rep,
                 managerID: demoUser.managerEmail.flatMap { userIDs[$0] })
        }
        if !reps.isEmpty { try await reps.create(on: database) }
        for rep in reps {
            userIDs[rep.email] = try rep.requireID()
            summary.logins.append((rep.email, .rep))
        }
        summary.users = company.users.count + 1
        progress("\(summary.users) utilisateurs créés.")

        // Catalogue.
        let products = company.products.map { demoProduct -> Product in
            let product = Product()
            product.apply(demoProduct.draft)
            product.version = 1
            product.id = UUID()
            return product
        }
        try await products.create(on: database)
        summary.products = products.count
        progress("\(products.count) produits créés.")

        // Accounts, in bulk, and the history's documents and lines, with time-ordered ids (see
        // `UUIDv7Sequence`: rows and index entries appended in key order).
        var ids = UUIDv7Sequence()
        var accountIDs: [PackedUUID] = []
        accountIDs.reserveCapacity(company.accounts.count)
        // One transaction's worth of models at a time (167,400 Fluent models at scale 100 would
        // hold more than a gigabyte), the next ones built while the previous ones are inserted.
        var inserting: Task<Void, any Error>?
        for start in stride(from: 0, to: company.accounts.count, by: AccountBulkInsert.rowsPerTransaction) {
            let accounts = company.accounts[start..<min(start + AccountBulkInsert.rowsPerTransaction, company.accounts.count)].map { demoAccount -> Account in
                let account = Account()
                account.apply(demoAccount.draft)
                account.$owner.id = userIDs[demoAccount.ownerEmail]
                account.version = 1
                account.id = ids.next().uuid
                return account
            }
            accountIDs += accounts.map { PackedUUID($0.id!) }
            try await inserting?.value
            inserting = Task { try await AccountBulkInsert.insert(accounts, on: database) }
        }
        try await inserting?.value
        summary.accounts = accountIDs.count
        progress("\(accountIDs.count) comptes créés.")

        // Orders and lines, in bulk.
        let rows = DemoOrderRows(accountIDs: accountIDs, repIDs: userIDs.mapValues(PackedUUID.init),
                                 productIDs: products.map { PackedUUID($0.id!) }, productNames: company.products.map(\.draft.name))
        #if canImport(VaporCSQLite)
        if let sql = database as? any SQLDatabase, let file = try await DemoSQLiteOrderLoader.file(of: sql) {
            let counts = try await DemoSQLiteOrderLoader.insert(company, into: file, rows: rows, ids: ids) { orders, lines in
                progress("\(orders) commandes et avoirs, \(lines) lignes…")
            }
            summary.orders = counts.orders
            summary.lines = counts.lines
            progress("\(summary.orders) commandes et avoirs, \(summary.lines) lignes créés.")
            return summary
        }
        #endif
        var values = DemoOrderValues()
        var batch = DemoDocumentBatch()
        for order in company.orders {
            values.add(order, to: &batch)
            if batch.lineCount >= DemoOrderBatchInsert.linesPerTransaction {
                try await DemoOrderBatchInsert.insert(batch, rows: rows, ids: &ids, on: database)
                summary.orders += batch.orders.count
                summary.lines += batch.lineCount
                batch = DemoDocumentBatch()
                progress("\(summary.orders) commandes et avoirs, \(summary.lines) lignes…")
            }
        }
        try await DemoOrderBatchInsert.insert(batch, rows: rows, ids: &ids, on: database)
        summary.orders += batch.orders.count
        summary.lines += batch.lineCount
        progress("\(summary.orders) commandes et avoirs, \(summary.lines) lignes créés.")
        return summary
    }
}

/// Inserts documents with SQLKit multi-row statements, one transaction per batch: the path of
/// PostgreSQL, and of SQLite when its C library is out of reach (see `DemoSQLiteOrderLoader`).
enum DemoOrderBatchInsert {
    static let linesPerTransaction = 50_000

    /// Inserts `batch` in one transaction, with as many rows per statement as the database's
    /// bound-parameter limit allows.
    static func insert(_ batch: DemoDocumentBatch, rows: DemoOrderRows, ids: inout UUIDv7Sequence, on database: any Database) async throws {
        guard !batch.isEmpty else { return }
        var orders = SQLBindRowSink(), lines = SQLBindRowSink()
        try rows.write(batch, ids: &ids, orders: &orders, lines: &lines)
        let orderRows = orders.rows, lineRows = lines.rows
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { return }
            let maxBinds = AccountBulkInsert.maxBinds(sql.dialect.name)
            try await insert(orderRows, into: SalesOrder.schema, columns: DemoOrderRows.orderColumns, maxBinds: maxBinds, on: sql)
            try await insert(lineRows, into: SalesOrderLine.schema, columns: DemoOrderRows.lineColumns, maxBinds: maxBinds, on: sql)
        }
    }

    private static func insert(_ rows: [[any SQLExpression]], into table: String, columns: [String], maxBinds: Int, on sql: any SQLDatabase) async throws {
        let perStatement = max(1, maxBinds / columns.count)
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + perStatement, rows.count)] { insert = insert.values(row) }
            try await insert.run()
        }
    }
}
