/// Strict parsing of the date formats users and files give us.
public enum DateParsing {
    /// Parses a French date `jj/mm/aaaa` (also `j/m/aaaa`) or an ISO date `aaaa-mm-jj`.
    ///
    /// Surrounding spaces are ignored. The year must have 4 digits; a day or month of 1 or 2
    /// digits. The date must exist: `31/02/2026` and `29/02/2025` give `nil` (never rolled over
    /// to March), `29/02/2024` is accepted (2024 is a leap year).
    /// - Returns: the date, or `nil` when the text is not one of these forms or not a real day.
    public static func parseFrench(_ s: String) -> LocalDate? {
        withUTF8Bytes(s) { bytes in
            var lower = 0
            var upper = bytes.count
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            if upper - lower == 10, bytes[lower + 4] == UInt8(ascii: "-") { return parseISO(bytes, lower) }
            // j/m/aaaa: find the two slashes.
            var first = -1
            var second = -1
            for index in lower..<upper where bytes[index] == UInt8(ascii: "/") {
                if first < 0 { first = index } else if second < 0 { second = index } else { return nil }
            }
            guard second > 0, (1...2).contains(first - lower), (1...2).contains(second - first - 1),
                  upper - second - 1 == 4,
                  let day = bytes.digitsValue(lower..<first),
                  let month = bytes.digitsValue((first + 1)..<second),
                  let year = bytes.digitsValue((second + 1)..<upper) else { return nil }
            return LocalDate(year: year, month: month, day: day)
        }
    }

    /// Parses a strict ISO 8601 calendar date `aaaa-mm-jj` (exactly 4-2-2 digits), as the
    /// SIRENE files write it. Returns `nil` otherwise or when the day does not exist.
    public static func parseISO(_ s: String) -> LocalDate? {
        withUTF8Bytes(s) { bytes in
            var lower = 0
            var upper = bytes.count
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            return upper - lower == 10 ? parseISO(bytes, lower) : nil
        }
    }

    /// `aaaa-mm-jj` at `bytes[start..<start + 10]`.
    private static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> LocalDate? {
        guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = bytes.digitsValue(start..<(start + 4)),
              let month = bytes.digitsValue((start + 5)..<(start + 7)),
              let day = bytes.digitsValue((start + 8)..<(start + 10)) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
