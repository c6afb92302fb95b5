import Foundation
import Testing
import TerrainCore

/// `significand × 10^exponent`, built without going through a binary floating point.
func dec(_ significand: Int, _ exponent: Int = 0) -> Decimal {
    Decimal(sign: significand < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(abs(significand)))
}

@Suite("French numbers")
struct FrenchNumberTests {
    @Test("parsing", arguments: [
        ("1 234,56", dec(123456, -2)),
        ("1\u{00A0}234,56", dec(123456, -2)),      // no-break space
        ("1\u{202F}234,56", dec(123456, -2)),      // narrow no-break space
        ("1234.56", dec(123456, -2)),
        ("1234,56", dec(123456, -2)),
        ("-3,5", dec(-35, -1)),
        ("+3,5", dec(35, -1)),
        ("43,304965", dec(43304965, -6)),
        ("1 234 567,8", dec(12345678, -1)),
        ("0", dec(0)),
        ("-0,0", dec(0)),
        ("  12  ", dec(12)),
        ("007", dec(7)),
        // 21 digits, beyond UInt64: 12 345 678 901 234 567 800 + 90,5.
        ("12345678901234567890,5", dec(123456789012345678) * 100 + dec(905, -1)),
    ])
    func parse(text: String, expected: Decimal) {
        #expect(FrenchNumber.parseDecimal(text) == expected)
    }

    @Test("rejected", arguments: ["1,2,3", "abc", "1.234,56", "12 34", "1 2345", "1 234 56", ",5", "5,", "", " ",
                                  "1e5", "12a", "--1", "1 234,5 6", "1,2.3", "€"])
    func rejected(text: String) {
        #expect(FrenchNumber.parseDecimal(text) == nil)
    }

    @Test("decimal arithmetic is exact, unlike binary floating point")
    func exact() throws {
        let sum = try #require(FrenchNumber.parseDecimal("0,1")) + #require(FrenchNumber.parseDecimal("0,2"))
        #expect(sum == FrenchNumber.parseDecimal("0,3"))
    }

    @Test("formatting with narrow no-break spaces and half-up rounding")
    func format() {
        let nnbsp = "\u{202F}"
        #expect(FrenchNumber.format(dec(123456, -2), fractionDigits: 2) == "1\(nnbsp)234,56")
        #expect(FrenchNumber.format(dec(1234565, -3), fractionDigits: 2) == "1\(nnbsp)234,57")   // ,565 → ,57
        #expect(FrenchNumber.format(dec(-1234565, -3), fractionDigits: 2) == "-1\(nnbsp)234,57") // away from zero
        #expect(FrenchNumber.format(dec(25, -1), fractionDigits: 0) == "3")      // 2,5 → 3 (not banker's 2)
        #expect(FrenchNumber.format(dec(5), fractionDigits: 2) == "5,00")
        #expect(FrenchNumber.format(dec(1234567891, -3), fractionDigits: 1) == "1\(nnbsp)234\(nnbsp)567,9")
        #expect(FrenchNumber.format(dec(-1, -3), fractionDigits: 2) == "0,00")   // no "-0,00"
        #expect(FrenchNumber.format(dec(999), fractionDigits: 0) == "999")
        #expect(FrenchNumber.format(dec(1000), fractionDigits: 0) == "1\(nnbsp)000")
        #expect(FrenchNumber.format(dec(43304965, -6), fractionDigits: 6) == "43,304965")
    }

    @Test("euros: two decimals, rounded half-up to the cent, NBSP before €")
    func euros() {
        #expect(FrenchNumber.formatEuros(dec(123456, -2)) == "1\u{202F}234,56\u{00A0}€")
        #expect(FrenchNumber.formatEuros(dec(12345, -1)) == "1\u{202F}234,50\u{00A0}€")
        #expect(FrenchNumber.formatEuros(dec(125, -3)) == "0,13\u{00A0}€")      // 0,125 → 0,13
        #expect(FrenchNumber.formatEuros(dec(0)) == "0,00\u{00A0}€")
    }
}

@Suite("Dates")
struct DateTests {
    @Test("French dates, strict")
    func french() {
        #expect(DateParsing.parseFrench("31/08/2008") == LocalDate(year: 2008, month: 8, day: 31))
        #expect(DateParsing.parseFrench("1/2/2024") == LocalDate(year: 2024, month: 2, day: 1))
        #expect(DateParsing.parseFrench(" 01/02/2024 ") == LocalDate(year: 2024, month: 2, day: 1))
        #expect(DateParsing.parseFrench("29/02/2024") == LocalDate(year: 2024, month: 2, day: 29)) // 2024 = 4 × 506
        #expect(DateParsing.parseFrench("29/02/2000") != nil)   // divisible by 400: leap
    }

    @Test("impossible or malformed dates are refused, never rolled over", arguments: [
        "31/02/2026", "29/02/2025", "29/02/1900", "31/04/2024", "32/01/2024", "00/01/2024", "01/13/2024",
        "01/00/2024", "31/08/08", "31-08-2008", "31/08/2008/1", "2008/08/31", "310/08/2008", "", "a/b/cdef",
        "2008-8-31", "2008-02-30", "08-08-31",
    ])
    func refused(text: String) {
        #expect(DateParsing.parseFrench(text) == nil)
    }

    @Test("ISO dates as in the SIRENE file")
    func iso() {
        #expect(DateParsing.parseFrench("2008-08-31") == LocalDate(year: 2008, month: 8, day: 31))
        #expect(DateParsing.parseISO("2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(DateParsing.parseISO("2025-02-29") == nil)
        #expect(DateParsing.parseISO("31/08/2008") == nil)
    }

    @Test("LocalDate: validation, forms, order, JSON")
    func localDate() throws {
        let date = try #require(LocalDate(year: 2008, month: 8, day: 31))
        #expect(date.iso == "2008-08-31")
        #expect(date.french == "31/08/2008")
        #expect(LocalDate(year: 2026, month: 2, day: 31) == nil)
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        #expect(LocalDate(year: 5, month: 1, day: 1)?.iso == "0005-01-01")
        #expect(try #require(LocalDate(year: 2008, month: 8, day: 30)) < date)
        #expect(date < (try #require(LocalDate(year: 2008, month: 9, day: 1))))
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2008-08-31\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data("[\"2008-02-30\"]".utf8)) }
    }
}
