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

    /// The Gregorian date of a serial day number, the inverse of ``serial(year:month:day:)``
    /// (time of day, the fraction, is the caller's).
    ///
    /// - 1900 date system (`date1904 == false`): serials 1…59 are 1900-01-01…1900-02-28 (days
    ///   since 1899-12-31); serial 60 is Excel's phantom 1900-02-29 (see the type's note),
    ///   returned as `(1900, 2, 29)` although no such day exists, so that a validation refuses
    ///   it as it would the text « 29/02/1900 »; from 61 on, days since 1899-12-30.
    ///   Example: 45,292 − 25,569 (days from 1899-12-30 to 1970-01-01) = 19,723 days after
    ///   1970-01-01 = 2024-01-01.
    /// - 1904 date system (`date1904 == true`, ECMA-376 Part 1 §18.17.4.1, Mac Excel before
    ///   2011): serial 0 is 1904-01-01, no phantom day; 1904-01-01 is 24,107 days before
    ///   1970-01-01 (66 years, 17 of them leap: 66 × 365 + 17).
    /// - Returns: `nil` below serial 1 (1900) or 0 (1904), or past 9999-12-31.
    public static func date(serial: Int, date1904: Bool = false) -> (year: Int, month: Int, day: Int)? {
        let unixDays: Int
        if date1904 {
            guard serial >= 0 else { return nil }
            unixDays = serial - 24_107
        } else {
            guard serial >= 1 else { return nil }
            if serial == 60 { return (1900, 2, 29) }
            unixDays = serial - (serial < 60 ? 25_568 : 25_569)
        }
        let date = civilDate(unixDays: unixDays)
        return date.year <= 9999 ? date : nil
    }

    /// The Gregorian date `days` after 1970-01-01: the "civil from days" algorithm of Howard
    /// Hinnant, "chrono-Compatible Low-Level Date Algorithms" (inverse of
    /// ``daysSinceUnixEpoch(year:month:day:)``).
    static func civilDate(unixDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
