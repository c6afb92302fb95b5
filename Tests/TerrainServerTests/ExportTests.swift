import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

@Suite("Exports of the filtered list")
struct ExportTests {
    @Test("CSV for French Excel: BOM, semicolons, CRLF, only the filtered accounts", arguments: TestDatabase.available)
    func csv(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.post("/accounts", form: ["legalName": "Bar; \"Le Nord\"", "status": "customer", "country": "FR", "postalCode": "01000", "siret": "39009842400034"])
            try await web.post("/accounts", form: ["legalName": "Café du Sud", "status": "prospect", "country": "FR"])
            let response = try await web.get("/accounts/export?format=csv&status=customer")
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            let bytes = Array(response.body.readableBytesView)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            let lines = text.components(separatedBy: "\r\n")
            #expect(lines.count == 3)  // header, one account, and the empty string after the final CRLF
            #expect(lines[0].hasPrefix("SIRET;Raison sociale;Enseigne;"))
            #expect(lines[1].hasPrefix("39009842400034;\"Bar; \"\"Le Nord\"\"\";"))
            #expect(lines[1].contains(";01000;"))
            #expect(lines[1].contains(";Client;"))  // the status as the French interface names it
            #expect(!text.contains("Café du Sud"))
        }
    }

    @Test("XLSX is a ZIP package with the workbook parts", arguments: TestDatabase.available)
    func xlsx(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.post("/accounts", form: ["legalName": "Bar du Port", "status": "prospect", "country": "FR"])
            let response = try await web.get("/accounts/export?format=xlsx")
            #expect(response.status == .ok)
            let bytes = Array(response.body.readableBytesView)
            #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])  // "PK\3\4": a ZIP local file header
            #expect(response.headers.first(name: .contentDisposition)?.contains(".xlsx") == true)
        }
    }

    @Test("An unknown format is refused with a French message", arguments: TestDatabase.available)
    func unknownFormat(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            let response = try await web.get("/accounts/export?format=pdf")
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("Format d&#39;export inconnu") || response.body.string.contains("Format d'export inconnu"))
        }
    }
}
