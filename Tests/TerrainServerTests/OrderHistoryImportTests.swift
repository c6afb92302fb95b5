import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
@testable import TerrainServer

@Suite("Order history import")
struct OrderHistoryImportTests {
    @Test("Known accounts and products become orders with their own numbers; the rest is reported, never invented", arguments: TestDatabase.available)
    func history(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let account = try AccountValidation.validate([.legalName: "BAR PIERRE", .siret: "39009842400034"]).get()
            _ = try await AccountStore.create(account, ownerID: nil, on: app.db)
            _ = try await ProductStore.create(ProductDraft(reference: "FUT-PIL-30", name: "Fût pils 30 L", listPrice: Decimal(string: "89.90")!,
                                                           purchaseCost: Decimal(string: "62.40")!, vatRate: .standard), on: app.db)
            // CMD-2024-00012: 2 × 89,90 −10 % = 161,82 € excl. VAT. AV-2024-00003: −1 × 89,90 = −89,90 €.
            // CMD-2024-00014 names an unknown SIRET (11111111111111 is not in the file): rejected whole.
            let csv = "N° commande;Date;SIRET;Référence;Quantité;Prix unitaire HT;Remise\r\n"
                + "CMD-2024-00012;15/06/2024;39009842400034;FUT-PIL-30;2;89,90;10 %\r\n"
                + "AV-2024-00003;20/06/2024;39009842400034;FUT-PIL-30;-1;89,90;\r\n"
                + "CMD-2024-00014;21/06/2024;39009842400035;FUT-PIL-30;1;89,90;\r\n"
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("historique-\(UUID().uuidString).csv")
            try Data(csv.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let report = try await CommandTasks.importOrders(app: app, file: url.path)
            #expect(report.ordersCreated == 2)
            #expect(report.linesCreated == 2)
            #expect(report.rowsRejected == 1)
            let order = try #require(try await SalesOrder.query(on: app.db).filter(\.$number == "CMD-2024-00012").first())
            #expect(order.totalExclVATCents == 16182)
            // 161,82 × 0,20 = 32,364 → 32,36; 161,82 + 32,36 = 194,18.
            #expect(order.totalInclVATCents == 19418)
            // Cost 2 × 62,40 = 124,80, taken from the catalogue.
            #expect(order.totalCostCents == 12480)
            let note = try #require(try await SalesOrder.query(on: app.db).filter(\.$number == "AV-2024-00003").first())
            #expect(note.kind == .creditNote)
            #expect(note.totalExclVATCents == -8990)
            // New numbers follow the imported ones.
            #expect(try await OrderNumbering.next(.order, year: 2024, on: app.db) == "CMD-2024-00013")
            #expect(try await OrderNumbering.next(.creditNote, year: 2024, on: app.db) == "AV-2024-00004")
            // Importing the same file again creates nothing.
            let again = try await CommandTasks.importOrders(app: app, file: url.path)
            #expect(again.ordersCreated == 0)
            #expect(again.ordersSkipped == 2)
            // The export has one row per line: header + 2 lines + the empty string after the final CRLF.
            let exported = String(decoding: try await CommandTasks.exportOrders(app: app, format: "csv").dropFirst(3), as: UTF8.self)
            #expect(exported.components(separatedBy: "\r\n").count == 4)
        }
    }
}
