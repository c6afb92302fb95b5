/// The text of one worksheet cell as an import reads it, from its type (`c@t`, ECMA-376 Part 1
/// §18.18.11 `ST_CellType`), its value and its number style.
enum XLSXCellText {
    /// - Parameters:
    ///   - type: `s` (shared string), `inlineStr`, `str` (a formula's text result), `b` (boolean),
    ///     `e` (error), `d` (ISO 8601 date), `n` or absent (number).
    ///   - value: the `<v>` text (for `s`, the index already resolved by the caller into `text`).
    ///   - inline: the text of `<is>` for `inlineStr`, or the shared string for `s`.
    ///   - style: the number style of the cell's style index.
    ///   - date1904: the workbook's date system.
    /// - Returns: text as is for strings; `VRAI`/`FAUX` for booleans (as French Excel shows
    ///   them); the error code (`#N/A`) for errors; for numbers, by style: `YYYY-MM-DD` for a
    ///   date (``ExcelDateSerial/date(serial:date1904:)``; with ` HH:MM:SS` when the format
    ///   shows a time and the serial has one), `HH:MM:SS` for a time, `5.5 %` for a percentage,
    ///   leading zeros for a zero-padded format, else plain notation (``XLSXNumberText``). A
    ///   number a date format cannot show (negative, past 9999) is written as a number.
    static func text(type: String, value: String, inline: String, style: XLSXNumberStyle, date1904: Bool) -> String {
        switch type {
        case "s", "inlineStr": return inline
        case "str", "e": return value
        case "b": return value.trimmingSpaces == "1" || value.trimmingSpaces.lowercased() == "true" ? "VRAI" : "FAUX"
        case "d": return isoDate(value)
        default: break
        }
        guard !value.isEmpty else { return "" }
        switch style {
        case .general:
            break
        case .date(let hasTime):
            if let parts = XLSXNumberText.wholeAndFraction(value),
               let date = ExcelDateSerial.date(serial: parts.whole, date1904: date1904) {
                let day = fourDigits(date.year) + "-" + twoDigits(date.month) + "-" + twoDigits(date.day)
                let seconds = secondsOfDay(parts.fraction)
                return hasTime && seconds > 0 ? day + " " + clock(seconds) : day
            }
        case .time:
            if let parts = XLSXNumberText.wholeAndFraction(value) { return clock(secondsOfDay(parts.fraction)) }
        case .percent:
            if let text = XLSXNumberText.plain(value, shift: 2) { return text + " %" }
        case .zeroPadded(let width):
            if let text = XLSXNumberText.plain(value), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.count < width {
                return String(repeating: "0", count: width - text.utf8.count) + text
            }
        }
        return XLSXNumberText.plain(value) ?? value
    }

    /// A `d` cell's ISO 8601 text: the date alone when the time is midnight (or absent).
    private static func isoDate(_ value: String) -> String {
        let text = value.trimmingSpaces
        guard let t = text.firstIndex(of: "T") else { return text }
        let time = text[text.index(after: t)...]
        if time.allSatisfy({ $0 == "0" || $0 == ":" || $0 == "." || $0 == "Z" }) { return String(text[..<t]) }
        return String(text[..<t]) + " " + String(time)
    }

    /// The fraction of a day in whole seconds, rounded to the nearest (0…86,399).
    private static func secondsOfDay(_ fraction: Double) -> Int {
        min(Int((fraction * 86_400).rounded()), 86_399)
    }

    private static func clock(_ seconds: Int) -> String {
        twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

    private static func fourDigits(_ value: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value)
    }
}

extension String {
    /// Without leading and trailing spaces (U+0020).
    var trimmingSpaces: String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
