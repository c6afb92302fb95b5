import Testing
@testable import TerrainExport

@Suite("XLSX values: numbers, serial dates, number formats")
struct XLSXValueTests {
    @Test("Numbers are rounded to Excel's 15 significant digits and written plainly",
          arguments: [
            ("12.500000000000002", "12.5"),
            ("0.30000000000000004", "0.3"),        // 0.1 + 0.2 in IEEE doubles
            ("1E-3", "0.001"),
            ("-4.5E+2", "-450"),
            ("45292", "45292"),
            ("100", "100"),
            ("83031162700012", "83031162700012"),
            ("0", "0"),
            ("-0", "0"),
            // 17 nines × 10^6: the 16th digit (9) rounds the 15 kept nines up to 10^15, × 10^8.
            ("9.9999999999999999E+22", "100000000000000000000000"),
            ("1.2345678901234567E+19", "12345678901234600000"),
          ])
    func plainNumbers(raw: String, expected: String) {
        #expect(XLSXNumberText.plain(raw) == expected)
    }

    @Test func notNumbers() {
        #expect(XLSXNumberText.plain("abc") == nil)
        #expect(XLSXNumberText.plain("1.2.3") == nil)
        #expect(XLSXNumberText.plain("1E") == nil)
        #expect(XLSXNumberText.plain("") == nil)
    }

    @Test("Serial dates invert the writer's serials; the range ends are Excel's")
    func serials() {
        // Every day from 1900-03-01 (serial 61) to 2100-12-31 goes back to its serial.
        for serial in 61...73_415 {
            let date = ExcelDateSerial.date(serial: serial)!
            #expect(ExcelDateSerial.serial(year: date.year, month: date.month, day: date.day) == serial)
        }
        #expect(ExcelDateSerial.date(serial: 1)! == (1900, 1, 1))
        #expect(ExcelDateSerial.date(serial: 0) == nil)
        // 2,958,465 is 9999-12-31 (ExcelDateSerial's stated range); the next day is out.
        #expect(ExcelDateSerial.date(serial: 2_958_465)! == (9999, 12, 31))
        #expect(ExcelDateSerial.date(serial: 2_958_466) == nil)
    }

    @Test("Format codes are classified from their first section",
          arguments: [
            ("dd/mm/yyyy", XLSXNumberStyle.date(hasTime: false)),
            ("[$-40C]d mmmm yyyy", .date(hasTime: false)),
            ("mmm-yy", .date(hasTime: false)),
            ("dd/mm/yyyy hh:mm", .date(hasTime: true)),
            ("h:mm", .time),
            ("[h]:mm:ss", .time),
            ("0.00%", .percent),
            ("00000", .zeroPadded(width: 5)),
            ("General", .general),
            ("#,##0.00\\ \"€\"", .general),
            ("0\" jours\"", .general),               // the s of « jours » is quoted text
            ("[Red]#,##0;[Blue]-#,##0", .general),
          ])
    func formatCodes(code: String, expected: XLSXNumberStyle) {
        #expect(XLSXNumberStyle.fromCode(code) == expected)
    }

    @Test("Cell texts by style")
    func cellTexts() {
        // 45292.75: 2024-01-01 at 0.75 × 86,400 = 64,800 s = 18:00:00.
        #expect(XLSXCellText.text(type: "n", value: "45292.75", inline: "", style: .date(hasTime: true), date1904: false) == "2024-01-01 18:00:00")
        #expect(XLSXCellText.text(type: "n", value: "45292.75", inline: "", style: .date(hasTime: false), date1904: false) == "2024-01-01")
        #expect(XLSXCellText.text(type: "n", value: "0.5", inline: "", style: .time, date1904: false) == "12:00:00")
        #expect(XLSXCellText.text(type: "n", value: "0.2", inline: "", style: .percent, date1904: false) == "20 %")
        #expect(XLSXCellText.text(type: "n", value: "123456", inline: "", style: .zeroPadded(width: 5), date1904: false) == "123456")
        #expect(XLSXCellText.text(type: "d", value: "2024-01-01T00:00:00", inline: "", style: .general, date1904: false) == "2024-01-01")
        #expect(XLSXCellText.text(type: "b", value: "0", inline: "", style: .general, date1904: false) == "FAUX")
    }
}
