import Foundation
import Testing
@testable import TerrainExport

/// A workbook written by hand, part by part, as Excel lays it out (shared strings, rich text,
/// a custom date style, built-in styles, gaps), with every expected value worked out by hand.
@Suite("XLSX reader on a hand-written workbook")
struct XLSXReaderHandWrittenTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A package with the given workbook properties and sheet data; shared strings at a
    /// non-standard path (found through the relationship), styles at the standard one.
    static func workbook(workbookPr: String = "<workbookPr/>", sheetData: String) throws -> Data {
        var builder = XLSXPackageBuilder()
        builder.add("_rels/.rels", XLSXPackageBuilder.rootRelationships)
        builder.add("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipType)">\#(workbookPr)<sheets>"#
            + #"<sheet name="Historique" sheetId="1" r:id="rId7"/><sheet name="Autre" sheetId="2" r:id="rId8"/></sheets></workbook>"#)
        builder.add("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId8" Type="\#(relationshipType)/worksheet" Target="worksheets/sheet2.xml"/>"#
            + #"<Relationship Id="rId7" Type="\#(relationshipType)/worksheet" Target="worksheets/feuille.xml"/>"#
            + #"<Relationship Id="rId2" Type="\#(relationshipType)/sharedStrings" Target="/xl/chaines.xml"/>"#
            + #"<Relationship Id="rId3" Type="\#(relationshipType)/styles" Target="styles.xml"/></Relationships>"#)
        builder.add("xl/chaines.xml", #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(main)" count="4" uniqueCount="4">"#
            + "<si><t>N° commande</t></si>"
            + #"<si><r><rPr><b/></rPr><t>Réf</t></r><r><t xml:space="preserve">érence article</t></r><rPh sb="0" eb="1"><t>レ</t></rPh></si>"#
            + "<si><t>Dupont &amp; Fils</t></si>"
            + "<si><t>Ligne 1_x000D__x000A_Ligne 2</t></si></sst>")
        // cellXfs: 0 General, 1 custom dd/mm/yyyy (164), 2 built-in 14 (with a child element),
        // 3 built-in 10 (0.00%), 4 custom 00000 (165). The cellStyleXfs entry is not a cell style.
        builder.add("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(main)">"#
            + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="00000"/></numFmts>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
            + #"<cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>"#
            + #"<xf numFmtId="14" xfId="0"><alignment horizontal="left"/></xf><xf numFmtId="10"/><xf numFmtId="165"/></cellXfs></styleSheet>"#)
        builder.add("xl/worksheets/feuille.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="\#(main)"><dimension ref="A1:K4"/><sheetData>\#(sheetData)</sheetData></worksheet>"#)
        return try builder.data()
    }

    @Test("Shared, rich and inline strings, dates, numbers, gaps: every cell as worked out by hand")
    func cells() throws {
        let data = try Self.workbook(sheetData:
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="s"><v>1</v></c>"#
            + #"<c r="D1" t="inlineStr"><is><r><t xml:space="preserve">Prix </t></r><r><rPr><i/></rPr><t>HT</t></r></is></c></row>"#
            + #"<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>45292</v></c><c r="D3"><v>12.500000000000002</v></c>"#
            + #"<c r="E3" t="b"><v>1</v></c><c r="F3"><v>83031162700012</v></c><c r="G3" s="3"><v>5.5E-2</v></c>"#
            + #"<c r="H3" s="4"><v>1000</v></c><c r="I3" t="e"><v>#N/A</v></c>"#
            + #"<c r="J3" t="str"><f>UPPER(A3)</f><v>DUPONT &amp; FILS</v></c><c r="K3" s="2"><v>45351</v></c></row>"#
            + #"<row r="4"><c r="A4" t="s"><v>3</v></c><c s="2"><v>59</v></c><c s="2"><v>60</v></c><c s="2"><v>61</v></c><c><v>42</v></c></row>"#)
        let sheet = try XLSXReader.read(data)
        #expect(sheet.name == "Historique")
        // Row 2 has no <row> element: it is an empty row, not listed.
        #expect(sheet.rows.map(\.number) == [1, 3, 4])
        // "Réf" + "érence article" (the phonetic run レ is left out); "Prix " + "HT".
        #expect(sheet.rows[0].cells == ["N° commande", "Date", "Référence article", "Prix HT"])
        #expect(sheet.rows[1].cells == [
            "Dupont & Fils",
            // 45292 − 25569 (days from 1899-12-30 to 1970-01-01) = 19723 days after 1970-01-01;
            // 1970…2023 is 54 years with 13 leap years: 54 × 365 + 13 = 19723, so 2024-01-01.
            "2024-01-01",
            "",                  // C3: no cell between B3 and D3
            "12.5",              // 12.500000000000002 to 15 significant digits: 12.5000000000000
            "VRAI",
            "83031162700012",    // 14 digits: within Excel's 15, kept whole
            "5.5 %",             // 0.055 × 100 under the 0.00% style
            "01000",             // 1000 padded to the 5 zeros of the 00000 style
            "#N/A",
            "DUPONT & FILS",     // the formula's cached text, not the formula
            // 45351 = 45292 + 59: 2024-01-01 + 31 days = 02-01, + 28 more = 02-29 (2024 is leap).
            "2024-02-29",
        ])
        #expect(sheet.rows[2].cells == [
            "Ligne 1\r\nLigne 2",   // _x000D__x000A_ decoded to CR LF
            "1900-02-28",           // serial 59: 1899-12-31 + 59 days (31 in January, 28 in February)
            "1900-02-29",           // serial 60: Excel's phantom leap day, kept as Excel shows it
            "1900-03-01",           // serial 61: 1899-12-30 + 61 days
            "42",                   // cells without a reference follow the previous one: E4
        ])
    }

    @Test("The 1904 date system counts from 1904-01-01")
    func date1904() throws {
        let data = try Self.workbook(workbookPr: #"<workbookPr date1904="1"/>"#, sheetData:
            #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43830</v></c><c r="C1" s="1"><v>-1</v></c></row>"#)
        let sheet = try XLSXReader.read(data)
        // Serial 0 is 1904-01-01; 43830 − 24107 (days from 1904-01-01 to 1970-01-01:
        // 66 × 365 + 17 leap days) = 19723 days after 1970-01-01 = 2024-01-01, as 45292 in the
        // 1900 system (the two systems are 1462 days apart). A negative serial is no date.
        #expect(sheet.rows[0].cells == ["1904-01-01", "2024-01-01", "-1"])
    }

    @Test("A shared string index beyond the table names the cell and the part")
    func badSharedIndex() throws {
        let data = try Self.workbook(sheetData: #"<row r="2"><c r="B2" t="s"><v>57</v></c></row>"#)
        #expect {
            try XLSXReader.read(data)
        } throws: { error in
            guard case .corruptXML(let part, let detail) = error as? XLSXReaderError else { return false }
            return part == "xl/worksheets/feuille.xml" && detail.contains("B2") && detail.contains("57")
        }
    }

    @Test("Malformed sheet XML is reported with the part's name")
    func malformedSheet() throws {
        let data = try Self.workbook(sheetData: #"<row r="1"><c r="A1"><v>1</v></row>"#)
        do {
            _ = try XLSXReader.read(data)
            Issue.record("a malformed sheet was read")
        } catch {
            guard case .corruptXML(let part, let detail) = error else { Issue.record("\(error)"); return }
            #expect(part == "xl/worksheets/feuille.xml")
            #expect(detail.contains("</row>") && detail.contains("</c>"))
            #expect(error.errorDescription?.contains("« xl/worksheets/feuille.xml »") == true)
        }
    }
}
