import Foundation

/// One worksheet part (`xl/worksheets/sheetN.xml`, ECMA-376 Part 1, §18.3 `CT_Worksheet`)
/// built from an ``ExportTable``.
///
/// The header row (when there are headers) is bold, frozen (a pane split below row 1) and
/// carries an auto-filter over the used range. Text is written as inline strings, numbers with
/// `.` as decimal point, dates as serial day numbers styled `dd/mm/yyyy`, booleans as `t="b"`;
/// ``ExportCell/empty`` cells and NaN decimals are omitted, and so are rows without any cell.
struct XLSXWorksheet {
    /// Index in `cellXfs` of the bold header style (see ``XLSXPackageParts/styles``).
    static let headerStyle = 1
    /// Index in `cellXfs` of the `dd/mm/yyyy` date style.
    static let dateStyle = 2
    /// Rows sampled to size columns: enough for a good estimate, bounded for big exports.
    static let widthSampleRows = 1_000

    let table: ExportTable
    /// The sanitised sheet name.
    let name: String
    /// Columns used: the longest of the header row and the data rows.
    let columnCount: Int
    /// Rows used, the header row included.
    let rowCount: Int
    /// Whether this is the workbook's first (active) sheet, the only one marked selected.
    let isActive: Bool

    /// - Throws: ``XLSXWriterError/tooManyRows(sheetName:rows:)`` or
    ///   ``XLSXWriterError/tooManyColumns(sheetName:columns:)`` past Excel's grid.
    init(table: ExportTable, name: String, isActive: Bool) throws {
        self.table = table
        self.name = name
        self.isActive = isActive
        self.columnCount = table.rows.reduce(table.headers.count) { max($0, $1.count) }
        self.rowCount = table.rows.count + (table.headers.isEmpty ? 0 : 1)
        guard rowCount <= ExcelCellReference.maxRow else {
            throw XLSXWriterError.tooManyRows(sheetName: name, rows: rowCount)
        }
        guard columnCount <= ExcelCellReference.maxColumn else {
            throw XLSXWriterError.tooManyColumns(sheetName: name, columns: columnCount)
        }
    }

    /// The used range, such as `A1:C3`; `A1` for an empty sheet.
    var usedRange: String {
        guard rowCount > 0, columnCount > 0 else { return "A1" }
        return "A1:" + ExcelCellReference.reference(row: rowCount, column: columnCount)
    }

    /// The auto-filter range in absolute form for the workbook's `_xlnm._FilterDatabase`
    /// defined name (`$A$1:$C$3`), or `nil` when the sheet has no header row.
    var absoluteFilterRange: String? {
        guard !table.headers.isEmpty else { return nil }
        let last = ExcelCellReference.columnLetters(columnCount)
        return "$A$1:$\(last)$\(rowCount)"
    }

    /// The worksheet XML, UTF-8.
    /// - Throws: ``XLSXWriterError/invalidDate(sheetName:cell:)`` for a date that does not
    ///   exist or lies outside 1900-01-01…9999-12-31.
    func xml() throws -> Data {
        var xml = ""
        xml.reserveCapacity(256 + table.rows.count * max(1, columnCount) * 40)
        xml += #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
        xml += #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<dimension ref="\#(usedRange)"/>"#
        let selected = isActive ? #" tabSelected="1""# : ""
        if table.headers.isEmpty {
            xml += #"<sheetViews><sheetView\#(selected) workbookViewId="0"/></sheetViews>"#
        } else {
            xml += #"<sheetViews><sheetView\#(selected) workbookViewId="0">"#
            xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        }
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if columnCount > 0 {
            xml += "<cols>"
            for (offset, width) in columnWidths().enumerated() {
                xml += #"<col min="\#(offset + 1)" max="\#(offset + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        var rowNumber = 0
        if !table.headers.isEmpty {
            rowNumber = 1
            xml += #"<row r="1">"#
            for (offset, header) in table.headers.enumerated() {
                appendText(header, row: 1, column: offset + 1, style: Self.headerStyle, to: &xml)
            }
            xml += "</row>"
        }
        for row in table.rows {
            rowNumber += 1
            try appendRow(row, number: rowNumber, to: &xml)
        }
        xml += "</sheetData>"
        if !table.headers.isEmpty {
            xml += #"<autoFilter ref="\#(usedRange)"/>"#
        }
        xml += "</worksheet>"
        return Data(xml.utf8)
    }

    private func appendRow(_ row: [ExportCell], number: Int, to xml: inout String) throws {
        guard row.contains(where: { !Self.isOmitted($0) }) else { return }
        xml += #"<row r="\#(number)">"#
        for (offset, cell) in row.enumerated() {
            let reference = ExcelCellReference.reference(row: number, column: offset + 1)
            switch cell {
            case .text(let text):
                appendText(text, row: number, column: offset + 1, style: nil, to: &xml)
            case .decimal(let value):
                if !value.isNaN { xml += #"<c r="\#(reference)"><v>\#(value.description)</v></c>"# }
            case .integer(let value):
                xml += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
            case let .date(year, month, day):
                guard let serial = ExcelDateSerial.serial(year: year, month: month, day: day) else {
                    throw XLSXWriterError.invalidDate(sheetName: name, cell: reference)
                }
                xml += #"<c r="\#(reference)" s="\#(Self.dateStyle)"><v>\#(serial)</v></c>"#
            case .bool(let value):
                xml += #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
            case .empty:
                break
            }
        }
        xml += "</row>"
    }

    private func appendText(_ text: String, row: Int, column: Int, style: Int?, to xml: inout String) {
        let reference = ExcelCellReference.reference(row: row, column: column)
        let styleAttribute = style.map { #" s="\#($0)""# } ?? ""
        let space = XMLText.needsSpacePreserve(text) ? #" xml:space="preserve""# : ""
        xml += #"<c r="\#(reference)"\#(styleAttribute) t="inlineStr"><is><t\#(space)>"#
        xml += XMLText.escapedCellText(text)
        xml += "</t></is></c>"
    }

    private static func isOmitted(_ cell: ExportCell) -> Bool {
        switch cell {
        case .empty: return true
        case .decimal(let value): return value.isNaN
        default: return false
        }
    }

    /// Column widths in Excel's character units: the longest value among the header and the
    /// first ``widthSampleRows`` rows, plus 2 of padding (plus 3 for the header's filter
    /// button), kept within 8…60.
    func columnWidths() -> [Int] {
        var longest = [Int](repeating: 0, count: columnCount)
        for (offset, header) in table.headers.enumerated() {
            longest[offset] = Self.displayLength(of: header) + 3
        }
        for row in table.rows.prefix(Self.widthSampleRows) {
            for (offset, cell) in row.enumerated() {
                longest[offset] = max(longest[offset], Self.displayLength(of: cell))
            }
        }
        return longest.map { min(max($0 + 2, 8), 60) }
    }

    private static func displayLength(of cell: ExportCell) -> Int {
        switch cell {
        case .text(let text): return displayLength(of: text)
        case .decimal(let value): return value.isNaN ? 0 : value.description.count
        case .integer(let value): return String(value).count
        case .date: return 10
        case .bool: return 5
        case .empty: return 0
        }
    }

    /// Characters in the longest line of a text.
    private static func displayLength(of text: String) -> Int {
        guard text.contains(where: \.isNewline) else { return text.count }
        return text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
    }
}
