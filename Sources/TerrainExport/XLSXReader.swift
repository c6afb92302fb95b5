import Foundation
import ZIPFoundation

/// One row of a worksheet as text.
public struct XLSXRow: Hashable, Sendable {
    /// The row's 1-based number in the sheet (what Excel shows at the left).
    public let number: Int
    /// The cells from column A to the row's last cell; a column without a cell reads `""`.
    public let cells: [String]

    /// A row from its parts.
    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}

/// The first worksheet of a workbook, as text.
public struct XLSXSheet: Hashable, Sendable {
    /// The sheet's name, as its tab shows it.
    public let name: String
    /// Its rows that have a `<row>` element, in order; rows absent from the part (empty rows)
    /// are not listed, so `rows[i].number` may jump.
    public let rows: [XLSXRow]
}

/// Reads the first worksheet of an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML:
/// ECMA-376 5th edition, Part 1 and Part 2) into rows of text, the shape a CSV import reads.
///
/// Steps: the ZIP archive is opened in memory (ZIPFoundation); `_rels/.rels` gives the workbook
/// part (`xl/workbook.xml` by default); its first `<sheet>` and the workbook's relationships
/// (`xl/_rels/workbook.xml.rels`) give the worksheet part; the shared strings and styles parts
/// are found the same way (by relationship type, else at their usual paths). `workbookPr@date1904`
/// selects the date system. Cell texts follow ``XLSXCellText``: strings as written, numbers
/// without float noise, dates as `YYYY-MM-DD`.
///
/// A hand-written XML scanner (``XMLPullReader``) reads the parts. Measured on a 50,000 × 8 sheet
/// written by ``XLSXWriter`` (2.2 MB file, 20.8 MB of sheet XML; text, decimals, integers, dates,
/// booleans): 0.5 s of CPU time for the whole read in a release build (1.4 s wall time on a
/// shared, loaded 2-core machine); Foundation's `XMLParser` took 0.56 s of CPU for the bare
/// parse events of the same XML and then failed on its size. Memory: the archive, the largest
/// decompressed part and the rows.
public enum XLSXReader {
    /// The largest decompressed part read: 512 MiB (a sheet of a million rows of ten short
    /// cells is about 400 MB).
    public static let maxPartSize: Int64 = 512 * 1_048_576

    /// The four bytes every ZIP archive (so every `.xlsx`) starts with: `PK\u{3}\u{4}`, the local
    /// file header signature 0x04034B50 (PKWARE APPNOTE.TXT §4.3.7).
    public static let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// Whether the bytes start with the ZIP signature: an `.xlsx` (or another ZIP file) whatever
    /// the file's name.
    public static func looksLikeZip(_ data: Data) -> Bool {
        data.starts(with: signature)
    }

    /// Reads the first worksheet.
    /// - Parameter data: the `.xlsx` file's bytes.
    /// - Returns: the sheet's name and its rows of text.
    /// - Throws: ``XLSXReaderError``: `notAnArchive`, `missingPart`, `noSheet`, `unreadablePart`,
    ///   `partTooLarge`, `corruptXML` (each naming the part at fault).
    public static func read(_ data: Data) throws(XLSXReaderError) -> XLSXSheet {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAnArchive
        }
        let package = Package(archive: archive)
        let workbookPath = try package.target(ofType: "/officeDocument", from: "") ?? "xl/workbook.xml"
        guard let workbookXML = try package.part(workbookPath) else { throw .missingPart(workbookPath) }
        let workbook = try parse(workbookPath) { () throws(XMLPullReader.Failure) in try WorkbookInfo(xml: workbookXML) }
        guard let sheetID = workbook.firstSheetRelationship else { throw .noSheet }
        let relationships = try package.relationships(of: workbookPath)
        guard let sheetPath = relationships.first(where: { $0.id == sheetID })?.target else {
            throw .missingPart(Package.relationshipsPath(of: workbookPath))
        }
        guard let sheetXML = try package.part(sheetPath) else { throw .missingPart(sheetPath) }
        let stringsPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? Package.resolve("sharedStrings.xml", from: workbookPath)
        let stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target
            ?? Package.resolve("styles.xml", from: workbookPath)
        var sharedStrings: [String] = []
        if let xml = try package.part(stringsPath) {
            sharedStrings = try parse(stringsPath) { () throws(XMLPullReader.Failure) in try XLSXSharedStrings.read(xml) }
        }
        var styles = XLSXStyles()
        if let xml = try package.part(stylesPath) {
            styles = try parse(stylesPath) { () throws(XMLPullReader.Failure) in try XLSXStyles(xml: xml) }
        }
        let rows = try XLSXSheetXML.rows(sheetXML, part: sheetPath, sharedStrings: sharedStrings, styles: styles,
                                         date1904: workbook.date1904)
        return XLSXSheet(name: workbook.firstSheetName, rows: rows)
    }

    /// Runs a part's parser, turning its XML failure into ``XLSXReaderError/corruptXML(part:detail:)``.
    static func parse<T>(_ part: String, _ body: () throws(XMLPullReader.Failure) -> T) throws(XLSXReaderError) -> T {
        do {
            return try body()
        } catch {
            throw .corruptXML(part: part, detail: "XML mal formé à l'octet \(error.offset) : \(error.reason)")
        }
    }
}

/// What the reader needs of `xl/workbook.xml` (§18.2.27 `workbook`).
struct WorkbookInfo {
    /// `workbookPr@date1904`: the 1904 date system.
    var date1904 = false
    /// The relationship id (`r:id`) of the first `<sheet>`, if any.
    var firstSheetRelationship: String?
    /// The first sheet's name.
    var firstSheetName = ""

    init(xml: [UInt8]) throws(XMLPullReader.Failure) {
        var reader = XMLPullReader(xml)
        while let event = try reader.next() {
            switch event {
            case .start("workbookPr"):
                let value = reader.attribute("date1904")?.trimmingSpaces.lowercased()
                date1904 = value == "1" || value == "true"
            case .start("sheet") where firstSheetRelationship == nil:
                firstSheetRelationship = reader.attribute("id")
                firstSheetName = reader.attribute("name") ?? ""
            default:
                break
            }
        }
    }
}
