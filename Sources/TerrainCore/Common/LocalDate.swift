/// A calendar date without time or time zone (a creation date, a birthday, a due date).
///
/// Always a real day of the proleptic Gregorian calendar: the initialiser refuses 31/02 or
/// 29/02 of a non-leap year instead of rolling over. Encoded in JSON as an ISO 8601 string
/// (`"2008-08-31"`).
public struct LocalDate: Hashable, Sendable, Comparable {
    /// Year, 1 to 9999.
    public let year: Int
    /// Month, 1 (January) to 12 (December).
    public let month: Int
    /// Day of the month, 1 to 28, 29, 30 or 31 depending on the month.
    public let day: Int

    /// Creates a date, or `nil` when the triple is not a real day (31/02, 29/02/2025, month 13...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Gregorian leap year rule: divisible by 4, except centuries, except every 400 years.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in a month (1...12) of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 form, `yyyy-mm-dd`, e.g. `"2008-08-31"`.
    public var iso: String {
        "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
    }

    /// French form, `jj/mm/aaaa`, e.g. `"31/08/2008"`.
    public var french: String {
        "\(LocalDate.pad(day, 2))/\(LocalDate.pad(month, 2))/\(LocalDate.pad(year, 4))"
    }

    /// Chronological order.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension LocalDate: Codable {
    /// Decodes an ISO `yyyy-mm-dd` string; throws `DecodingError.dataCorrupted` for anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = DateParsing.parseISO(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected an ISO date yyyy-mm-dd, got \(text)")
        }
        self = date
    }

    /// Encodes as an ISO `yyyy-mm-dd` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension LocalDate: CustomStringConvertible {
    /// The ISO form, for logs and test failures.
    public var description: String { iso }
}
