import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("Catalogue: product pages, import and export")
struct ProductTests {
    @Test("A manager creates a product; the form re-shows errors; a rep only reads", arguments: TestDatabase.available)
    func form(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            try await Factories.user(app, email: "chef@example.fr", role: .manager)
            try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let manager = WebSession(app: app)
            try await manager.logIn(email: "chef@example.fr", password: "motdepasse-solide")
            try await manager.get("/products/new")
            let bad = try await manager.post("/products", form: ["reference": "fut pils", "name": "Fût pils 30 L", "listPrice": "89,90", "vatRate": "standard",
                                                                 "floorPrice": "95", "active": "on"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("value=\"fut pils\""))
            #expect(bad.body.string.contains(ValidationIssue.invalidReference.message(.fr).replacingOccurrences(of: "'", with: "&#39;"))
                    || bad.body.string.contains("lettres sans accent"))
            #expect(bad.body.string.contains("prix plancher ne peut pas dépasser"))
            let good = try await manager.post("/products", form: ["reference": "fut-pils-30", "name": "Fût pils 30 L", "family": "Fûts", "listPrice": "89,90",
                                                                  "purchaseCost": "62,40", "vatRate": "standard", "floorPrice": "80", "maxDiscountRate": "10 %", "active": "on"])
            #expect(good.status == .seeOther)
            let product = try #require(try await Product.query(on: app.db).first())
            #expect(product.reference == "FUT-PILS-30")  // references are upper-cased
            #expect(product.listPrice == "89.9")
            #expect(product.maxDiscountRate == "0.1")
            // The list shows the margin rate: (89,90 − 62,40) / 89,90 = 27,50 / 89,90 = 30,59 % → "30,6 %".
            let list = try await manager.get("/products").body.string
            #expect(list.contains("30,6\u{202F}%"))
            // The same reference again is refused.
            let twice = try await manager.post("/products", form: ["reference": "FUT-PILS-30", "name": "Autre", "listPrice": "1", "vatRate": "standard"])
            #expect(twice.status == .unprocessableEntity)

            let rep = WebSession(app: app)
            try await rep.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            #expect(try await rep.get("/products").status == .ok)
            #expect(try await rep.get("/products/new").status == .forbidden)
            #expect(try await rep.post("/products", form: ["reference": "X1", "name": "X", "listPrice": "1", "vatRate": "standard"]).status == .forbidden)
        }
    }

    @Test("The command-line import creates, skips and rejects rows as planned", arguments: TestDatabase.available)
    func commandLineImport(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            // Line 2 and 3 valid; line 4 has a bad reference, a bad price and a 7 % VAT; line 5 repeats line 2's reference.
            let csv = "Référence;Désignation;Famille;Prix de vente HT;TVA\r\nFUT-PIL-30;Fût pils 30 L;Fûts;89,90;20 %\r\nSIR-GRE-70;Sirop grenadine;Sirops;4,35;5,5 %\r\nBAD REF;Truc;;abc;7 %\r\nfut-pil-30;Doublon;;1;20\r\n"
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString).csv")
            try Data(csv.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let report = try await CommandTasks.importProducts(app: app, file: url.path, mode: "valid-rows", onDuplicate: "skip")
            #expect(report.created == 2)
            #expect(report.skipped == 1)
            #expect(report.rejected == 1)
            #expect(try await Product.query(on: app.db).count() == 2)
            let again = try await CommandTasks.importProducts(app: app, file: url.path, mode: "all-or-nothing", onDuplicate: "update")
            #expect(again.refused)
            #expect(try await Product.query(on: app.db).filter(\.$version == 1).count() == 2)
            let exported = String(decoding: try await CommandTasks.exportProducts(app: app, format: "csv", includeInactive: false).dropFirst(3), as: UTF8.self)
            let lines = exported.components(separatedBy: "\r\n")
            #expect(lines.count == 4)  // header, two products, empty string after the final CRLF
            #expect(lines[1].hasPrefix("FUT-PIL-30;Fût pils 30 L;Fûts;"))
            #expect(lines[1].contains(";89,9;"))
        }
    }
}
