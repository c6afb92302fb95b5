/// Numbers of a SpreadsheetML cell (`<v>` text) written as an import reads them: plain decimal
/// notation, `.` as decimal point, no float noise.
///
/// A cell's `<v>` holds the shortest text that round-trips the IEEE double Excel stores
/// (`12.500000000000002`, `0.30000000000000004`, `1E-3`, `83031162700012`). Excel keeps and shows
/// 15 significant digits (Microsoft, "Excel specifications and limits": number precision 15
/// digits), so the text is rounded to 15 significant digits, half up, on its decimal digits
/// (never through `Double`), and written without exponent and without trailing zeros:
/// `12.500000000000002` → `12.5`; `0.30000000000000004` → `0.3`; `1E-3` → `0.001`;
/// `83031162700012` (a SIRET stored as a number, 14 digits) → `83031162700012`;
/// `45292` → `45292` (no `.0`); `1.2345678901234567E+19` → `12345678901234600000`.
enum XLSXNumberText {
    /// Excel's precision: 15 significant digits.
    static let significantDigits = 15

    /// A number in plain notation, or `nil` when `raw` is not a number
    /// (`-?digits[.digits][E[+-]digits]`, surrounding spaces allowed).
    /// - Parameter shift: a power of ten to multiply by first (2 for a percentage).
    static func plain(_ raw: String, shift: Int = 0) -> String? {
        guard var number = Parsed(raw) else { return nil }
        number.pointPosition += shift
        number.round(toSignificantDigits: significantDigits)
        return number.text
    }

    /// The integer part and the fraction of a non-negative number (`45292.75` → (45292, 0.75)),
    /// for serial dates; `nil` for a negative or malformed one.
    static func wholeAndFraction(_ raw: String) -> (whole: Int, fraction: Double)? {
        guard let number = Parsed(raw), !number.negative else { return nil }
        let digits = number.digits
        let point = number.pointPosition
        guard point <= 15 else { return nil }
        var whole = 0
        for index in 0..<max(point, 0) { whole = whole * 10 + (index < digits.count ? Int(digits[index]) : 0) }
        var fraction = 0.0
        var scale = 0.1
        var index = max(point, 0)
        // Leading zeros of the fraction when the point is before the first digit.
        if point < 0 { for _ in 0..<(-point) { scale /= 10 } }
        while index < digits.count {
            fraction += Double(digits[index]) * scale
            scale /= 10
            index += 1
        }
        return (whole, fraction)
    }

    /// A decimal number as digits and a point position: value = 0.d₀d₁… × 10^pointPosition,
    /// d₀ ≠ 0 (no digits for zero).
    private struct Parsed {
        var negative = false
        var digits: [UInt8] = []
        var pointPosition = 0

        init?(_ raw: String) {
            let bytes = Array(raw.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
            var index = 0
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var sawDigit = false
            var sawPoint = false
            var point = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x30, byte <= 0x39 {
                    sawDigit = true
                    if digits.isEmpty && byte == 0x30 {
                        if sawPoint { point -= 1 }           // 0.001: zeros after the point move it
                    } else {
                        digits.append(byte - 0x30)
                        if !sawPoint { point += 1 }
                    }
                } else if byte == UInt8(ascii: "."), !sawPoint {
                    sawPoint = true
                } else {
                    break
                }
                index += 1
            }
            guard sawDigit else { return nil }
            if index < bytes.count {
                guard bytes[index] == UInt8(ascii: "E") || bytes[index] == UInt8(ascii: "e") else { return nil }
                index += 1
                var exponentNegative = false
                if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    exponentNegative = bytes[index] == UInt8(ascii: "-")
                    index += 1
                }
                var exponent = 0
                let start = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, exponent < 10_000 {
                    exponent = exponent * 10 + Int(bytes[index] - 0x30)
                    index += 1
                }
                guard index > start, index == bytes.count else { return nil }
                point += exponentNegative ? -exponent : exponent
            }
            // Trailing zeros carry no value once the point position is known.
            while digits.last == 0 { digits.removeLast() }
            pointPosition = digits.isEmpty ? 0 : point
        }

        /// Rounds half up (away from zero) to `count` significant digits.
        mutating func round(toSignificantDigits count: Int) {
            guard digits.count > count else { return }
            let roundUp = digits[count] >= 5
            digits.removeLast(digits.count - count)
            if roundUp {
                var index = count - 1
                while index >= 0 {
                    if digits[index] < 9 { digits[index] += 1; break }
                    digits[index] = 0
                    index -= 1
                }
                if index < 0 {                                // 999… → 1000…
                    digits.insert(1, at: 0)
                    digits.removeLast()
                    pointPosition += 1
                }
            }
            while digits.last == 0 { digits.removeLast() }
        }

        /// Plain notation: `-0.001`, `12.5`, `83031162700012`, `0`.
        var text: String {
            guard !digits.isEmpty else { return "0" }
            var out: [UInt8] = negative ? [UInt8(ascii: "-")] : []
            let ascii = digits.map { $0 + 0x30 }
            if pointPosition <= 0 {
                out += [0x30, UInt8(ascii: ".")] + [UInt8](repeating: 0x30, count: -pointPosition) + ascii
            } else if pointPosition >= ascii.count {
                out += ascii + [UInt8](repeating: 0x30, count: pointPosition - ascii.count)
            } else {
                out += ascii[..<pointPosition] + [UInt8(ascii: ".")] + ascii[pointPosition...]
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
