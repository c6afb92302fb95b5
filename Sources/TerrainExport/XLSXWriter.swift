import Foundation
import ZIPFoundation

/// Writes ``ExportTable``s as an Excel workbook (`.xlsx`): a minimal, valid Office Open XML
/// SpreadsheetML package (ECMA-376, 5th edition, Part 1 "Fundamentals and Markup Language
/// Reference" and Part 2 "Open Packaging Conventions").
///
/// The package is a ZIP archive (deflate, built in memory with ZIPFoundation) holding
/// `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/styles.xml` and one `xl/worksheets/sheetN.xml` per table, in order.
///
/// Each table becomes one worksheet:
/// - the header row bold, frozen below row 1, with an auto-filter over the used range;
/// - column widths estimated from the header and the first 1,000 rows (8 to 60 characters);
/// - text as inline strings, XML-escaped; characters XML 1.0 forbids (C0 controls other
///   than tab, LF, CR) are dropped. No formula is ever written, so text needs no injection
///   guard and keeps its leading zeros (`01000`, SIRET);
/// - decimals and integers as numbers, `.` as decimal point (SpreadsheetML stores numbers
///   invariantly; Excel shows them in the reader's locale). Excel holds numbers as IEEE
///   doubles: beyond 15 significant digits a decimal loses precision, so keep long
///   identifiers as text;
/// - dates as serial day numbers of the 1900 date system (see ``ExcelDateSerial``), shown
///   `dd/mm/yyyy`;
/// - booleans as `t="b"` cells (Excel shows VRAI/FAUX in French);
/// - sheet names sanitised: at most 31 characters, `[ ] : * ? / \` replaced by `_`, unique
///   ignoring case, `FeuilN` when empty.
///
/// A sheet is built whole in memory before it is compressed; budget about 50 bytes per cell.
/// Output is deterministic: identical tables give identical bytes.
public enum XLSXWriter: Sendable {
    /// The timestamp stored on every ZIP entry, fixed so that output is reproducible:
    /// 2000-01-01T00:00:00Z.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    /// Encodes tables as the bytes of an `.xlsx` file, one worksheet per table in order.
    /// - Parameter tables: The sheets; at least one.
    /// - Returns: The ZIP package.
    /// - Throws: ``XLSXWriterError``: `noSheets` for an empty list, `tooManyRows` or
    ///   `tooManyColumns` past Excel's grid, `invalidDate` for a date the 1900 date system cannot
    ///   hold, `archiveFailed` if the ZIP container cannot be built.
    public static func encode(_ tables: [ExportTable]) throws -> Data {
        guard !tables.isEmpty else { throw XLSXWriterError.noSheets }
        let names = XLSXSheetNames.sanitized(tables.map(\.sheetName))
        let sheets = try zip(tables, names).enumerated().map { offset, pair in
            try XLSXWorksheet(table: pair.0, name: pair.1, isActive: offset == 0)
        }
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data(XLSXPackageParts.contentTypes(sheetCount: sheets.count).utf8)),
            ("_rels/.rels", Data(XLSXPackageParts.rootRelationships.utf8)),
            ("xl/workbook.xml", Data(XLSXPackageParts.workbook(sheets).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXPackageParts.workbookRelationships(sheetCount: sheets.count).utf8)),
            ("xl/styles.xml", Data(XLSXPackageParts.styles.utf8)),
        ]
        for (offset, sheet) in sheets.enumerated() {
            parts.append((XLSXPackageParts.worksheetPath(offset + 1), try sheet.xml()))
        }
        return try zipped(parts)
    }

    /// Encodes tables and writes the `.xlsx` file atomically, replacing any file at `url`.
    /// - Parameters:
    ///   - tables: The sheets; at least one.
    ///   - url: A file URL, usually ending in `.xlsx`.
    /// - Throws: ``XLSXWriterError`` as ``encode(_:)`` does, or the file system's error when
    ///   the file cannot be written.
    public static func write(_ tables: [ExportTable], to url: URL) throws {
        try encode(tables).write(to: url, options: .atomic)
    }

    private static func zipped(_ parts: [(path: String, data: Data)]) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let data = part.data
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: entryDate, compressionMethod: .deflate
                ) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let data = archive.data else {
                throw XLSXWriterError.archiveFailed("the in-memory archive returned no data")
            }
            return data
        } catch let error as XLSXWriterError {
            throw error
        } catch {
            throw XLSXWriterError.archiveFailed(String(describing: error))
        }
    }
}
