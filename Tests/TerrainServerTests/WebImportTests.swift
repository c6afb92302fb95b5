import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

@Suite("Web import: upload, mapping, analysis, run, report")
struct WebImportTests {
    @Test("The Excel-style file goes through the four steps", arguments: TestDatabase.available)
    func excelFile(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/imports")
            let upload = try await web.upload("/imports", fileName: "sirene_13_excel_fr.csv", data: SharedData.data("sirene/sirene_13_excel_fr.csv"))
            #expect(upload.status == .seeOther)
            let jobPath = try #require(upload.headers.first(name: .location))
            let mapping = try await web.get(jobPath).body.string
            #expect(mapping.contains("Windows-1252"))
            // The 13 columns of the French header are mapped automatically; post what the page proposes.
            var form: [String: String] = ["mode": "valid-rows", "policy": "skip", "owner": ""]
            let fields: [AccountField?] = [.siret, .legalName, .soleTrader, .nafCode, .nafLabel, .addressLine1, .postalCode, .city,
                                           .inseeCode, .latitude, .longitude, .headcountBand, .creationDate]
            for (index, field) in fields.enumerated() {
                #expect(mapping.contains("name=\"col_\(index)\""))
                form["col_\(index)"] = field?.rawValue ?? ""
            }
            let analysis = try await web.post(jobPath + "/analysis", form: form)
            let html = analysis.body.string
            #expect(html.contains("id=\"count-create\">1\u{202F}386<"))
            #expect(html.contains("id=\"count-reject\">288<"))
            #expect(html.contains("38 groupes, 79 lignes"))
            let run = try await web.post(jobPath + "/run", form: [:])
            #expect(run.status == .seeOther)
            // The import runs in the background: wait for the job to finish.
            var status = ImportJob.Status.running
            for _ in 0..<200 where status == .running {
                try await Task.sleep(for: .milliseconds(50))
                status = try await ImportJob.query(on: app.db).first()?.status ?? .failed
            }
            #expect(status == .done)
            let result = try await web.get(jobPath).body.string
            #expect(result.contains("id=\"result-created\">1\u{202F}386<"))
            #expect(result.contains("id=\"result-rejected\">288<"))
            #expect(try await Account.query(on: app.db).count() == 1386)
            let report = try await web.get(jobPath + "/rejected.csv")
            let lines = String(decoding: Array(report.body.readableBytesView).dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
            // Header + 288 rejected + 79 flagged rows + the empty string after the final CRLF.
            let expectedLines: Int = 1 + 288 + 79 + 1
            #expect(lines.count == expectedLines)
        }
    }

    @Test("A mapping without the legal name is refused with a message", arguments: TestDatabase.available)
    func mappingWithoutName(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/imports")
            let upload = try await web.upload("/imports", fileName: "petit.csv", data: Data("nom;ville\nBar du Port;Cassis\n".utf8))
            let jobPath = try #require(upload.headers.first(name: .location))
            try await web.get(jobPath)
            let response = try await web.post(jobPath + "/analysis", form: ["col_0": "", "col_1": "city", "mode": "valid-rows", "policy": "skip"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("raison sociale"))
        }
    }

    @Test("An empty upload is refused with a message", arguments: TestDatabase.available)
    func emptyUpload(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/imports")
            let response = try await web.upload("/imports", fileName: "vide.csv", data: Data())
            #expect(response.status == .unprocessableEntity)
            #expect(try await ImportJob.query(on: app.db).count() == 0)
        }
    }
}

@Suite("Web import in all-or-nothing mode")
struct WebImportAllOrNothingTests {
    @Test("A valid file imports whole, with progress written while the transaction runs", arguments: TestDatabase.available)
    func validFile(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/imports")
            // Two valid rows (the SIRETs of lines 2 and 3 of the SIRENE sample).
            let csv = "SIRET;Raison sociale;Code postal\r\n39009842400034;BAR PIERRE;13002\r\n39051825600024;L'ACTUEL;13001\r\n"
            let upload = try await web.upload("/imports", fileName: "deux.csv", data: Data(csv.utf8))
            let jobPath = try #require(upload.headers.first(name: .location))
            try await web.get(jobPath)
            try await web.post(jobPath + "/analysis", form: ["col_0": "siret", "col_1": "legalName", "col_2": "postalCode", "mode": "all-or-nothing", "policy": "skip", "owner": ""])
            try await web.post(jobPath + "/run", form: [:])
            var status = ImportJob.Status.running
            for _ in 0..<200 where status == .running {
                try await Task.sleep(for: .milliseconds(50))
                status = try await ImportJob.query(on: app.db).first()?.status ?? .failed
            }
            let failure = try await ImportJob.query(on: app.db).first()?.failure
            #expect(status == .done, "\(failure ?? "")")
            #expect(try await Account.query(on: app.db).count() == 2)
        }
    }
}
