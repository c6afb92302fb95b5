import Foundation
import Testing
@testable import TerrainExport

@Suite("XLSX writer")
struct XLSXWriterTests {
    private let requiredParts = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml",
    ]

    /// Three columns, a header row and two data rows covering every kind of cell.
    private let clients = ExportTable(
        sheetName: "Clients",
        headers: ["Client", "Montant", "Date"],
        rows: [
            [.text("Boulangerie Dupont & Fils"), .decimal(Decimal(string: "1234.56")!), .date(year: 2026, month: 1, day: 31)],
            [.text("01000"), .integer(42), .bool(true)],
        ]
    )

    @Test func packageHoldsEveryRequiredPartAndEachParses() throws {
        let package = try UnzippedPackage(XLSXWriter.encode([clients]))
        #expect(package.paths == requiredParts)
        for path in requiredParts {
            let text = try #require(try package.text(path))
            #expect(isWellFormedXML(text), "\(path) is not well-formed XML")
        }
    }

    @Test func sheetXMLIsExact() throws {
        let package = try UnzippedPackage(XLSXWriter.encode([clients]))
        // Widths: column A: "Boulangerie Dupont & Fils" is 25 characters (+2) = 27;
        // column B: header "Montant" 7 + 3 for the filter button (+2) = 12;
        // column C: a date counts 10 (+2) = 12. Date serial of 2026-01-31: 46053.
        let expected = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<dimension ref="A1:C3"/>"#
            + #"<sheetViews><sheetView tabSelected="1" workbookViewId="0">"#
            + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
            + #"<sheetFormatPr defaultRowHeight="15"/>"#
            + #"<cols><col min="1" max="1" width="27" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="3" width="12" customWidth="1"/></cols>"#
            + "<sheetData>"
            + #"<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Client</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Montant</t></is></c><c r="C1" s="1" t="inlineStr"><is><t>Date</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Boulangerie Dupont &amp; Fils</t></is></c><c r="B2"><v>1234.56</v></c><c r="C2" s="2"><v>46053</v></c></row>"#
            + #"<row r="3"><c r="A3" t="inlineStr"><is><t>01000</t></is></c><c r="B3"><v>42</v></c><c r="C3" t="b"><v>1</v></c></row>"#
            + "</sheetData>"
            + #"<autoFilter ref="A1:C3"/>"#
            + "</worksheet>"
        #expect(try package.text("xl/worksheets/sheet1.xml") == expected)
    }

    @Test func workbookListsSanitisedUniqueSheetNamesAndFilterRanges() throws {
        let tables = [
            ExportTable(sheetName: "Ventes 01/2026 [T1]", headers: ["A"], rows: [[.integer(1)]]),
            ExportTable(sheetName: "ventes 01_2026 _T1_", headers: [], rows: [[.integer(1)]]),
            ExportTable(sheetName: "L'équipe", headers: ["A", "B"]),
        ]
        let package = try UnzippedPackage(XLSXWriter.encode(tables))
        let expected = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
            + #"<sheet name="Ventes 01_2026 _T1_" sheetId="1" r:id="rId1"/>"#
            + #"<sheet name="ventes 01_2026 _T1_ (2)" sheetId="2" r:id="rId2"/>"#
            + #"<sheet name="L'équipe" sheetId="3" r:id="rId3"/>"#
            + "</sheets><definedNames>"
            + #"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Ventes 01_2026 _T1_'!$A$1:$A$2</definedName>"#
            + #"<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'L''équipe'!$A$1:$B$1</definedName>"#
            + "</definedNames></workbook>"
        #expect(try package.text("xl/workbook.xml") == expected)
        #expect(package.paths.contains("xl/worksheets/sheet3.xml"))
        let relationships = try #require(try package.text("xl/_rels/workbook.xml.rels"))
        #expect(relationships.contains(#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#))
        let contentTypes = try #require(try package.text("[Content_Types].xml"))
        #expect(contentTypes.contains(#"<Override PartName="/xl/worksheets/sheet3.xml" "#))
        // Only the first sheet is selected; a sheet without headers has no pane nor filter.
        let second = try #require(try package.text("xl/worksheets/sheet2.xml"))
        #expect(second.contains(#"<sheetViews><sheetView workbookViewId="0"/></sheetViews>"#))
        #expect(!second.contains("autoFilter") && !second.contains("tabSelected"))
    }

    @Test func textIsEscapedAndForbiddenCharactersDropped() throws {
        let table = ExportTable(sheetName: "T", headers: [], rows: [
            [.text("a < b > c & \"d\"\u{1}\u{B}\r\n_x0041_ ")],
        ])
        let sheet = try #require(try UnzippedPackage(XLSXWriter.encode([table])).text("xl/worksheets/sheet1.xml"))
        #expect(sheet.contains(#"<t xml:space="preserve">a &lt; b &gt; c &amp; &quot;d&quot;&#13;"# + "\n" + "_x005F_x0041_ </t>"))
        #expect(isWellFormedXML(sheet))
    }

    @Test func omitsEmptyCellsAndEmptyRows() throws {
        let table = ExportTable(sheetName: "T", headers: [], rows: [
            [.empty, .integer(7), .decimal(.nan)],
            [.empty, .empty],
            [.text("x")],
        ])
        let sheet = try #require(try UnzippedPackage(XLSXWriter.encode([table])).text("xl/worksheets/sheet1.xml"))
        #expect(sheet.contains(#"<sheetData><row r="1"><c r="B1"><v>7</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#))
        #expect(sheet.contains(#"<dimension ref="A1:C3"/>"#))
    }

    @Test func errors() {
        #expect(throws: XLSXWriterError.noSheets) { try XLSXWriter.encode([]) }
        let badDate = ExportTable(sheetName: "Visites", headers: ["Jour"], rows: [[.date(year: 2026, month: 2, day: 30)]])
        #expect(throws: XLSXWriterError.invalidDate(sheetName: "Visites", cell: "A2")) { try XLSXWriter.encode([badDate]) }
        let wide = ExportTable(sheetName: "Large", headers: Array(repeating: "c", count: 16_385))
        #expect(throws: XLSXWriterError.tooManyColumns(sheetName: "Large", columns: 16_385)) { try XLSXWriter.encode([wide]) }
        #expect(XLSXWriterError.noSheets.errorDescription == "Le classeur doit contenir au moins une feuille.")
    }

    @Test func outputIsDeterministicAndWritesToAFile() throws {
        let first = try XLSXWriter.encode([clients])
        #expect(try XLSXWriter.encode([clients]) == first)
        #expect(Array(first.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]) // "PK\u{3}\u{4}": a ZIP local header
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("terrain-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXWriter.write([clients], to: url)
        #expect(try Data(contentsOf: url) == first)
    }
}
