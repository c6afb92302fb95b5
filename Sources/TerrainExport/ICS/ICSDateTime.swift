/// A calendar date and time of day to the second, with no time zone attached: the zone comes
/// from where it is used. ``ICSEvent`` start and end are wall-clock times in Europe/Paris
/// (written `DTSTART;TZID=Europe/Paris:…`); ``ICSCalendar``'s `dtstamp` is UTC (written with a
/// trailing `Z`). RFC 5545 §3.3.5 calls these "local time with time zone reference" and
/// "UTC time".
///
/// A local time that does not exist in Paris (02:00–02:59 on the last Sunday of March) is
/// written as given; RFC 5545 §3.3.5 tells readers to interpret it with the offset in force
/// before the gap (02:30 becomes 03:30 CEST). A repeated time (02:00–02:59 on the last Sunday of
/// October) means its first occurrence (CEST).
public struct ICSDateTime: Sendable, Hashable, Comparable {
    /// The year, 1–9999 (the four digits of RFC 5545 §3.3.4 `date-fullyear`).
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–28…31 (proleptic Gregorian calendar).
    public let day: Int
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int
    /// The second, 0–59 (leap seconds are refused: calendar programs do not accept them).
    public let second: Int

    /// A validated date-time, or `nil` when the date does not exist (month 13, 31 April,
    /// 29 February of a common year) or a field is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ExcelDateSerial.daysInMonth(year: year, month: month)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// RFC 5545 §3.3.5 form 1/3 without the `Z`: `YYYYMMDDThhmmss`, e.g. `20261207T093000`.
    var basicFormat: String {
        pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
    }

    /// Chronological order of the wall-clock fields (field by field, year first).
    public static func < (lhs: ICSDateTime, rhs: ICSDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
