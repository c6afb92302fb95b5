import Foundation

/// The totals of a sales order, a quote or a credit note, as its invoice prints them, plus the
/// margin figures a sales rep and a manager read.
///
/// Computation (amounts in euros, rounded half-up to the cent at two points only):
/// 1. each line's `OrderLine.netAmount` (quantity × net unit price, rounded);
/// 2. per rate, the base = Σ net amounts at that rate (exact: a sum of cents), and its VAT
///    (`VATComputation`: rounded once on the base by default, or the sum of rounded line VAT);
/// 3. totals are plain sums: total excl. VAT = Σ bases, total VAT = Σ VAT per rate,
///    total incl. VAT = total excl. VAT + total VAT.
///
/// A credit note (lines with negative quantities) gets negative totals, rounded away from zero,
/// so its totals are the exact negatives of the order's it cancels. Rates are unrounded fractions
/// (`0.25` = 25 %) and `nil` when undefined.
public struct OrderTotals: Sendable, Hashable {
    /// How the VAT was computed.
    public let mode: VATComputation
    /// Total excl. VAT after discounts (total HT net) = Σ `OrderLine.netAmount`; the revenue
    /// (chiffre d'affaires) of the order.
    public let totalExcludingVAT: Decimal
    /// VAT breakdown: one row per rate present in the lines, in `VATRate.allCases` order
    /// (20 %, 10 %, 5,5 %, 2,1 %, 0); empty for an order without lines.
    public let vatBreakdown: [VATSubtotal]
    /// Total VAT = Σ `vatBreakdown[i].vat`.
    public let totalVAT: Decimal
    /// Total incl. VAT (total TTC) = `totalExcludingVAT + totalVAT`.
    public let totalIncludingVAT: Decimal
    /// Total purchase cost = Σ `OrderLine.costAmount`; `nil` as soon as one line's cost is unknown,
    /// since a margin on part of the lines would overstate the order's margin. `0` for no lines.
    public let totalCost: Decimal?
    /// Gross margin (marge commerciale) = `totalExcludingVAT − totalCost`; `nil` when the cost is.
    public let grossMargin: Decimal?
    /// Margin rate (taux de marque) = gross margin / total excl. VAT; `nil` when the cost is
    /// unknown or the total excl. VAT is 0.
    public let marginRate: Decimal?
    /// Markup rate (taux de marge) = gross margin / total cost; `nil` when the cost is unknown
    /// or 0.
    public let markupRate: Decimal?

    /// Computes the totals of `lines`.
    ///
    /// - Parameters:
    ///   - lines: the order's lines, any mix of rates and signs.
    ///   - mode: how the VAT is computed; `.perRateOnTotal` by default.
    public init(lines: [OrderLine], mode: VATComputation = .perRateOnTotal) {
        self.mode = mode
        var rows: [VATSubtotal] = []
        for rate in VATRate.allCases {
            let linesAtRate = lines.filter { $0.vatRate == rate }
            guard !linesAtRate.isEmpty else { continue }
            let base = linesAtRate.reduce(Decimal(0)) { $0 + $1.netAmount }
            let vat: Decimal = switch mode {
            case .perRateOnTotal: rate.vat(on: base)
            case .perLine: linesAtRate.reduce(Decimal(0)) { $0 + $1.vatAmount }
            }
            rows.append(VATSubtotal(rate: rate, base: base, vat: vat))
        }
        let net = rows.reduce(Decimal(0)) { $0 + $1.base }
        let vat = rows.reduce(Decimal(0)) { $0 + $1.vat }
        vatBreakdown = rows
        totalExcludingVAT = net
        totalVAT = vat
        totalIncludingVAT = net + vat

        var cost: Decimal? = Decimal(0)
        for line in lines {
            guard let lineCost = line.costAmount, let sum = cost else { cost = nil; break }
            cost = sum + lineCost
        }
        totalCost = cost
        grossMargin = cost.map { net - $0 }
        marginRate = cost.flatMap { Pricing.marginRate(netSales: net, cost: $0) }
        markupRate = cost.flatMap { Pricing.markupRate(netSales: net, cost: $0) }
    }

    /// The breakdown row of `rate`, or `nil` when no line has that rate.
    public func subtotal(for rate: VATRate) -> VATSubtotal? {
        vatBreakdown.first { $0.rate == rate }
    }
}
