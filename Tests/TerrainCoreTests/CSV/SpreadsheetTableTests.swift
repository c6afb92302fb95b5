import Foundation
import Testing
@testable import TerrainCore

@Suite("A spreadsheet's rows read like a CSV file")
struct SpreadsheetTableTests {
    @Test("Header after a blank row, rows under their sheet numbers, issues named by the sheet's headers")
    func catalogueRows() throws {
        let records = [
            CSVRecord(fields: ["", ""], line: 1),
            CSVRecord(fields: ["Référence", "Désignation", "Prix HT", "TVA", "Note"], line: 2),
            CSVRecord(fields: ["FUT-PIL-30", "Fût pils 30 L", "89.9", "20 %"], line: 3),
            // Row 4 is absent from the sheet (an empty row); row 5 has a bad price.
            CSVRecord(fields: ["SIR-GRE-70", "Sirop", "abc", "5,5 %", "", "en trop"], line: 5),
            CSVRecord(fields: [], line: 6),
        ]
        let table = try CSVTable(records: records, sheetName: "Catalogue")
        #expect(table.source == .spreadsheet(sheetName: "Catalogue"))
        #expect(table.headerLine == 2)
        let parser = ProductImportParser(table: table)
        #expect(parser.headers == ["Référence", "Désignation", "Prix HT", "TVA", "Note"])
        let rows = Array(parser.rows(mapping: parser.suggestedMapping))
        #expect(rows.map(\.line) == [3, 5])
        guard case .valid(_, let draft) = rows[0] else { Issue.record("row 3 should be valid"); return }
        #expect(draft.listPrice == Decimal(string: "89.9"))
        guard case .invalid(let line, let issues) = rows[1] else { Issue.record("row 5 should be invalid"); return }
        #expect(line == 5)
        // The price under the sheet's header; the cell beyond the 5 header columns is column 6.
        #expect(issues.map(\.column) == ["Prix HT", "colonne 6"])
        #expect(issues.map(\.value) == ["abc", "en trop"])
    }

    @Test("A sheet without a non-blank cell is an empty file")
    func emptySheet() {
        #expect(throws: CSVImportError.emptyFile) {
            try CSVTable(records: [CSVRecord(fields: [" ", ""], line: 1)], sheetName: "Feuil1")
        }
    }

    @Test("Unmapped columns are skipped as in a CSV file")
    func skippedCells() throws {
        let table = try CSVTable(records: [CSVRecord(fields: ["Raison sociale", "Divers"], line: 1),
                                           CSVRecord(fields: ["BAR PIERRE", "x"], line: 2)], sheetName: "Comptes")
        let parser = AccountImportParser(table: table)
        let rows = Array(parser.rows(mapping: parser.suggestedMapping))
        #expect(rows.count == 1)
        guard case .valid(let line, let draft) = rows[0] else { Issue.record("row 2 should be valid"); return }
        #expect(line == 2)
        #expect(draft.legalName == "BAR PIERRE")
    }
}
