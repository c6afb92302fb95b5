import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("Price lists")
struct PriceListTests {
    @Test("Lists are created under the rule's invariants, prices saved or refused whole, and applied by category", arguments: TestDatabase.available)
    func lists(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            try await Factories.user(app, email: "chef@example.fr", role: .manager)
            let web = WebSession(app: app)
            try await web.logIn(email: "chef@example.fr", password: "motdepasse-solide")
            let keg = try await ProductStore.create(ProductDraft(reference: "FUT-PIL-30", name: "Fût pils 30 L", listPrice: Decimal(string: "89.90")!, vatRate: .standard), on: app.db)
            let syrup = try await ProductStore.create(ProductDraft(reference: "SIR-GRE-70", name: "Sirop grenadine", listPrice: Decimal(string: "4.35")!, vatRate: .reduced), on: app.db)

            try await web.get("/price-lists")
            #expect(try await web.post("/price-lists", form: ["name": "Tarif général", "category": ""]).status == .seeOther)
            // A second list without category would be a second default list: refused.
            let second = try await web.post("/price-lists", form: ["name": "Autre général", "category": " "])
            #expect(second.status == .unprocessableEntity)
            let chr = try await web.post("/price-lists", form: ["name": "Cafés-hôtels-restaurants", "category": "CHR"])
            let chrPath = try #require(chr.headers.first(name: .location))
            try await web.get(chrPath)

            // One bad price: nothing is saved and the typed values come back.
            let bad = try await web.post(chrPath, form: ["price_\(try keg.requireID().uuidString)": "84,50", "price_\(try syrup.requireID().uuidString)": "quatre"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("value=\"quatre\""))
            #expect(try await PriceListEntry.query(on: app.db).count() == 0)
            #expect(try await web.post(chrPath, form: ["price_\(try keg.requireID().uuidString)": "84,50", "price_\(try syrup.requireID().uuidString)": ""]).status == .seeOther)

            let rule = try await PriceListStore.rule(on: app.db)
            // CHR list has the keg at 84,50; "chr" matches "CHR" (case-insensitive).
            #expect(rule.price(reference: "FUT-PIL-30", listPrice: Decimal(string: "89.90")!, accountCategory: "chr").unitPrice == Decimal(string: "84.50")!)
            // The syrup is not in the CHR list and the default list is empty: the catalogue price applies.
            #expect(rule.price(reference: "SIR-GRE-70", listPrice: Decimal(string: "4.35")!, accountCategory: "CHR").unitPrice == Decimal(string: "4.35")!)
            let lists = try await PriceListStore.all(on: app.db)
            #expect(PriceListStore.applicableListName(category: "chr", lists: lists) == "Cafés-hôtels-restaurants")
            #expect(PriceListStore.applicableListName(category: "GMS", lists: lists) == "Tarif général")
        }
    }
}
