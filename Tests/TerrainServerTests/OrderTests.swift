import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("Orders: numbering, totals, pages")
struct OrderTests {
    func account(_ app: Application, owner: User) async throws -> UUID {
        let draft = try AccountValidation.validate([.legalName: "Bar des Allées", .status: "client"]).get()
        return try await AccountStore.create(draft, ownerID: owner.id, on: app.db).requireID()
    }

    func day(_ year: Int, _ month: Int, _ day: Int) throws -> LocalDate {
        try #require(LocalDate(year: year, month: month, day: day))
    }

    @Test("Numbers are gap-free per kind and year", arguments: TestDatabase.available)
    func numbering(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let accountID = try await account(app, owner: rep)
            let line = OrderService.LineInput(reference: "SIR-GRE-70", name: "Sirop grenadine", line: OrderLine(quantity: 1, unitPrice: 4, vatRate: .reduced))
            func save(_ kind: SalesOrder.Kind, _ date: LocalDate) async throws -> String {
                try await OrderService.create(.init(kind: kind, accountID: accountID, repID: rep.id, orderedOn: date, lines: [line]), on: app.db).number
            }
            #expect(try await save(.order, day(2026, 1, 5)) == "CMD-2026-00001")
            #expect(try await save(.order, day(2026, 3, 9)) == "CMD-2026-00002")
            #expect(try await save(.creditNote, day(2026, 3, 10)) == "AV-2026-00001")
            #expect(try await save(.order, day(2027, 1, 2)) == "CMD-2027-00001")
            #expect(try await save(.order, day(2026, 12, 31)) == "CMD-2026-00003")
        }
    }

    @Test("Totals are computed by line, VAT per rate on the total, and shown on the order page", arguments: TestDatabase.available)
    func totals(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let other = try await Factories.user(app, email: "autre@example.fr", role: .rep)
            let accountID = try await account(app, owner: rep)
            // Line 1: 3 × 12,50 = 37,50; −10 % → 33,75; −2 % → 33,075 → 33,08 €, VAT 20 %; cost 3 × 8 = 24,00.
            // Line 2: 10 × 4,35 = 43,50 €, VAT 5,5 %; cost 10 × 2,61 = 26,10.
            // Total excl. VAT 33,08 + 43,50 = 76,58; VAT 33,08 × 0,20 = 6,616 → 6,62 and 43,50 × 0,055 = 2,3925 → 2,39;
            // total VAT 9,01; incl. VAT 85,59; cost 50,10; margin 76,58 − 50,10 = 26,48.
            let order = try await OrderService.create(.init(accountID: accountID, repID: rep.id, orderedOn: day(2026, 6, 15), lines: [
                .init(reference: "FUT-PIL-30", name: "Fût pils", line: OrderLine(quantity: 3, unitPrice: Decimal(string: "12.50")!, discounts: [Decimal(string: "0.10")!, Decimal(string: "0.02")!], vatRate: .standard, unitCost: 8)),
                .init(reference: "SIR-GRE-70", name: "Sirop grenadine", line: OrderLine(quantity: 10, unitPrice: Decimal(string: "4.35")!, vatRate: .reduced, unitCost: Decimal(string: "2.61")!)),
            ]), on: app.db)
            #expect(order.totalExclVATCents == 7658)
            #expect(order.totalVATCents == 901)
            #expect(order.totalInclVATCents == 8559)
            #expect(order.totalCostCents == 5010)

            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            let page = try await web.get("/orders/\(try order.requireID())").body.string
            #expect(page.contains("id=\"total-incl-vat\"><strong>85,59\u{00A0}€</strong>"))
            #expect(page.contains("id=\"gross-margin\">26,48\u{00A0}€"))
            let accountPage = try await web.get("/accounts/\(accountID)").body.string
            #expect(accountPage.contains("CMD-2026-00001"))
            #expect(accountPage.contains("76,58\u{00A0}€"))

            let stranger = WebSession(app: app)
            try await stranger.logIn(email: other.email, password: "motdepasse-solide")
            #expect(try await stranger.get("/orders/\(try order.requireID())").status == .notFound)
        }
    }

    @Test("A credit note's totals carry the sign", arguments: TestDatabase.available)
    func creditNote(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let accountID = try await account(app, owner: rep)
            // −1 × 12,50 = −12,50 excl. VAT; VAT −2,50; incl. VAT −15,00.
            let note = try await OrderService.create(.init(kind: .creditNote, accountID: accountID, repID: rep.id, orderedOn: day(2026, 7, 1), lines: [
                .init(reference: "FUT-PIL-30", name: "Fût pils", line: OrderLine(quantity: -1, unitPrice: Decimal(string: "12.50")!, vatRate: .standard)),
            ]), on: app.db)
            #expect(note.number == "AV-2026-00001")
            #expect(note.totalExclVATCents == -1250)
            #expect(note.totalVATCents == -250)
            #expect(note.totalInclVATCents == -1500)
        }
    }
}
