import Foundation

/// Why ``XLSXReader`` could not read a workbook.
///
/// `errorDescription` is a French message for the user that names the part of the package at
/// fault (`xl/workbook.xml`, `xl/worksheets/sheet1.xml`…) and says what to do.
public enum XLSXReaderError: Error, Equatable, Sendable, LocalizedError {
    /// The bytes are not a ZIP archive (an `.xlsx` is one: ECMA-376 Part 2, Open Packaging
    /// Conventions), or its central directory cannot be read.
    case notAnArchive
    /// A part the workbook needs is absent from the archive (`xl/workbook.xml`, the sheet a
    /// relationship points to, a relationships part).
    case missingPart(String)
    /// The workbook lists no worksheet.
    case noSheet
    /// A part cannot be decompressed (damaged archive, wrong checksum).
    case unreadablePart(String)
    /// A part is larger, decompressed, than ``XLSXReader/maxPartSize`` (a ZIP bomb, or a sheet
    /// far beyond what an import takes).
    case partTooLarge(String, bytes: Int64)
    /// A part is not well-formed XML, or holds what SpreadsheetML forbids (a cell reference past
    /// column XFD, a shared string index beyond the table); `detail` says what, in French.
    case corruptXML(part: String, detail: String)

    /// A French message for the user.
    public var errorDescription: String? {
        switch self {
        case .notAnArchive:
            return "Ce fichier n'est pas un classeur Excel (.xlsx) lisible : ce n'est pas une archive ZIP valide. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) » ou « CSV UTF-8 »."
        case .missingPart(let part):
            return "Le classeur Excel est incomplet : la partie « \(part) » est absente. Ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx."
        case .noSheet:
            return "Le classeur Excel ne contient aucune feuille de calcul."
        case .unreadablePart(let part):
            return "La partie « \(part) » du classeur Excel est endommagée (archive ZIP corrompue) : ouvrez-le dans Excel et enregistrez-le à nouveau."
        case let .partTooLarge(part, bytes):
            return "La partie « \(part) » du classeur Excel est trop volumineuse (\(bytes / 1_048_576) Mo décompressés ; \(XLSXReader.maxPartSize / 1_048_576) Mo au plus) : découpez le fichier."
        case let .corruptXML(part, detail):
            return "La partie « \(part) » du classeur Excel est illisible (\(detail)) : ouvrez-le dans Excel et enregistrez-le à nouveau."
        }
    }
}
