import Testing
import TerrainCore

@Suite("Demo: calendar arithmetic")
struct DemoCalendarTests {
    @Test("day numbers, weekdays and quarters")
    func calendar() {
        let epoch = LocalDate(year: 1970, month: 1, day: 1)!
        #expect(DemoCalendar.day(epoch) == 0)
        #expect(DemoCalendar.day(LocalDate(year: 2000, month: 3, day: 1)!) == 11_017)
        // 2023-01-01: 53 years, 13 leap days (1972…2020) → 53 × 365 + 13 = 19 358; a Sunday.
        let start = LocalDate(year: 2023, month: 1, day: 1)!
        #expect(DemoCalendar.day(start) == 19_358)
        #expect(DemoCalendar.weekday(19_358) == 6)
        #expect(DemoCalendar.weekday(0) == 3)                  // Thursday
        for day in stride(from: -1_000, to: 30_000, by: 37) {
            #expect(DemoCalendar.day(DemoCalendar.date(day)) == day)
        }
        #expect(DemoCalendar.date(19_358 + 59) == LocalDate(year: 2023, month: 3, day: 1)!)
        #expect(DemoCalendar.adding(years: 1, to: LocalDate(year: 2024, month: 2, day: 29)!)
            == LocalDate(year: 2025, month: 2, day: 28)!)
        let may = DemoCalendar.day(LocalDate(year: 2023, month: 5, day: 17)!)
        #expect(DemoCalendar.date(DemoCalendar.firstOfNextQuarter(after: may)) == LocalDate(year: 2023, month: 7, day: 1)!)
        let december = DemoCalendar.day(LocalDate(year: 2023, month: 12, day: 31)!)
        #expect(DemoCalendar.date(DemoCalendar.firstOfNextQuarter(after: december)) == LocalDate(year: 2024, month: 1, day: 1)!)
    }
}
