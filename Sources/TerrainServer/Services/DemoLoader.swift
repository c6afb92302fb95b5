import Fluent
import Foundation
import SQLKit
import TerrainCore
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

    /// Generates and inserts the demo company.
    /// - Parameters:
    ///   - progress: called with a French line describing each step.
    /// - Throws: `DemoDataError` (bad resource files), database errors.
    static func load(seed: UInt64, scale: Int, start: LocalDate = defaultStart, bcryptCost: Int = 10, on database: any Database,
                     progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> Summary {
        guard let sireneURL = Bundle.module.url(forResource: "sirene_13_debits_boissons_2016", withExtension: "csv", subdirectory: "demo"),
              let communesURL = Bundle.module.url(forResource: "communes_fr_laposte_2022", withExtension: "csv", subdirectory: "demo") else {
            throw CommandTasks.Failure("Les fichiers de données de la démonstration sont absents du programme.")
        }
        let company: DemoCompany
        do {
            company = try DemoCompany.generate(seed: seed, scale: scale, sirene: try Data(contentsOf: sireneURL),
                                               communes: try Data(contentsOf: communesURL), startDate: start)
        } catch let error as DemoDataError {
            throw CommandTasks.Failure(error.message)
        }
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

        // Accounts, in bulk.
        let accounts = company.accounts.map { demoAccount -> Account in
            let account = Account()
            account.apply(demoAccount.draft)
            account.$owner.id = userIDs[demoAccount.ownerEmail]
            account.version = 1
            account.id = UUID()
            return account
        }
        try await AccountBulkInsert.insert(accounts, on: database)
        summary.accounts = accounts.count
        progress("\(accounts.count) comptes créés.")

        // Orders and lines, in bulk.
        let accountIDs = accounts.map { $0.id! }
        let productIDs = products.map { $0.id! }
        let productNames = company.products.map(\.draft.name)
        var batch = DemoOrderBatch()
        for order in company.orders {
            batch.add(order, accountID: accountIDs[order.accountIndex], repID: userIDs[order.repEmail],
                      productIDs: productIDs, productNames: productNames)
            if batch.lineCount >= DemoOrderBatch.linesPerTransaction {
                try await batch.flush(on: database)
                summary.orders += batch.flushedOrders
                summary.lines += batch.flushedLines
                batch = DemoOrderBatch()
                progress("\(summary.orders) commandes et avoirs, \(summary.lines) lignes…")
            }
        }
        try await batch.flush(on: database)
        summary.orders += batch.flushedOrders
        summary.lines += batch.flushedLines
        progress("\(summary.orders) commandes et avoirs, \(summary.lines) lignes créés.")
        return summary
    }
}

/// Orders and lines waiting to be inserted with multi-row statements in one transaction.
struct DemoOrderBatch {
    static let linesPerTransaction = 50_000
    static let orderColumns = ["id", "number", "kind", "status", "account_id", "rep_id", "ordered_on", "requested_delivery_on", "vat_mode",
                               "total_excl_vat_cents", "total_vat_cents", "total_incl_vat_cents", "total_cost_cents", "notes", "version",
                               "created_at", "updated_at"]
    static let lineColumns = ["id", "order_id", "position", "product_id", "product_reference", "product_name", "quantity", "unit_price",
                              "discounts", "vat_rate", "vat_rate_value", "unit_cost", "net_amount_cents"]

    private(set) var orderRows: [[any SQLExpression]] = []
    private(set) var lineRows: [[any SQLExpression]] = []
    private(set) var flushedOrders = 0
    private(set) var flushedLines = 0
    var lineCount: Int { lineRows.count }

    mutating func add(_ order: DemoOrder, accountID: UUID, repID: UUID?, productIDs: [UUID], productNames: [String]) {
        let orderID = UUID()
        let totals = order.totals
        let now = Date()
        orderRows.append([
            SQLBind(orderID), SQLBind(order.number), SQLBind(order.kind == .creditNote ? SalesOrder.Kind.creditNote.rawValue : SalesOrder.Kind.order.rawValue),
            SQLBind(SalesOrder.Status.paid.rawValue), SQLBind(accountID), repID.map { SQLBind($0) } ?? SQLLiteral.null,
            SQLBind(order.date.iso), SQLLiteral.null, SQLBind(VATComputation.perRateOnTotal.rawValue),
            SQLBind(Money.cents(totals.totalExcludingVAT)), SQLBind(Money.cents(totals.totalVAT)), SQLBind(Money.cents(totals.totalIncludingVAT)),
            totals.totalCost.map { SQLBind(Money.cents($0)) } ?? SQLLiteral.null,
            order.reason.map { SQLBind($0) } ?? SQLLiteral.null, SQLBind(1), SQLBind(now), SQLBind(now),
        ])
        for (position, item) in order.lines.enumerated() {
            let line = item.line
            lineRows.append([
                SQLBind(UUID()), SQLBind(orderID), SQLBind(position + 1), SQLBind(productIDs[item.productIndex]), SQLBind(item.productReference),
                SQLBind(productNames[item.productIndex]), SQLBind("\(line.quantity)"), SQLBind("\(line.unitPrice)"),
                SQLBind(line.discounts.map { "\($0)" }.joined(separator: ";")), SQLBind(line.vatRate.rawValue), SQLBind("\(line.vatRate.rate)"),
                line.unitCost.map { SQLBind("\($0)") } ?? SQLLiteral.null, SQLBind(Money.cents(line.netAmount)),
            ])
        }
    }

    /// Inserts what was added, in one transaction, with as many rows per statement as the
    /// database's bound-parameter limit allows.
    mutating func flush(on database: any Database) async throws {
        guard !orderRows.isEmpty else { return }
        let orders = orderRows
        let lines = lineRows
        try await database.transaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { return }
            let maxBinds = AccountBulkInsert.maxBinds(sql.dialect.name)
            try await Self.insert(orders, into: SalesOrder.schema, columns: Self.orderColumns, maxBinds: maxBinds, on: sql)
            try await Self.insert(lines, into: SalesOrderLine.schema, columns: Self.lineColumns, maxBinds: maxBinds, on: sql)
        }
        flushedOrders = orders.count
        flushedLines = lines.count
        orderRows = []
        lineRows = []
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
