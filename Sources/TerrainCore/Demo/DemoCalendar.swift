/// Day arithmetic for the demo generator, on plain integers: a day is its number of days since
/// 1 January 1970 (day 0, a Thursday), in the proleptic Gregorian calendar.
///
/// Algorithms `days_from_civil` and `civil_from_days` of Howard Hinnant, « chrono-Compatible
/// Low-Level Date Algorithms » (http://howardhinnant.github.io/date_algorithms.html), public
/// domain. No `Foundation.Calendar`, no time zone: the generator's dates are calendar days.
public enum DemoCalendar {
    /// The day number of a date: 1970-01-01 → 0, 2023-01-01 → 19 358.
    public static func day(_ date: LocalDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let shiftedMonth = (date.month + 9) % 12                  // March = 0 ... February = 11
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (inverse of `day(_:)`), for years 1…9999.
    public static func date(_ day: Int) -> LocalDate {
        let shifted = day + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return LocalDate(year: year, month: month, day: dayOfMonth)!
    }

    /// The weekday of a day number: 0 = Monday ... 6 = Sunday (ISO 8601 order, from 0).
    public static func weekday(_ day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    /// The same calendar day `years` later; 29 February becomes 28 February in a common year.
    public static func adding(years: Int, to date: LocalDate) -> LocalDate {
        let year = date.year + years
        return LocalDate(year: year, month: date.month, day: date.day)
            ?? LocalDate(year: year, month: date.month, day: 28)!
    }

    /// The day number of the first day of the calendar quarter (January, April, July, October)
    /// after the one holding `day`.
    public static func firstOfNextQuarter(after day: Int) -> Int {
        let date = date(day)
        let month = (date.month - 1) / 3 * 3 + 4
        let next = month > 12
            ? LocalDate(year: date.year + 1, month: 1, day: 1)!
            : LocalDate(year: date.year, month: month, day: 1)!
        return Self.day(next)
    }
}
