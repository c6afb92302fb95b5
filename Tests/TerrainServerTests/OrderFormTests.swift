import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("Order form: taking, editing and following orders on the web")
struct OrderFormTests {
    struct Fixture {
        let accountID: UUID
        let contactID: UUID
        let rep: User
    }

    /// A rep's customer « Bar des Allées » (category CHR) with one contact, and two products:
    /// FUT-30 at 100,00 € (floor 82 €, max discount 15 %, cost 60 €, VAT 20 %) and SIR-01 at 4,50 €
    /// (VAT 5,5 %). The CHR price list sells FUT-30 at 95,00 €.
    func fixture(_ app: Application) async throws -> Fixture {
        let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
        let draft = try AccountValidation.validate([.legalName: "Bar des Allées", .status: "client", .category: "CHR",
                                                    .addressLine1: "12 allées Gambetta", .postalCode: "13001", .city: "Marseille"]).get()
        let account = try await AccountStore.create(draft, ownerID: rep.id, on: app.db)
        let contact = Contact()
        contact.$account.id = try account.requireID()
        contact.lastName = "Martin"
        contact.firstName = "Claire"
        contact.version = 1
        try await contact.create(on: app.db)
        let keg = try await ProductStore.create(ProductDraft(reference: "FUT-30", name: "Fût 30 L", listPrice: 100, purchaseCost: 60, vatRate: .standard,
                                                              floorPrice: 82, maxDiscountRate: Decimal(string: "0.15")!), on: app.db)
        _ = try await ProductStore.create(ProductDraft(reference: "SIR-01", name: "Sirop de menthe", listPrice: Decimal(string: "4.5")!, vatRate: .reduced), on: app.db)
        let (general, _) = try await PriceListStore.create(name: "Tarif général", category: nil, language: .fr, on: app.db)
        let (chr, _) = try await PriceListStore.create(name: "Tarif CHR", category: "CHR", language: .fr, on: app.db)
        _ = general
        _ = try await PriceListStore.savePrices([try keg.requireID(): "95"], list: try #require(chr), language: .fr, on: app.db)
        return Fixture(accountID: try account.requireID(), contactID: try contact.requireID(), rep: rep)
    }

    func form(_ fixture: Fixture, action: String, lines: [[String]], changes: [String: String] = [:]) -> [String: String] {
        var form: [String: String] = [
            "action": action, "kind": "order", "lineCount": String(lines.count),
            "orderedOn": "15/01/2026", "requestedDeliveryOn": "20/01/2026", "contact": fixture.contactID.uuidString,
            "deliveryAddress": "12 allées Gambetta\n13001 Marseille", "paymentTerms": "net45EndOfMonth", "paymentMethod": "transfer",
        ]
        for (index, line) in lines.enumerated() {
            for (field, value) in zip(["product", "quantity", "unitPrice", "discounts"], line) { form["\(field)_\(index)"] = value }
        }
        form.merge(changes) { $1 }
        return form
    }

    @Test("A rep takes an order at the customer's price list; recalculation shows the totals first", arguments: TestDatabase.available)
    func takeOrder(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await fixture(app)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            let blank = try await web.get("/accounts/\(fixture.accountID)/orders/new").body.string
            #expect(blank.contains("<option value=\"FUT-30\">FUT-30 — Fût 30 L — 95,00\u{00A0}€</option>"))
            #expect(blank.contains("selected=\"selected\">Claire Martin"))   // the only contact is preselected

            // FUT-30: 3 × 95,00 (CHR list) = 285,00; −10 % = 256,50 € (net unit 85,50 ≥ 82; discount 10 % ≤ 15 %).
            // SIR-01: 12 × 4,50 = 54,00 €. Total excl. VAT 310,50; VAT 256,50 × 0,20 = 51,30 and
            // 54,00 × 0,055 = 2,97; total VAT 54,27; incl. VAT 364,77.
            let lines = [["fut-30", "3", "", "10"], ["SIR-01", "12", "", ""], ["", "", "", ""]]
            let recalculated = try await web.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "recalculate", lines: lines))
            #expect(recalculated.status == .ok)
            let page = recalculated.body.string
            #expect(page.contains("id=\"form-total-excl-vat\">310,50\u{00A0}€"))
            #expect(page.contains("id=\"form-total-incl-vat\"><strong>364,77\u{00A0}€"))
            #expect(try await SalesOrder.query(on: app.db).count() == 0)

