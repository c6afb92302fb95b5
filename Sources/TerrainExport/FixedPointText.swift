/// Decimal text for a `Double` with a fixed number of fraction digits, independent of locale
/// and of the platform's `printf`: the same value always gives the same bytes.
enum FixedPointText {
    /// `value` rounded half away from zero to `fractionDigits` digits, written with a `.`
    /// decimal point and exactly `fractionDigits` digits after it (none and no point when 0);
    /// a result that rounds to zero is written without a minus sign.
    ///
    /// Rounding applies to the binary value: `2.25` (exact in binary) gives `"2.3"` with one
    /// digit, `0.15` (stored as 0.1499999999999999944…) × 10 = 1.5000000000000002 gives `"0.2"`.
    /// - Precondition: `value` is finite and `|value| × 10^fractionDigits` < 2^53, and
    ///   `fractionDigits` is in 0…9.
    static func text(_ value: Double, fractionDigits: Int) -> String {
        precondition((0...9).contains(fractionDigits), "fractionDigits out of range")
        var power = 1
        for _ in 0..<fractionDigits { power *= 10 }
        let scaled = (value * Double(power)).rounded(.toNearestOrAwayFromZero)
        precondition(scaled.isFinite && scaled.magnitude < 9_007_199_254_740_992, "value out of range")
        let units = Int(scaled)
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let whole = String(magnitude / UInt(power))
        guard fractionDigits > 0 else { return sign + whole }
        let fraction = String(magnitude % UInt(power))
        let padding = String(repeating: "0", count: fractionDigits - fraction.count)
        return sign + whole + "." + padding + fraction
    }
}
