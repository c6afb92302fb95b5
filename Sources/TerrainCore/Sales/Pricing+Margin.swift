import Foundation

/// Margin, markup and price multiplier.
///
/// On one sale bought 60 € and sold 80 € excl. VAT, the gross margin is 20 €:
/// - margin rate (taux de marque) = 20 / 80 = 25 % — the share of the price that is margin;
/// - markup rate (taux de marge) = 20 / 60 = 33,33… % — what is added to the cost.
/// One converts into the other: margin rate = markup / (1 + markup), markup = margin rate /
/// (1 − margin rate).
extension Pricing {
    /// Margin rate (taux de marque) = (netSales − cost) / netSales, unrounded.
    ///
    /// - Parameters:
    ///   - netSales: sales amount or unit price excl. VAT, after discounts, in euros.
    ///   - cost: purchase cost of the same quantity, excl. VAT, in euros.
    /// - Returns: a fraction (`0.25` = 25 %), or `nil` when `netSales` is 0. Signs cancel: a credit
    ///   note (both amounts negative) has the same rate as the order it cancels.
    public static func marginRate(netSales: Decimal, cost: Decimal) -> Decimal? {
        ratio(netSales - cost, netSales)
    }

    /// Markup rate (taux de marge) = (netSales − cost) / cost, unrounded.
    ///
    /// - Returns: a fraction (`0.5` = 50 %), or `nil` when `cost` is 0.
    public static func markupRate(netSales: Decimal, cost: Decimal) -> Decimal? {
        ratio(netSales - cost, cost)
    }

    /// The margin rate (taux de marque) that a markup rate (taux de marge) gives:
    /// `markup / (1 + markup)`, unrounded. `0.25` (25 % markup) gives `0.2` (20 % margin rate).
    ///
    /// - Returns: `nil` when `markupRate` is −1 (a price of zero).
    public static func marginRate(fromMarkupRate markupRate: Decimal) -> Decimal? {
        ratio(markupRate, 1 + markupRate)
    }

    /// The markup rate (taux de marge) that a margin rate (taux de marque) gives:
    /// `marginRate / (1 − marginRate)`, unrounded. `0.2` gives `0.25`.
    ///
    /// - Returns: `nil` when `marginRate` is 1 (a cost of zero).
    public static func markupRate(fromMarginRate marginRate: Decimal) -> Decimal? {
        ratio(marginRate, 1 - marginRate)
    }

    /// The sales price excl. VAT that yields a target margin rate (taux de marque):
    /// `cost / (1 − targetMarginRate)`, rounded half-up to the cent.
    ///
    /// Cost 60 €, margin rate 25 % → 60 / 0,75 = 80 €. Because of the rounding, the margin rate
    /// achieved can differ from the target by the effect of half a cent on the price.
    /// - Parameters:
    ///   - cost: purchase cost excl. VAT, in euros.
    ///   - targetMarginRate: a fraction (`0.25` = 25 %).
    /// - Returns: the price in euros, or `nil` when `targetMarginRate` is 1 or more (no price has
    ///   a margin of 100 % of itself or more).
    public static func salesPrice(forCost cost: Decimal, targetMarginRate: Decimal) -> Decimal? {
        guard targetMarginRate < 1 else { return nil }
        return Rounding.toCents(cost / (1 - targetMarginRate))
    }

    /// The sales price excl. VAT that yields a target markup rate (taux de marge):
    /// `cost × (1 + targetMarkupRate)`, rounded half-up to the cent.
    ///
    /// Cost 60 €, markup 25 % → 60 × 1,25 = 75 €.
    /// - Parameters:
    ///   - cost: purchase cost excl. VAT, in euros.
    ///   - targetMarkupRate: a fraction (`0.25` = 25 %).
    public static func salesPrice(forCost cost: Decimal, targetMarkupRate: Decimal) -> Decimal {
        Rounding.toCents(cost * (1 + targetMarkupRate))
    }

    /// Price multiplier (coefficient multiplicateur) = sales price incl. VAT / purchase cost excl.
    /// VAT, unrounded. A retailer buying 2,50 € excl. VAT and selling 6,00 € incl. VAT works with a
    /// multiplier of 2,4.
    ///
    /// - Parameters:
    ///   - salesPriceIncludingVAT: the unit sales price incl. VAT (prix de vente TTC), in euros.
    ///   - purchaseCost: the unit net purchase cost excl. VAT (prix d'achat net HT), in euros.
    /// - Returns: the multiplier (a plain number, not a rate), or `nil` when `purchaseCost` is 0.
    public static func priceMultiplier(salesPriceIncludingVAT: Decimal, purchaseCost: Decimal) -> Decimal? {
        ratio(salesPriceIncludingVAT, purchaseCost)
    }

    /// The sales price incl. VAT given by a price multiplier: `purchaseCost × multiplier`, rounded
    /// half-up to the cent. 2,50 € × 2,4 = 6,00 €.
    public static func salesPriceIncludingVAT(forCost purchaseCost: Decimal, multiplier: Decimal) -> Decimal {
        Rounding.toCents(purchaseCost * multiplier)
    }

    /// `numerator / denominator`, or `nil` when the denominator is 0 (or either is NaN).
    static func ratio(_ numerator: Decimal, _ denominator: Decimal) -> Decimal? {
        guard !numerator.isNaN, !denominator.isNaN, denominator != 0 else { return nil }
        return numerator / denominator
    }
}
