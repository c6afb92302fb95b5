import Testing
import TerrainCore

@Suite struct FrenchPublicHolidaysTests {
    @Test func easterSundays() {
        // Published dates: Easter 2024 on 31 March, 2025 on 20 April, 2026 on 5 April, 2027 on 28 March.
        #expect(FrenchPublicHolidays.easterSunday(2024) == LocalDate(year: 2024, month: 3, day: 31))
        #expect(FrenchPublicHolidays.easterSunday(2025) == LocalDate(year: 2025, month: 4, day: 20))
        #expect(FrenchPublicHolidays.easterSunday(2026) == LocalDate(year: 2026, month: 4, day: 5))
        #expect(FrenchPublicHolidays.easterSunday(2027) == LocalDate(year: 2027, month: 3, day: 28))
    }

    @Test func theElevenHolidaysOf2026() {
        // Easter Monday 6/4, Ascension 14/5 (5/4 + 39 days), Whit Monday 25/5 (5/4 + 50 days).
        let expected = ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
                        "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"]
        #expect(FrenchPublicHolidays.holidays(in: 2026).map(\.iso) == expected)
        #expect(FrenchPublicHolidays.isHoliday(LocalDate(year: 2026, month: 12, day: 25)!))
        #expect(!FrenchPublicHolidays.isHoliday(LocalDate(year: 2026, month: 12, day: 24)!))
    }
}
