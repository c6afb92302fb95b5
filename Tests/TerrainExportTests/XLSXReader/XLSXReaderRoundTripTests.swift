import Foundation
import Testing
@testable import TerrainExport

@Suite("XLSX reader: round trip with the writer, and unreadable files")
struct XLSXReaderRoundTripTests {
    @Test("What XLSXWriter writes reads back as the text an import expects")
    func roundTrip() throws {
        let table = ExportTable(sheetName: "Catalogue", headers: ["Référence", "Désignation", "Prix", "Date", "Actif", "CP"], rows: [
            [.text("FUT-PIL-30"), .text("Fût pils 30 L & co"), .decimal(Decimal(string: "89.90")!), .date(year: 2024, month: 1, day: 1), .bool(true), .text("01000")],
            [.text("SIR-GRE-70"), .text("  Sirop\r\ngrenadine _x0041_ "), .integer(42), .empty, .bool(false), .text("13002")],
            [],
            [.text("83031162700012"), .empty, .decimal(Decimal(string: "-0.125")!)],
        ])
        let sheet = try XLSXReader.read(XLSXWriter.encode([table]))
        #expect(sheet.name == "Catalogue")
        // The empty third data row (sheet row 4) has no <row> element.
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 5])
        #expect(sheet.rows[0].cells == ["Référence", "Désignation", "Prix", "Date", "Actif", "CP"])
        // 89.90 is written 89.9 (Decimal's description), read back 89.9; 2024-01-01 is serial
        // 45292 under the writer's dd/mm/yyyy style, read back as an ISO date.
        #expect(sheet.rows[1].cells == ["FUT-PIL-30", "Fût pils 30 L & co", "89.9", "2024-01-01", "VRAI", "01000"])
        // Spaces kept (xml:space="preserve"), CR written &#13; kept, the literal _x0041_ protected
        // by the writer as _x005F_x0041_ and decoded back; the empty date cell is a gap.
        #expect(sheet.rows[2].cells == ["SIR-GRE-70", "  Sirop\r\ngrenadine _x0041_ ", "42", "", "FAUX", "13002"])
        #expect(sheet.rows[3].cells == ["83031162700012", "", "-0.125"])
    }

    @Test("Bytes that are not a ZIP archive are refused as such")
    func notAZip() {
        #expect(throws: XLSXReaderError.notAnArchive) {
            try XLSXReader.read(Data("Référence;Désignation\r\nA;B\r\n".utf8))
        }
        #expect(!XLSXReader.looksLikeZip(Data("PK".utf8)))
        #expect(XLSXReader.looksLikeZip(Data([0x50, 0x4B, 0x03, 0x04, 0x14])))
    }

    @Test("A ZIP archive without a workbook names the missing part")
    func missingWorkbook() throws {
        var builder = XLSXPackageBuilder()
        builder.add("word/document.xml", "<document/>")
        #expect(throws: XLSXReaderError.missingPart("xl/workbook.xml")) {
            try XLSXReader.read(try builder.data())
        }
    }

    @Test("A workbook without sheets is refused")
    func noSheet() throws {
        var builder = XLSXPackageBuilder()
        builder.add("_rels/.rels", XLSXPackageBuilder.rootRelationships)
        builder.add("xl/workbook.xml", #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#)
        #expect(throws: XLSXReaderError.noSheet) {
            try XLSXReader.read(try builder.data())
        }
        let message = XLSXReaderError.missingPart("xl/worksheets/sheet1.xml").errorDescription ?? ""
        #expect(message.contains("« xl/worksheets/sheet1.xml »"))
    }
}
