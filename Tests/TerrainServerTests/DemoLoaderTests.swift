import Fluent
import Foundation
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
}
