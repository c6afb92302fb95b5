import Foundation

/// Explicit rounding of `Decimal` amounts: half-up, that is half away from zero.
///
/// Terrain rounds money in exactly the places a French invoice does, and nowhere else
/// (see `OrderLine` and `OrderTotals`): each line's amount excl. VAT, then the VAT of each rate.
/// Intermediate values (net unit prices after discounts, rates, quotients) stay unrounded; `Decimal`
/// keeps 38 significant digits, so products of prices and rates are exact.
///
/// Half-up to the nearest cent is usual practice in France; it is also the rule that Council
/// Regulation (EC) No 1103/97, art. 5, set for amounts converted into euros ("rounded up or down to
/// the nearest cent"; a result exactly half-way is rounded up). No French text imposes one rounding
/// method for invoices. Negative amounts (credit notes) round symmetrically, away from zero:
/// `toCents(0.125) == 0.13` and `toCents(-0.125) == -0.13`, so a credit note is exactly the negative
/// of the order it cancels.
public enum Rounding: Sendable {
    /// Rounds an amount in euros to the cent, half away from zero.
    ///
    /// `33.075 → 33.08`, `33.0749 → 33.07`, `-0.125 → -0.13`, `-0.004 → 0` (never a negative zero).
    /// A NaN input gives NaN.
    public static func toCents(_ amount: Decimal) -> Decimal {
        halfUp(amount, places: 2)
    }

    /// Rounds to `places` decimal places, half away from zero. `places` may be 0 (whole units) or
    /// more than 2 (e.g. 4 to show a rate as a percentage with two decimals: `0.123456 → 0.1235`,
    /// 12,35 %). A NaN input gives NaN.
    public static func halfUp(_ value: Decimal, places: Int) -> Decimal {
        guard !value.isNaN else { return value }
        var input = value
        var result = Decimal()
        // `.plain` is Foundation's half-away-from-zero mode ("when caught halfway between two
        // positive values, round up; between two negative values, round down").
        NSDecimalRound(&result, &input, places, .plain)
        // A zero result carries no sign: `-0.004` rounds to `0`, not `-0`.
        return result == 0 ? Decimal(0) : result
    }
}
