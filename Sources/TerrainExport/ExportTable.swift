import Foundation

/// One typed value of an exported table.
///
/// The type decides how each format writes the value: a French CSV writes a decimal with a
/// decimal comma and a date as `dd/mm/yyyy`; an XLSX workbook stores numbers, dates (as serial
/// day numbers) and booleans natively, so that Excel can sort, filter and sum them.
///
/// Keep identifiers that look like numbers (postal codes such as `01000`, SIRET, SIREN, phone
/// numbers, account codes) as ``text(_:)``: only then do their leading zeros survive in XLSX.
public enum ExportCell: Hashable, Sendable {
    /// Free text, written verbatim (apart from the CSV injection guard and XML escaping).
    case text(String)
    /// An exact decimal number (money, quantities, rates). Round it before exporting:
    /// writers do not round. `Decimal.nan` is written as an empty cell.
    case decimal(Decimal)
    /// A whole number.
    case integer(Int)
    /// A calendar date without time or time zone (already converted to Europe/Paris when it
    /// comes from an instant). Components are the Gregorian year, month 1–12 and day 1–31.
    case date(year: Int, month: Int, day: Int)
    /// A yes/no value: "Oui"/"Non" in CSV, a native boolean in XLSX.
    case bool(Bool)
    /// No value: an empty CSV field, or no cell at all in XLSX.
    case empty
}

/// A rectangular table to export: one header row and typed data rows.
///
/// Rows may be shorter than `headers` (the CSV writer pads them with empty fields; XLSX simply
/// has no cell there) or longer (extra values are written after the last header's column).
public struct ExportTable: Sendable {
    /// The worksheet's name in XLSX (sanitised there: at most 31 characters, none of
    /// `[ ] : * ? / \`). Not used by CSV, which has a single unnamed table.
    public var sheetName: String
    /// Column titles, written as the first record/row. An empty array writes no header row.
    public var headers: [String]
    /// Data rows, in order; each row lists its cells from the first column.
    public var rows: [[ExportCell]]

    /// Creates a table.
    /// - Parameters:
    ///   - sheetName: The worksheet name used by XLSX.
    ///   - headers: Column titles; empty for no header row.
    ///   - rows: Data rows, each a list of cells from the first column.
    public init(sheetName: String, headers: [String], rows: [[ExportCell]] = []) {
        self.sheetName = sheetName
        self.headers = headers
        self.rows = rows
    }
}