            let saved = try await web.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "save", lines: lines,
                                                                                               changes: ["customerReference": "BC-778"]))
            #expect(saved.status == .seeOther)
            let order = try #require(try await SalesOrder.query(on: app.db).with(\.$events).first())
            #expect(order.number == "CMD-2026-00001")
            #expect(order.totalExclVATCents == 31050)
            #expect(order.totalVATCents == 5427)
            #expect(order.totalInclVATCents == 36477)
            #expect(order.paymentTerms == "net45EndOfMonth")
            #expect(order.customerReference == "BC-778")
            #expect(order.$contact.id == fixture.contactID)
            #expect(order.$rep.id == fixture.rep.id)
            #expect(order.events.map(\.status) == [.transmitted])
            let shown = try await web.get(saved.headers.first(name: .location) ?? "").body.string
            #expect(shown.contains("45 jours fin de mois"))
            #expect(shown.contains("BC-778"))
        }
    }

    @Test("Every rubric and line is checked; what was typed comes back", arguments: TestDatabase.available)
    func errors(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await fixture(app)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            let response = try await web.post("/accounts/\(fixture.accountID)/orders", form: form(
                fixture, action: "save", lines: [["NOPE-1", "2", "", ""], ["SIR-01", "deux", "", ""]],
                changes: ["deliveryAddress": "", "requestedDeliveryOn": "10/01/2026"]))
            #expect(response.status == .unprocessableEntity)
            let page = response.body.string
            #expect(page.contains(ValidationIssue.unknownProduct.message(.fr).htmlEscaped))
            #expect(page.contains(ValidationIssue.invalidNumber.message(.fr).htmlEscaped))
            #expect(page.contains(ValidationIssue.deliveryBeforeOrder.message(.fr).htmlEscaped))
            #expect(page.contains("value=\"NOPE-1\""))
            #expect(page.contains("value=\"deux\""))
            #expect(try await SalesOrder.query(on: app.db).count() == 0)
        }
    }

    @Test("A rep cannot go outside the latitude; a manager can, with a warning", arguments: TestDatabase.available)
    func latitude(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await fixture(app)
            let manager = try await Factories.user(app, email: "chef@example.fr", role: .manager)
            fixture.rep.$manager.id = manager.id
            try await fixture.rep.update(on: app.db)
            // 95,00 × 0,80 = 76,00 € < 82 € floor; combined discount 20 % > 15 %.
            let lines = [["FUT-30", "1", "", "20"]]
            let rep = WebSession(app: app)
            try await rep.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            let refused = try await rep.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "save", lines: lines))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("le prix net 76,00\u{00A0}€ est sous le prix plancher 82,00\u{00A0}€"))

            let chief = WebSession(app: app)
            try await chief.logIn(email: "chef@example.fr", password: "motdepasse-solide")
            let warned = try await chief.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "recalculate", lines: lines))
            #expect(warned.body.string.contains("class=\"warning\">Hors marge de manœuvre"))
            let saved = try await chief.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "save", lines: lines))
            #expect(saved.status == .seeOther)
            // The order is the rep's (the account's owner), not the manager's.
            #expect(try await SalesOrder.query(on: app.db).first()?.$rep.id == fixture.rep.id)
        }
    }

    @Test("Follow-up: confirmed orders cannot be edited; impossible moves are refused; others cannot see", arguments: TestDatabase.available)
    func followUp(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await fixture(app)
            _ = try await Factories.user(app, email: "autre@example.fr", role: .rep)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            _ = try await web.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "save", lines: [["SIR-01", "10", "", ""]]))
            let order = try #require(try await SalesOrder.query(on: app.db).first())
            let id = try order.requireID()

            // Edit while transmitted: 20 × 4,50 = 90,00 €.
            #expect(try await web.get("/orders/\(id)/edit").status == .ok)
            var edit = form(fixture, action: "save", lines: [["SIR-01", "20", "", ""]])
            edit["version"] = "1"
            #expect(try await web.post("/orders/\(id)", form: edit).status == .seeOther)
            #expect(try await SalesOrder.find(id, on: app.db)?.totalExclVATCents == 9000)
            // The same stale version again is a conflict, and nothing changes.
            #expect(try await web.post("/orders/\(id)", form: edit).status == .conflict)

            #expect(try await web.post("/orders/\(id)/status", form: ["status": "paid", "version": "2"]).status == .badRequest)
            // Confirming is the company's step (an administrator here), not the rep's.
            #expect(try await web.post("/orders/\(id)/status", form: ["status": "confirmed", "version": "2"]).status == .forbidden)
            _ = try await Factories.user(app, email: "admin@example.fr", role: .admin)
            let admin = WebSession(app: app)
            try await admin.logIn(email: "admin@example.fr", password: "motdepasse-solide")
            #expect(try await admin.post("/orders/\(id)/status", form: ["status": "confirmed", "version": "2", "note": "OK usine"]).status == .seeOther)
            let confirmed = try #require(try await SalesOrder.query(on: app.db).filter(\.$id == id).with(\.$events).first())
            #expect(confirmed.status == .confirmed)
            // Created, edited (same status, noted), confirmed.
            #expect(confirmed.events.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.confirmed, .transmitted, .transmitted])
            #expect(try await web.get("/orders/\(id)/edit").status == .seeOther)
            edit["version"] = "3"
            #expect(try await web.post("/orders/\(id)", form: edit).status == .badRequest)
            #expect(try await web.get("/orders/\(id)").body.string.contains("OK usine"))

            let stranger = WebSession(app: app)
            try await stranger.logIn(email: "autre@example.fr", password: "motdepasse-solide")
            #expect(try await stranger.post("/orders/\(id)/status", form: ["status": "delivered", "version": "3"]).status == .notFound)
            #expect(try await stranger.get("/orders").body.string.contains("CMD-2026-00001") == false)
            #expect(try await web.get("/orders?status=confirmed").body.string.contains("CMD-2026-00001"))
            #expect(try await web.get("/orders?status=delivered").body.string.contains("CMD-2026-00001") == false)
        }
    }

    @Test("The VAT mode is a company setting, used by new orders and shown on them", arguments: TestDatabase.available)
    func vatSetting(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await fixture(app)
            _ = try await Factories.user(app, email: "admin@example.fr", role: .admin)
            let admin = WebSession(app: app)
            try await admin.logIn(email: "admin@example.fr", password: "motdepasse-solide")
            #expect(try await admin.post("/settings", form: ["vatComputation": "perLine"]).status == .seeOther)
            let rep = WebSession(app: app)
            try await rep.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            #expect(try await rep.get("/settings").status == .forbidden)
            // Three lines of 1 × 0,07 € at 20 %: per line 0,07 × 0,20 = 0,014 → 0,01, three times
            // = 0,03 €; on the total it would be 0,21 × 0,20 = 0,042 → 0,04 €. Per line: 0,03 €.
            let lines = [["FUT-30", "1", "0,07", ""], ["FUT-30", "1", "0,07", ""], ["FUT-30", "1", "0,07", ""]]
            // 0,07 € is below the keg's floor: the administrator saves it (warning only).
            let saved = try await admin.post("/accounts/\(fixture.accountID)/orders", form: form(fixture, action: "save", lines: lines))
            #expect(saved.status == .seeOther)
            let order = try #require(try await SalesOrder.query(on: app.db).first())
            #expect(order.vatMode == "perLine")
            #expect(order.totalVATCents == 3)
            #expect(try await admin.get("/orders/\(try order.requireID())").body.string.contains(LocalizedText.vatPerLineNote.text(.fr).htmlEscaped))
        }
    }
}

