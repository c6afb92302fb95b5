import Foundation
import TerrainCore
import TerrainExport

/// Opens a file given to an import (web upload or `terrain import`), CSV or Excel, into the
/// `CSVTable` every import parser reads.
///
/// The format is decided by the bytes, never by the name: a file starting with the ZIP
/// signature `PK\u{3}\u{4}` is read as an `.xlsx` workbook (its first sheet, `XLSXReader`), each
/// row reported under its number in the sheet; any other file as CSV (`CSVTable(data:)`).
enum ImportFile {
    /// The OLE2 compound file signature (`D0 CF 11 E0 A1 B1 1A E1`) of the old `.xls` format and
    /// of password-protected workbooks ([MS-CFB] §2.2).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The file's rows.
    /// - Throws: `ImportFileError` with a French message.
    static func table(_ data: Data) throws(ImportFileError) -> CSVTable {
        if XLSXReader.looksLikeZip(data) {
            let sheet: XLSXSheet
            do {
                sheet = try XLSXReader.read(data)
            } catch {
                throw .spreadsheet(error)
            }
            do {
                return try CSVTable(records: sheet.rows.map { CSVRecord(fields: $0.cells, line: $0.number) }, sheetName: sheet.name)
            } catch {
                throw .text(error)
            }
        }
        if data.starts(with: compoundFileSignature) { throw .legacyExcel }
        do {
            return try CSVTable(data: data)
        } catch {
            throw .text(error)
        }
    }
}

/// Why an import file cannot be read at all (as opposed to a row being invalid).
enum ImportFileError: Error, Sendable {
    /// A CSV problem, or a workbook whose first sheet is empty.
    case text(CSVImportError)
    /// A workbook that cannot be read.
    case spreadsheet(XLSXReaderError)
    /// An `.xls` file (Excel 97–2003) or a password-protected workbook.
    case legacyExcel

    /// What went wrong and what to do, in French.
    var message: String {
        switch self {
        case .text(let error): return error.message
        case .spreadsheet(let error): return error.errorDescription ?? String(describing: error)
        case .legacyExcel:
            return "Ce fichier est au format Excel 97-2003 (.xls) ou protégé par un mot de passe : ouvrez-le dans Excel, retirez le mot de passe s'il y en a un et enregistrez-le au format « Classeur Excel (.xlsx) » ou « CSV UTF-8 »."
        }
    }
}
