import Foundation

/// CSV in the dialect that a French-locale Microsoft Excel opens correctly by double-click.
///
/// Shape of the bytes:
/// - UTF-8 preceded by a byte order mark (`EF BB BF`): without it Excel reads the file as
///   Windows-1252 and accented letters come out garbled.
/// - `;` between fields (the list separator of the French locale, where `,` is the decimal mark).
/// - `CRLF` after every record, the last one included (RFC 4180 §2, rules 1–2).
/// - Quoting as in RFC 4180 §2 (rules 5–7): a field is enclosed in double quotes when it
///   contains `;`, `"`, CR or LF, or begins or ends with a space or tab (Excel would trim those);
///   a double quote inside a quoted field is doubled.
/// - ``ExportCell/decimal(_:)``: decimal comma, no thousands separator, no rounding
///   (`1234.56` → `1234,56`; `1234.50` → `1234,5`, which Excel reads as the same number).
///   ``ExportCell/integer(_:)``: plain digits. ``ExportCell/date(year:month:day:)``:
///   `dd/mm/yyyy`. ``ExportCell/bool(_:)``: `Oui`/`Non`. ``ExportCell/empty``: an empty field.
/// - A header row first when the table has headers; a data row shorter than the headers is
///   padded with empty fields so that every record has the same number of fields (RFC 4180 §2,
///   rule 4).
///
/// Leading zeros: text is written as plain text (`01000`, `73282932000074`). Excel nevertheless
/// converts such a field to a number when it opens a CSV directly, quoted or not, losing the
/// leading zero (`01000` → `1000`) and, beyond 15 digits, precision. The only ways to keep it in
/// CSV are to import through Data ▸ From Text/CSV with the column typed as Text, or to write a
/// formula such as `="01000"`, which this writer refuses to do (see the injection guard below).
/// XLSX is the faithful format: ``XLSXWriter`` stores text cells as strings, which Excel never
/// reinterprets. Offer XLSX whenever a table holds postal codes, SIRET/SIREN or phone numbers.
///
/// Injection guard (OWASP, "CSV Injection",
/// https://owasp.org/www-community/attacks/CSV_Injection): a ``ExportCell/text(_:)`` value
/// that starts with `=`, `+`, `-`, `@`, tab or CR is prefixed with an apostrophe `'` so that
/// Excel shows it as text instead of evaluating it as a formula (or DDE command). The field is
/// then quoted as usual if needed. The guard applies to text cells only: numbers, dates and
/// booleans are produced by this writer and cannot carry a formula. The price is visible: a
/// text such as `+33 6 12 34 56 78` or `-5 %` is shown with its leading apostrophe in CSV;
/// XLSX needs no guard, since an inline string is never evaluated.
///
/// Sources: RFC 4180 (Common Format and MIME Type for CSV Files); OWASP CSV Injection.
public enum FrenchExcelCSV: Sendable {
    /// The UTF-8 byte order mark written at the start of every file: `EF BB BF`.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Encodes a whole table in memory.
    ///
    /// For large exports (hundreds of thousands of rows) use ``FrenchExcelCSVWriter`` with a
    /// `FileHandle`, which never holds the whole file.
    /// - Parameter table: The table; its `sheetName` is not used.
    /// - Returns: The file's bytes: BOM, header record (if any), then one record per row.
    public static func encode(_ table: ExportTable) -> Data {
        var writer = FrenchExcelCSVWriter(headers: table.headers)
        for row in table.rows {
            writer.appendToBuffer(row)
        }
        return writer.data
    }

    /// The text of one field before quoting (formats values; applies the injection guard).
    static func unquotedField(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let text):
            return guardedAgainstInjection(text)
        case .decimal(let value):
            if value.isNaN { return "" }
            return value.description.replacingOccurrences(of: ".", with: ",")
        case .integer(let value):
            return String(value)
        case let .date(year, month, day):
            return twoDigits(day) + "/" + twoDigits(month) + "/" + fourDigits(year)
        case .bool(let value):
            return value ? "Oui" : "Non"
        case .empty:
            return ""
        }
    }

    /// One field ready to write: formatted, then quoted when RFC 4180 or Excel requires it.
    static func field(_ cell: ExportCell) -> String {
        quotedIfNeeded(unquotedField(cell))
    }

    /// Prefixes `'` to a text that Excel would read as a formula (OWASP CSV Injection).
    static func guardedAgainstInjection(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r":
            return "'" + text
        default:
            return text
        }
    }

    /// Encloses a field in double quotes, doubling inner quotes, when it holds `;`, `"`, CR or
    /// LF, or starts or ends with a space or tab (RFC 4180 §2, rules 6–7).
    static func quotedIfNeeded(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return field }
        let needsQuotes = first == " " || first == "\t" || last == " " || last == "\t"
            || scalars.contains { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func twoDigits(_ value: Int) -> String {
        value >= 0 && value < 10 ? "0" + String(value) : String(value)
    }

    private static func fourDigits(_ value: Int) -> String {
        guard value >= 0 else { return String(value) }
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
