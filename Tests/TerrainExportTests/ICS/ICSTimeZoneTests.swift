import Foundation
import Testing
import TerrainExport

/// Checks the written VTIMEZONE against the IANA tz database (Foundation's `TimeZone`, which reads
/// the system's zoneinfo), expanding its RRULEs as RFC 5545 §3.3.10 defines them.
@Suite("iCalendar Europe/Paris VTIMEZONE")
struct ICSTimeZoneTests {
    struct Observance {
        var localHour: Int
        var offsetFromHours: Int
        var month: Int
    }

    /// Reads the STANDARD or DAYLIGHT block of the written calendar.
    static func observance(_ kind: String) throws -> Observance {
        let lines = ICSReader.unfolded(try ICSCalendar(dtstamp: .at(2026, 1, 1, 0, 0), events: []).text())
        let begin = try #require(lines.firstIndex(of: "BEGIN:\(kind)"))
        let end = try #require(lines.firstIndex(of: "END:\(kind)"))
        let block = Array(lines[begin...end])
        let dtstart = try #require(ICSReader.values(of: "DTSTART", in: block).first)
        let rrule = try #require(ICSReader.values(of: "RRULE", in: block).first)
        let offsetFrom = try #require(ICSReader.values(of: "TZOFFSETFROM", in: block).first)
        // Only the shape this writer uses is understood: a yearly rule on the last Sunday.
        let parts = Dictionary(uniqueKeysWithValues: rrule.split(separator: ";").map {
            let pair = $0.split(separator: "=")
            return (String(pair[0]), String(pair[1]))
        })
        #expect(parts["FREQ"] == "YEARLY")
        #expect(parts["BYDAY"] == "-1SU")
        #expect(dtstart.hasSuffix("0000"), "onsets on the hour")
        #expect(offsetFrom.hasSuffix("00") && offsetFrom.count == 5)
        let hourStart = dtstart.index(dtstart.startIndex, offsetBy: 9)
        return Observance(
            localHour: try #require(Int(dtstart[hourStart..<dtstart.index(hourStart, offsetBy: 2)])),
            offsetFromHours: try #require(Int(offsetFrom.dropLast(2))),
            month: try #require(parts["BYMONTH"].flatMap { Int($0) })
        )
    }

    /// The UTC instant of the observance's onset in `year`: last Sunday of the month at the
    /// local hour, minus TZOFFSETFROM (§3.6.5: onset given in the local time before the change).
    static func onset(_ observance: Observance, year: Int) throws -> Date {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try #require(TimeZone(identifier: "UTC"))
        let firstOfNextMonth = try #require(utc.date(from: DateComponents(year: year, month: observance.month + 1, day: 1)))
        let lastDay = firstOfNextMonth.addingTimeInterval(-86_400)
        let weekday = utc.component(.weekday, from: lastDay) // 1 = Sunday
        let lastSunday = lastDay.addingTimeInterval(-Double((weekday - 1) * 86_400))
        return lastSunday.addingTimeInterval(Double((observance.localHour - observance.offsetFromHours) * 3_600))
    }

    // Last Sundays worked by hand: 2026-01-01 is a Thursday. 29 March 2026 is day 88, 87 days
    // later, 87 = 12 × 7 + 3 → Thursday + 3 = Sunday, and 31 March is a Tuesday, so it is the
    // last one. 25 October is day 273 + 25 = 298, 297 = 42 × 7 + 3 → Sunday; 31 October is a
    // Saturday. Onsets in UTC: 02:00 CET − 1 h = 01:00 and 03:00 CEST − 2 h = 01:00.
    @Test func onsetsIn2026AreTheHandComputedOnes() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try #require(TimeZone(identifier: "UTC"))
        let daylight = try Self.onset(Self.observance("DAYLIGHT"), year: 2026)
        let standard = try Self.onset(Self.observance("STANDARD"), year: 2026)
        #expect(daylight == utc.date(from: DateComponents(year: 2026, month: 3, day: 29, hour: 1)))
        #expect(standard == utc.date(from: DateComponents(year: 2026, month: 10, day: 25, hour: 1)))
    }

    // The tz database's transitions for Europe/Paris, 2000–2040, are those the RRULEs give.
    @Test func rulesMatchTheTimeZoneDatabase() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let daylight = try Self.observance("DAYLIGHT")
        let standard = try Self.observance("STANDARD")
        for year in 2000...2040 {
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = try #require(TimeZone(identifier: "UTC"))
            let newYear = try #require(utc.date(from: DateComponents(year: year, month: 1, day: 1)))
            let spring = try #require(paris.nextDaylightSavingTimeTransition(after: newYear))
            let autumn = try #require(paris.nextDaylightSavingTimeTransition(after: spring))
            #expect(spring == (try Self.onset(daylight, year: year)), "spring \(year)")
            #expect(autumn == (try Self.onset(standard, year: year)), "autumn \(year)")
            #expect(paris.secondsFromGMT(for: spring.addingTimeInterval(60)) == 7_200)
            #expect(paris.secondsFromGMT(for: autumn.addingTimeInterval(60)) == 3_600)
        }
    }
}
