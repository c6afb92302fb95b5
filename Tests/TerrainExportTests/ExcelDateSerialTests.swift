import Testing
import TerrainExport

@Suite("Excel 1900 date serials")
struct ExcelDateSerialTests {
    // Worked by hand (serial 1 = 1900-01-01, plus one phantom day, 1900-02-29 = 60):
    // - 1900-02-28: 31 + 28 = day 59 of 1900 → 59; 1900-03-01 → 59 + 1 + 1 (phantom) = 61.
    // - 1970-01-01: 70 years, leap years 1904…1968 = 17 → 70 × 365 + 17 = 25,567 days after
    //   1900-01-01 → 1 + 25,567 + 1 = 25,569.
    // - 2000-02-29: 100 years, leap years 1904…1996 = 24 → 36,524 days → 2000-01-01 = 36,526;
    //   + 31 (January) + 28 = 36,585.
    // - 2024-02-29: 124 years, leap years 1904…2020 = 30 → 45,290 days → 2024-01-01 = 45,292;
    //   + 31 + 28 = 45,351.
    // - 2026-01-31: 126 years, leap years 1904…2024 = 31 → 46,021 days → 2026-01-01 = 46,023;
    //   + 30 = 46,053.
    // - 9999-12-31: Excel's last date, 2,958,465.
    @Test(arguments: [
        (1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (1970, 1, 1, 25_569),
        (2000, 2, 29, 36_585), (2024, 2, 29, 45_351), (2026, 1, 1, 46_023), (2026, 1, 31, 46_053),
        (9999, 12, 31, 2_958_465),
    ])
    func serials(year: Int, month: Int, day: Int, serial: Int) {
        #expect(ExcelDateSerial.serial(year: year, month: month, day: day) == serial)
    }

    @Test(arguments: [
        (1900, 2, 29), (2026, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 1),
        (2026, 1, 0), (1899, 12, 31), (10_000, 1, 1),
    ])
    func rejectsImpossibleOrOutOfRangeDates(year: Int, month: Int, day: Int) {
        #expect(ExcelDateSerial.serial(year: year, month: month, day: day) == nil)
    }
}
