import Fluent
import Foundation
import TerrainCore
import TerrainExport
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

@Suite("Web and command-line imports of Excel workbooks, the catalogue and order histories")
struct SpreadsheetImportTests {
    /// The SIRENE sample (`sirene/sirene_13_excel_fr.csv`) re-written as an `.xlsx`: the same cells
    /// as text, except the 14-digit SIRETs not starting with 0, stored as numbers (as Excel does
    /// when a CSV is opened; a leading 0 would be lost, as in Excel).
    static func sireneWorkbook() throws -> Data {
        let table = try CSVTable(data: SharedData.data("sirene/sirene_13_excel_fr.csv"))
        var reader = table.body
        var rows: [[ExportCell]] = []
        while let record = try reader.next() {
            rows.append(record.fields.enumerated().map { column, cell in
                if cell.isEmpty { return .empty }
                if column == 0, cell.count == 14, cell.first != "0", let number = Int(cell) { return .integer(number) }
                return .text(cell)
            })
        }
        return try XLSXWriter.encode([ExportTable(sheetName: "Établissements", headers: table.headers, rows: rows)])
    }

    @Test("An XLSX account file gives the CSV file's counts, on the web and on the command line", arguments: TestDatabase.available)
    func accountsFromExcel(database: TestDatabase) async throws {
        let workbook = try Self.sireneWorkbook()
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            let steps = WebImportSteps(web: web, app: app)
            // The file is named .csv on purpose: the ZIP signature, not the name, makes it a workbook.
            let (path, mapping) = try await steps.upload("etablissements.csv", workbook, kind: .accounts)
            #expect(mapping.contains("feuille « Établissements », 13 colonnes"))
            // The same automatic mapping as the CSV file's 13 French headers (WebImportTests.excelFile).
            #expect(WebImportSteps.selectedFields(mapping)[0] == "siret")
            #expect(WebImportSteps.selectedFields(mapping)[1] == "legalName")
            let analysis = try await steps.analyse(path, mapping: mapping, options: ["mode": "valid-rows", "policy": "skip", "owner": ""])
            // The CSV file's figures (sirene README, WebImportTests.excelFile): 1 674 rows, 288
            // without a name, so 1 386 to create; 38 possible-duplicate groups of 79 rows.
            #expect(WebImportSteps.figure("count-create", in: analysis) == 1386)
            #expect(WebImportSteps.figure("count-reject", in: analysis) == 288)
            #expect(analysis.contains("38 groupes, 79 lignes"))
            let result = try await steps.run(path)
            #expect(WebImportSteps.figure("result-created", in: result) == 1386)
            #expect(WebImportSteps.figure("result-rejected", in: result) == 288)
            #expect(try await Account.query(on: app.db).count() == 1386)
            // SIRETs stored as numbers in the sheet come back whole (14 digits, no exponent, no ".0").
            #expect(try await Account.query(on: app.db).filter(\.$siret == "39009842400034").count() == 1)
            // The command line reads the same workbook: every named row is now present (skip policy).
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("sirene-\(UUID().uuidString).xlsx")
            try workbook.write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let report = try await CommandTasks.importAccounts(app: app, file: url.path, mode: "valid-rows", onDuplicate: "skip", ownerEmail: nil) { _, _ in }
            #expect(report.created == 0)
            #expect(report.skipped == 1386)
            #expect(report.rejected == 288)
        }
    }

    @Test("A manager imports a catalogue workbook on the web; a rep cannot", arguments: TestDatabase.available)
    func catalogue(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            try await Factories.user(app, email: "chef@example.fr", role: .manager)
            try await Factories.user(app, email: "rep@example.fr", role: .rep)
            // Row 2 and 3 valid (the price a number, the VAT rate a percentage text); row 4 has a
            // reference with a space and no price; row 5 repeats row 2's reference in lower case.
            let table = ExportTable(sheetName: "Catalogue", headers: ["Référence", "Désignation", "Famille", "Prix de vente HT", "TVA"], rows: [
                [.text("FUT-PIL-30"), .text("Fût pils 30 L"), .text("Fûts"), .decimal(Decimal(string: "89.9")!), .text("20 %")],
                [.text("SIR-GRE-70"), .text("Sirop grenadine"), .text("Sirops"), .decimal(Decimal(string: "4.35")!), .text("5,5 %")],
                [.text("BAD REF"), .text("Truc"), .empty, .empty, .text("20 %")],
                [.text("fut-pil-30"), .text("Doublon"), .empty, .integer(1), .text("20 %")],
            ])
            let workbook = try XLSXWriter.encode([table])
            let manager = WebSession(app: app)
            try await manager.logIn(email: "chef@example.fr", password: "motdepasse-solide")
            #expect(try await manager.get("/products").body.string.contains("id=\"import-catalogue\""))
            let steps = WebImportSteps(web: manager, app: app)
            let (path, mapping) = try await steps.upload("catalogue.xlsx", workbook, kind: .products)
            #expect(WebImportSteps.selectedFields(mapping) == [0: "reference", 1: "name", 2: "family", 3: "listPrice", 4: "vatRate"])
            let analysis = try await steps.analyse(path, mapping: mapping, options: ["mode": "valid-rows", "policy": "skip"])
            #expect(WebImportSteps.figure("count-create", in: analysis) == 2)
            #expect(WebImportSteps.figure("count-skip", in: analysis) == 1)
            #expect(WebImportSteps.figure("count-reject", in: analysis) == 1)
            let result = try await steps.run(path)
            #expect(WebImportSteps.figure("result-created", in: result) == 2)
            let products = try await Product.query(on: app.db).sort(\.$reference).all()
            #expect(products.map(\.reference) == ["FUT-PIL-30", "SIR-GRE-70"])
            #expect(products.map(\.listPrice) == ["89.9", "4.35"])
            // The report: row 4 rejected (sheet row numbers), row 5 skipped as a repeat of row 2.
            let report = try await steps.report(path)
            #expect(report.dropFirst().map { $0[0] }.contains("4"))
            #expect(report.contains { $0[0] == "5" && $0[1] == "Ignorée" && $0[3].contains("ligne 2") })
            // Again with the update policy: the two references are updated, nothing is created.
            let again = try await steps.upload("catalogue.xlsx", workbook, kind: .products)
            let second = try await steps.analyse(again.path, mapping: again.mapping, options: ["mode": "valid-rows", "policy": "update"])
            #expect(WebImportSteps.figure("count-update", in: second) == 2)
            #expect(WebImportSteps.figure("count-create", in: second) == 0)
            _ = try await steps.run(again.path)
            #expect(try await Product.query(on: app.db).filter(\.$version == 2).count() == 2)

            let rep = WebSession(app: app)
            try await rep.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            #expect(!(try await rep.get("/products").body.string.contains("id=\"import-catalogue\"")))
            #expect(try await rep.get("/imports/new?kind=products").status == .forbidden)
            #expect(try await rep.upload("/imports", fileName: "catalogue.xlsx", data: workbook, fields: ["kind": "products"]).status == .forbidden)
            #expect(try await rep.upload("/imports", fileName: "historique.csv", data: Data("a;b\n1;2\n".utf8), fields: ["kind": "orders"]).status == .forbidden)
            // The manager cannot import order histories either (administrators only).
            #expect(try await manager.get("/imports/new?kind=orders").status == .forbidden)
            #expect(try await ImportJob.query(on: app.db).count() == 2)
        }
    }

    @Test("An order history with an unknown product: that order is rejected whole and reported per row; re-import creates nothing",
          arguments: TestDatabase.available)
    func orderHistory(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let account = try AccountValidation.validate([.legalName: "BAR PIERRE", .siret: "39009842400034"]).get()
            _ = try await AccountStore.create(account, ownerID: nil, on: app.db)
            _ = try await ProductStore.create(ProductDraft(reference: "FUT-PIL-30", name: "Fût pils 30 L", listPrice: Decimal(string: "89.90")!,
                                                           purchaseCost: Decimal(string: "62.40")!, vatRate: .standard), on: app.db)
            // CMD-2024-00012: 2 × 89,90 − 10 % = 161,82 € excl. VAT. CMD-2024-00013 has a known line
            // (line 3) and a line naming SIR-XXX, not in the catalogue (line 4): rejected whole.
            let csv = "N° commande;Date;SIRET;Référence;Quantité;Prix unitaire HT;Remise\r\n"
                + "CMD-2024-00012;15/06/2024;39009842400034;FUT-PIL-30;2;89,90;10 %\r\n"
                + "CMD-2024-00013;16/06/2024;39009842400034;FUT-PIL-30;1;89,90;\r\n"
                + "CMD-2024-00013;16/06/2024;39009842400034;SIR-XXX;3;4,35;\r\n"
            let admin = WebSession(app: app)
            try await admin.setUpAdministrator()
            let steps = WebImportSteps(web: admin, app: app)
            let (path, mapping) = try await steps.upload("historique.csv", Data(csv.utf8), kind: .orders)
            #expect(WebImportSteps.selectedFields(mapping) == [0: "orderNumber", 1: "date", 2: "accountSIRET", 3: "productReference",
                                                               4: "quantity", 5: "unitPrice", 6: "discount"])
            let analysis = try await steps.analyse(path, mapping: mapping)
            #expect(WebImportSteps.figure("count-create", in: analysis) == 1)
            #expect(WebImportSteps.figure("count-reject", in: analysis) == 2)
            #expect(analysis.contains("Produit inconnu : référence SIR-XXX"))
            let result = try await steps.run(path)
            #expect(WebImportSteps.figure("result-created", in: result) == 1)
            #expect(WebImportSteps.figure("result-lines", in: result) == 1)
            #expect(WebImportSteps.figure("result-rejected", in: result) == 2)
            let orders = try await SalesOrder.query(on: app.db).all()
            #expect(orders.map(\.number) == ["CMD-2024-00012"])
            #expect(orders.first?.totalExclVATCents == 16182)
            // Per row, with line and field: line 3 rejected because its order has line 4 in error,
            // line 4 for the unknown product under the file's « Référence » column.
            let report = try await steps.report(path)
            #expect(report.contains { $0[0] == "3" && $0[1] == "Rejetée" && $0[2] == "N° commande" && $0[3].contains("ligne 4") })
            #expect(report.contains { $0[0] == "4" && $0[1] == "Rejetée" && $0[2] == "Référence" && $0[4] == "SIR-XXX" })
            // The same file again creates nothing: CMD-2024-00012 is stored, CMD-2024-00013 still rejected.
            let again = try await steps.upload("historique.csv", Data(csv.utf8), kind: .orders)
            _ = try await steps.analyse(again.path, mapping: again.mapping)
            let second = try await steps.run(again.path)
            #expect(WebImportSteps.figure("result-created", in: second) == 0)
            #expect(WebImportSteps.figure("result-skipped", in: second) == 1)
            #expect(try await SalesOrder.query(on: app.db).count() == 1)
        }
    }

    @Test("terrain import orders and products read XLSX files, date cells included", arguments: TestDatabase.available)
    func commandLineWorkbooks(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let account = try AccountValidation.validate([.legalName: "BAR PIERRE", .siret: "39009842400034"]).get()
            _ = try await AccountStore.create(account, ownerID: nil, on: app.db)
            let folder = FileManager.default.temporaryDirectory
            let catalogue = folder.appendingPathComponent("catalogue-\(UUID().uuidString).xlsx")
            let history = folder.appendingPathComponent("historique-\(UUID().uuidString).xlsx")
            defer {
                try? FileManager.default.removeItem(at: catalogue)
                try? FileManager.default.removeItem(at: history)
            }
            try XLSXWriter.write([ExportTable(sheetName: "Catalogue", headers: ["Référence", "Désignation", "Prix de vente HT", "Coût d'achat HT", "TVA"], rows: [
                [.text("FUT-PIL-30"), .text("Fût pils 30 L"), .decimal(Decimal(string: "89.9")!), .decimal(Decimal(string: "62.4")!), .text("20 %")],
            ])], to: catalogue)
            let products = try await CommandTasks.importProducts(app: app, file: catalogue.path, mode: "all-or-nothing", onDuplicate: "skip")
            #expect(products.created == 1 && products.rejected == 0)
            // The date is a date cell (serial 45458 under a dd/mm/yyyy style), read as 2024-06-15;
            // the SIRET a number cell. 2 × 89,90 − 10 % = 161,82 € excl. VAT.
            try XLSXWriter.write([ExportTable(sheetName: "Historique", headers: ["N° commande", "Date", "SIRET", "Référence", "Quantité", "Prix unitaire HT", "Remise"], rows: [
                [.text("CMD-2024-00012"), .date(year: 2024, month: 6, day: 15), .integer(39009842400034), .text("FUT-PIL-30"), .integer(2), .decimal(Decimal(string: "89.9")!), .text("10 %")],
                [.text("CMD-2024-00013"), .date(year: 2024, month: 6, day: 16), .integer(39009842400034), .text("SIR-XXX"), .integer(1), .decimal(Decimal(string: "4.35")!), .empty],
            ])], to: history)
            let orders = try await CommandTasks.importOrders(app: app, file: history.path)
            #expect(orders.ordersCreated == 1)
            #expect(orders.rowsRejected == 1)
            let order = try #require(try await SalesOrder.query(on: app.db).first())
            #expect(order.number == "CMD-2024-00012")
            #expect(order.orderedOn == "2024-06-15")
            #expect(order.totalExclVATCents == 16182)
            // The report names line 3 (the sheet's row) and the unknown reference.
            let report = String(decoding: orders.reportCSV.dropFirst(3), as: UTF8.self)
            #expect(report.contains("3;Référence;Produit inconnu : référence SIR-XXX"))
        }
    }
}
