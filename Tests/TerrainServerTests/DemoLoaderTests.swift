import Fluent
import Foundation
import SQLKit
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
@testable import TerrainServer

@Suite("Demo company loading", .serialized)
struct DemoLoaderTests {
    @Test("terrain demo fills an empty database, refuses a filled one, and --force starts over", arguments: TestDatabase.available)
    func load(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let lines = try await CommandTasks.loadDemo(app: app, seed: 42, scale: 1, start: nil, force: false) { _ in }
            #expect(lines.first?.hasPrefix("Démonstration chargée (graine 42, échelle 1)") == true)
            // The real establishments of shared/data/sirene: 1,674 accounts, 288 of them with an invented name.
            #expect(try await Account.query(on: app.db).count() == 1674)
            #expect(try await Account.query(on: app.db).filter(\.$notes ~~ "inventé").count() == 288)
            // Every stored order's lines add up to its cached total (the lines are the source of truth).
            let orders = try await SalesOrder.query(on: app.db).with(\.$lines).limit(200).all()
            #expect(!orders.isEmpty)
            for order in orders {
                let total = order.lines.reduce(Int64(0)) { $0 + $1.netAmountCents }
                #expect(total == order.totalExclVATCents, "\(order.number)")
            }
            // Reps own accounts; the admin and the manager can log in with the printed password.
            let rep = try #require(try await User.query(on: app.db).filter(\.$role == .rep).first())
            #expect(try await Account.query(on: app.db).filter(\.$owner.$id == rep.requireID()).count() > 0)
            let web = WebSession(app: app)
            #expect(try await web.logIn(email: DemoLoader.adminEmail, password: DemoLoader.password).status == .seeOther)
            #expect(try await web.get("/accounts").body.string.contains("1\u{202F}674 comptes"))

            await #expect(throws: CommandTasks.Failure.self) {
                _ = try await CommandTasks.loadDemo(app: app, seed: 42, scale: 1, start: nil, force: false) { _ in }
            }
            _ = try await CommandTasks.loadDemo(app: app, seed: 43, scale: 1, start: "01/01/2024", force: true) { _ in }
            #expect(try await Account.query(on: app.db).count() == 1674)
            #expect(try await User.query(on: app.db).count() == 6)  // admin + manager + 4 reps, the old ones wiped
        }
    }

    @Test("A demo document is stored as Fluent stores the same document, and reads back", arguments: TestDatabase.available)
    func storedAsFluentStores(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            _ = try await CommandTasks.loadDemo(app: app, seed: 42, scale: 1, start: nil, force: false) { _ in }
            // The first credit note (it has notes and negative amounts), read back through Fluent.
            let demo = try #require(try await SalesOrder.query(on: app.db).filter(\.$kind == .creditNote).sort(\.$number).with(\.$lines).first())
            let demoLines = demo.lines.sorted { $0.position < $1.position }
            #expect(demo.notes != nil && !demoLines.isEmpty)
            #expect(demoLines.reduce(Int64(0)) { $0 + $1.netAmountCents } == demo.totalExclVATCents)
            // The same document saved through the Fluent models, under another number.
            let copy = try await OrderService.create(.init(
                kind: demo.kind, status: demo.status, accountID: demo.$account.id, repID: demo.$rep.id,
                orderedOn: try #require(DateParsing.parseFrench(demo.orderedOn)), mode: .perRateOnTotal,
                lines: demoLines.map { .init(productID: $0.$product.id, reference: $0.productReference, name: $0.productName, line: $0.orderLine) },
                notes: demo.notes, number: "FLUENT-" + demo.number), on: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            let sqlite = sql.dialect.name == "sqlite"
            #if canImport(VaporCSQLite)
            // On SQLite the history took the prepared-statement path (the tests' database is a file).
            #expect(try await DemoSQLiteOrderLoader.file(of: sql) != nil || !sqlite)
            #endif
            // Every column as its storage class and value (SQLite) or its text (PostgreSQL); keys and
            // times (different by nature) as their type only.
            func stored(_ table: String, _ columns: [String], keyedBy key: String, _ id: UUID) async throws -> [String] {
                let exact: Set<String> = ["id", "order_id", "number", "created_at", "updated_at"]
                let expressions = columns.map { column in
                    exact.contains(column)
                        ? (sqlite ? "typeof(\"\(column)\")" : "pg_typeof(\"\(column)\")::text")
                        : (sqlite ? "typeof(\"\(column)\") || ' ' || quote(\"\(column)\")" : "COALESCE(\"\(column)\"::text, 'NULL')")
                }
                let select = expressions.enumerated().map { "\($1) AS c\($0)" }.joined(separator: ", ")
                let order = table == SalesOrderLine.schema ? "position" : "id"
                let query = sql.raw("SELECT \(unsafeRaw: select) FROM \(ident: table) WHERE \(ident: key) = \(bind: id) ORDER BY \(unsafeRaw: order)")
                var values: [String] = []
                for row in try await query.all() {
                    for index in columns.indices { values.append("\(columns[index])=" + (try row.decode(column: "c\(index)", as: String.self))) }
                }
                return values
            }
            let demoOrder = try await stored(SalesOrder.schema, DemoOrderRows.orderColumns, keyedBy: "id", try demo.requireID())
            #expect(!demoOrder.isEmpty)
            #expect(demoOrder == (try await stored(SalesOrder.schema, DemoOrderRows.orderColumns, keyedBy: "id", try copy.requireID())))
            let demoLineValues = try await stored(SalesOrderLine.schema, DemoOrderRows.lineColumns, keyedBy: "order_id", try demo.requireID())
            #expect(demoLineValues.count == demoLines.count * DemoOrderRows.lineColumns.count)
            #expect(demoLineValues == (try await stored(SalesOrderLine.schema, DemoOrderRows.lineColumns, keyedBy: "order_id", try copy.requireID())))
        }
    }

    #if canImport(VaporCSQLite)
    @Test("SQLite: the orders' date index is built after the history, and again if a stopped load left it out")
    func dateIndex() async throws {
        try await withTerrainApp(.sqlite) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let index = CreateSalesOrders.orderedOnIndex
            func indexSQL() async throws -> String? {
                try await sql.raw("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = \(bind: index.name)").first()?
                    .decode(column: "sql", as: String.self)
            }
            // What the migration creates (SQLKit's SQLite form, as `.schema` shows it).
            let expected = "CREATE INDEX \"idx_sales_orders_ordered_on\" ON \"sales_orders\" (\"ordered_on\")"
            #expect(try await indexSQL() == expected)
            _ = try await CommandTasks.loadDemo(app: app, seed: 42, scale: 1, start: nil, force: false) { _ in }
            #expect(try await indexSQL() == expected)
            // A load stopped between dropping the index and building it again leaves it out.
            try await sql.raw("DROP INDEX \(ident: index.name)").run()
            #expect(try await indexSQL() == nil)
            _ = try await CommandTasks.loadDemo(app: app, seed: 42, scale: 1, start: nil, force: true) { _ in }
            #expect(try await indexSQL() == expected)
            // SQLite plans a date query on it.
            let plan = try await sql.raw("EXPLAIN QUERY PLAN SELECT id FROM sales_orders WHERE ordered_on = '2024-03-01'").all()
                .map { try $0.decode(column: "detail", as: String.self) }
            #expect(plan.contains { $0.contains(index.name) })
        }
    }
    #endif
}
