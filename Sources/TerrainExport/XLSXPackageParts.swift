/// The fixed and per-workbook parts of a minimal SpreadsheetML package (ECMA-376 Part 1,
/// §12.2 and §18.2; Part 2, Open Packaging Conventions, for content types and relationships).
enum XLSXPackageParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The path of worksheet `index` (1-based) inside the package.
    static func worksheetPath(_ index: Int) -> String {
        "xl/worksheets/sheet\(index).xml"
    }

    /// `[Content_Types].xml`: the media type of every part.
    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in stride(from: 1, through: sheetCount, by: 1) {
            xml += #"<Override PartName="/\#(worksheetPath(index))" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        xml += "</Types>"
        return xml
    }

    /// `_rels/.rels`: the package's relationship to its main part, the workbook.
    static let rootRelationships = declaration
        + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipsNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// `xl/_rels/workbook.xml.rels`: worksheets `rId1`…`rIdN`, then styles `rId(N+1)`.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
        for index in stride(from: 1, through: sheetCount, by: 1) {
            xml += #"<Relationship Id="rId\#(index)" Type="\#(relationshipsNamespace)/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipsNamespace)/styles" Target="styles.xml"/>"#
        xml += "</Relationships>"
        return xml
    }

    /// `xl/workbook.xml`: the sheets in order, and for each sheet with a header row the hidden
    /// `_xlnm._FilterDatabase` name that Excel keeps beside an auto-filter (§18.2.5, §18.2.6).
    static func workbook(_ sheets: [XLSXWorksheet]) -> String {
        var xml = declaration
        xml += #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipsNamespace)">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (offset, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(XMLText.escaped(sheet.name))" sheetId="\#(offset + 1)" r:id="rId\#(offset + 1)"/>"#
        }
        xml += "</sheets>"
        let filters = sheets.enumerated().compactMap { offset, sheet in
            sheet.absoluteFilterRange.map { (offset, quotedSheetName(sheet.name) + "!" + $0) }
        }
        if !filters.isEmpty {
            xml += "<definedNames>"
            for (offset, range) in filters {
                xml += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(offset)" hidden="1">"#
                xml += XMLText.escaped(range) + "</definedName>"
            }
            xml += "</definedNames>"
        }
        xml += "</workbook>"
        return xml
    }

    /// A sheet name as written in a formula: in single quotes, inner apostrophes doubled.
    static func quotedSheetName(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `xl/styles.xml`. `cellXfs` index 0 is the default, 1 the bold header
    /// (``XLSXWorksheet/headerStyle``), 2 dates shown `dd/mm/yyyy` (custom number format 164,
    /// the first id free for custom formats; built-in 14 would follow the reader's locale).
    static let styles = declaration
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
        + #"<fonts count="2">"#
        + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + "</fonts>"
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3">"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + "</cellXfs>"
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
