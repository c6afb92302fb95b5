import Foundation

/// Growth rate (taux d'évolution) between two periods.
extension Pricing {
    /// Growth rate (taux d'évolution) = (current − previous) / previous, unrounded.
    ///
    /// Revenue 12 000 € this year against 10 000 € last year → 2 000 / 10 000 = `0.2` (+20 %).
    /// - Parameters:
    ///   - current: the figure for period N (revenue, order count, average order value...).
    ///   - previous: the same figure for period N−1.
    /// - Returns: a fraction (`0.2` = +20 %, `-0.1` = −10 %), or `nil` when `previous` is 0: there
    ///   is no growth rate from nothing (show "new" or "n.s.", never +∞ or 0 %). When `previous` is
    ///   negative (a loss, a net credit), the sign of the result does not read as growth; show the
    ///   variance (current − previous) instead.
    public static func growthRate(current: Decimal, previous: Decimal) -> Decimal? {
        ratio(current - previous, previous)
    }
}