extension String {
    /// The text as Plot escapes it in an HTML text node.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

@Suite("Order form: rights and edits (review findings)")
struct OrderRightsTests {
    @Test("Credit notes and the company's status moves are for managers; edits keep the VAT mode and granted prices", arguments: TestDatabase.available)
    func rights(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let base = OrderFormTests()
            let fixture = try await base.fixture(app)
            let manager = try await Factories.user(app, email: "chef@example.fr", role: .manager)
            fixture.rep.$manager.id = manager.id
            try await fixture.rep.update(on: app.db)
            let rep = WebSession(app: app)
            try await rep.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            let chief = WebSession(app: app)
            try await chief.logIn(email: "chef@example.fr", password: "motdepasse-solide")

            // The manager grants −20 % on the keg (76 € net, under the floor) with per-line VAT.
            try await CompanySettings.setVATComputation(.perLine, on: app.db)
            let saved = try await chief.post("/accounts/\(fixture.accountID)/orders",
                                             form: base.form(fixture, action: "save", lines: [["FUT-30", "1", "", "20"]]))
            #expect(saved.status == .seeOther)
            let order = try #require(try await SalesOrder.query(on: app.db).first())
            let id = try order.requireID()
            try await CompanySettings.setVATComputation(.perRateOnTotal, on: app.db)

            // The rep edits only the customer's reference: accepted, the order keeps per-line VAT,
            // and the edit is in the follow-up.
            var edit = base.form(fixture, action: "save", lines: [["FUT-30", "1", "95", "20"]], changes: ["customerReference": "BC-9"])
            edit["version"] = "1"
            #expect(try await rep.post("/orders/\(id)", form: edit).status == .seeOther)
            let edited = try #require(try await SalesOrder.query(on: app.db).filter(\.$id == id).with(\.$events).first())
            #expect(edited.vatMode == "perLine")
            #expect(edited.customerReference == "BC-9")
            #expect(edited.events.contains { $0.note == OrderService.editedNote })

            // Reps issue no credit notes and do not confirm; they may cancel a transmitted order.
            #expect(try await rep.get("/accounts/\(fixture.accountID)/orders/new?kind=creditNote").status == .forbidden)
            var note = base.form(fixture, action: "save", lines: [["SIR-01", "1", "", ""]])
            note["kind"] = "creditNote"
            #expect(try await rep.post("/accounts/\(fixture.accountID)/orders", form: note).status == .forbidden)
            #expect(try await rep.post("/orders/\(id)/status", form: ["status": "confirmed", "version": "2"]).status == .forbidden)
            #expect(try await chief.post("/orders/\(id)/status", form: ["status": "confirmed", "version": "2"]).status == .seeOther)

            // The manager's credit note starts from the order's lines.
            let prefilled = try await chief.get("/accounts/\(fixture.accountID)/orders/new?kind=creditNote&from=\(id)").body.string
            #expect(prefilled.contains("value=\"FUT-30\""))
            #expect(prefilled.contains("Avoir sur la commande CMD-2026-00001"))
        }
    }
}
