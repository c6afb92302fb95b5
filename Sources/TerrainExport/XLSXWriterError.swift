import Foundation

/// Why ``XLSXWriter`` could not produce a workbook.
///
/// `errorDescription` is a French message that can be shown to a user; it names the sheet and
/// the cell at fault, never internal details.
public enum XLSXWriterError: Error, Equatable, Sendable, LocalizedError {
    /// A workbook needs at least one worksheet (ECMA-376 Part 1, §18.2.20 `sheets`).
    case noSheets
    /// A sheet has more rows, header included, than Excel's 1,048,576.
    case tooManyRows(sheetName: String, rows: Int)
    /// A sheet has more columns than Excel's 16,384 (`XFD`).
    case tooManyColumns(sheetName: String, columns: Int)
    /// A date cell does not exist (month 13, 31 April, 29 February of a common year) or lies
    /// outside 1900-01-01…9999-12-31, which the 1900 date system cannot represent. `cell` is
    /// the A1 reference of the cell, such as `B3`.
    case invalidDate(sheetName: String, cell: String)
    /// The ZIP container could not be built (ZIPFoundation's error, described).
    case archiveFailed(String)

    /// A French message for the user, naming the sheet and cell when there is one.
    public var errorDescription: String? {
        switch self {
        case .noSheets:
            return "Le classeur doit contenir au moins une feuille."
        case let .tooManyRows(sheetName, rows):
            return "La feuille « \(sheetName) » compte \(rows) lignes ; Excel en accepte 1 048 576 au plus."
        case let .tooManyColumns(sheetName, columns):
            return "La feuille « \(sheetName) » compte \(columns) colonnes ; Excel en accepte 16 384 au plus."
        case let .invalidDate(sheetName, cell):
            return "La date de la cellule \(cell) de la feuille « \(sheetName) » est invalide ou hors de la plage d’Excel (1900–9999)."
        case .archiveFailed:
            return "Le fichier Excel n’a pas pu être assemblé."
        }
    }
}
