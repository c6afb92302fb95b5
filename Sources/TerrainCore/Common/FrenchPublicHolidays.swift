/// The eleven public holidays of metropolitan France (jours fériés), Code du travail, art.
/// L3133-1: 1 January, Easter Monday, 1 May, 8 May, Ascension Thursday, Whit Monday, 14 July,
/// 15 August, 1 November, 11 November, 25 December. (Alsace-Moselle's Good Friday and 26 December,
/// art. L3134-13, are not included.)
public enum FrenchPublicHolidays {
    /// Easter Sunday of `year` (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/
    /// Butcher, J. Meeus, « Astronomical Algorithms », 1991, ch. 8).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// The public holidays of `year`, in date order.
    public static func holidays(in year: Int) -> [LocalDate] {
        let easter = DemoCalendar.day(easterSunday(year))
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)].map { LocalDate(year: year, month: $0.0, day: $0.1)! }
        let moving = [1, 39, 50].map { DemoCalendar.date(easter + $0) }
        return (fixed + moving).sorted()
    }

    /// Whether `date` is a public holiday.
    public static func isHoliday(_ date: LocalDate) -> Bool {
        holidays(in: date.year).contains(date)
    }
}
