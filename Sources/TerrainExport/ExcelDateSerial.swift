/// Dates as Excel serial day numbers in the 1900 date system (ECMA-376 Part 1, §18.17.4.1,
/// "Date Conversion for Serial Values"), the system of every workbook ``XLSXWriter`` writes.
///
/// Serial 1 is 1900-01-01. Excel (after Lotus 1-2-3) counts a nonexistent 1900-02-29 as
/// serial 60, so from 1900-03-01 (serial 61) on, serial = days since 1899-12-30; before it,
/// days since 1899-12-31.
///
/// Worked example, 2026-01-31: from 1900-01-01 to 2026-01-01 there are 126 years, of which 31
/// are leap years (1904, 1908, …, 2024; 1900 is not), so 126 × 365 + 31 = 46,021 days.
/// Serial of 2026-01-01 = 1 + 46,021 + 1 (the phantom 1900-02-29) = 46,023; 2026-01-31 is 30
/// days later: 46,053.
///
/// LibreOffice counts no phantom day, so it shows serials below 61 (dates before 1900-03-01)
/// one day earlier than Excel; later dates agree.
public enum ExcelDateSerial: Sendable {
    /// The serial day number of a Gregorian date, or `nil` when the date does not exist
    /// (month outside 1–12, day outside the month) or lies outside Excel's range
    /// 1900-01-01 (serial 1) … 9999-12-31 (serial 2,958,465).
    /// - Parameters:
    ///   - year: The year, 1900–9999.
    ///   - month: The month, 1–12.
    ///   - day: The day of the month, from 1.
    public static func serial(year: Int, month: Int, day: Int) -> Int? {
        guard (1900...9999).contains(year), (1...12).contains(month),
              (1...daysInMonth(year: year, month: month)).contains(day) else { return nil }
        let days = daysSinceUnixEpoch(year: year, month: month, day: day)
        // 1899-12-30 is 25,569 days before 1970-01-01.
        let isBeforeMarch1900 = year == 1900 && month < 3
        return days + (isBeforeMarch1900 ? 25_568 : 25_569)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Days from 1970-01-01 to a Gregorian date (negative before it): the "days from civil"
    /// algorithm of Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
    static func daysSinceUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
