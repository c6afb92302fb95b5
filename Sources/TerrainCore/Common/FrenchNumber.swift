import Foundation

/// Reading and writing numbers the French way: `1 234,56`.
///
/// Amounts are `Decimal` end to end (never `Double`), so `0,1 + 0,2` is exactly `0,3`.
public enum FrenchNumber {
    /// U+202F NARROW NO-BREAK SPACE, the French thousands separator (CLDR `fr`).
    public static let thousandsSeparator: Character = "\u{202F}"
    /// U+00A0 NO-BREAK SPACE, between an amount and its currency sign (CLDR `fr`: `1 234,56 €`).
    public static let currencySpace: Character = "\u{00A0}"

    /// Parses a decimal number written with a comma or a dot as decimal separator.
    ///
    /// Accepted: an optional sign, an integer part whose thousands may be separated by a space,
    /// a no-break space (U+00A0) or a narrow no-break space (U+202F) in groups of three, then
    /// optionally one `,` or `.` followed by at least one digit. Surrounding spaces are ignored.
    /// Examples: `"1 234,56"`, `"1234.56"`, `"-3,5"`, `"43,304965"`.
    /// Rejected (`nil`): `"1,2,3"`, `"1.234,56"` (two separators), `"abc"`, `"12 34"` (bad
    /// grouping), `","`, `"5,"`, empty text.
    /// The value is built from its digits, never through `Double`.
    public static func parseDecimal(_ s: String) -> Decimal? {
        var scalars = Array(s.unicodeScalars)
        while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isSpace(l) { scalars.removeLast() }
        guard !scalars.isEmpty else { return nil }
        var index = 0
        var negative = false
        if scalars[0] == "-" || scalars[0] == "+" || scalars[0] == "\u{2212}" {
            negative = scalars[0] != "+"
            index = 1
        }
        // Integer part, with optional groups of three separated by spaces.
        var integerDigits: [UInt8] = []
        var groupLength = 0
        var grouped = false
        while index < scalars.count {
            let c = scalars[index]
            if let d = digit(c) {
                integerDigits.append(d)
                groupLength += 1
            } else if isSpace(c) {
                guard groupLength > 0 else { return nil }
                if grouped {
                    guard groupLength == 3 else { return nil }
                } else {
                    guard groupLength <= 3 else { return nil }
                }
                grouped = true
                groupLength = 0
            } else {
                break
            }
            index += 1
        }
        guard !integerDigits.isEmpty, groupLength > 0 else { return nil }
        if grouped, groupLength != 3 { return nil }
        var fractionDigits: [UInt8] = []
        if index < scalars.count {
            guard scalars[index] == "," || scalars[index] == "." else { return nil }
            index += 1
            while index < scalars.count, let d = digit(scalars[index]) {
                fractionDigits.append(d)
                index += 1
            }
            guard !fractionDigits.isEmpty, index == scalars.count else { return nil }
        }
        return makeDecimal(negative: negative, digits: integerDigits + fractionDigits,
                           exponent: -fractionDigits.count)
    }

    /// Formats a number the French way with exactly `fractionDigits` decimals, rounding half-up
    /// (half away from zero): `format(1234.565, fractionDigits: 2)` gives `"1 234,57"`, with
    /// U+202F between thousands and a comma before the decimals. Negative values start with `-`.
    public static func format(_ d: Decimal, fractionDigits: Int) -> String {
        let places = max(0, fractionDigits)
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        var text = rounded.description            // plain notation, e.g. "-1234.5"
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        var grouped = ""
        for (offset, character) in integerPart.enumerated() {
            if offset > 0, (integerPart.count - offset) % 3 == 0 { grouped.append(thousandsSeparator) }
            grouped.append(character)
        }
        let isZero = rounded == 0
        var result = (negative && !isZero) ? "-" + grouped : grouped
        if places > 0 { result += "," + fraction }
        return result
    }

    /// Formats an amount in euros, rounded half-up to the cent: `"1 234,56 €"` (U+202F between
    /// thousands, U+00A0 before the euro sign).
    public static func formatEuros(_ d: Decimal) -> String {
        format(d, fractionDigits: 2) + String(currencySpace) + "€"
    }

    // MARK: - Helpers

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\t"
    }

    private static func digit(_ c: Unicode.Scalar) -> UInt8? {
        (c.value >= 0x30 && c.value <= 0x39) ? UInt8(c.value - 0x30) : nil
    }

    /// Builds `±digits × 10^exponent` exactly.
    static func makeDecimal(negative: Bool, digits: [UInt8], exponent: Int) -> Decimal {
        var significand = Decimal(0)
        if digits.count <= 19 {
            var mantissa: UInt64 = 0
            for d in digits { mantissa = mantissa * 10 + UInt64(d) }
            significand = Decimal(mantissa)
        } else {
            for d in digits { significand = significand * 10 + Decimal(Int(d)) }
        }
        // A negative zero Decimal is NaN in Foundation: zero always gets the plus sign.
        let sign: FloatingPointSign = (negative && significand != 0) ? .minus : .plus
        return Decimal(sign: sign, exponent: exponent, significand: significand)
    }
}
