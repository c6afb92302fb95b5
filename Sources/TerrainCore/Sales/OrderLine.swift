import Foundation

/// The money side of one line of a sales order, a quote or a credit note: how many, at what list
/// price, with which successive discounts, at which VAT rate, and (for margin figures) at what
/// purchase cost. What is sold (product reference, label, unit) belongs to the catalogue and the
/// order that wrap this value.
///
/// Rounding (usual French invoicing practice; see `Pricing.netUnitPrice` and `Rounding`):
/// - `netUnitPrice` is exact, never rounded;
/// - `netAmount` = quantity × net unit price, rounded half-up to the cent: the line amount
///   excl. VAT shown on the invoice, and the unit `OrderTotals` sums;
/// - the VAT is computed on the totals per rate by default (`VATComputation.perRateOnTotal`);
///   `vatAmount` is this line's rounded VAT, used only in `VATComputation.perLine` mode.
///
/// A credit note (avoir) uses lines with a negative quantity and positive prices: every amount
/// then comes out negative, rounded away from zero, so it is the exact negative of the line it
/// cancels. Example: 3 × 12,50 € −10 % −2 % → 3 × 12,50 = 37,50; × 0,90 = 33,75;
/// × 0,98 = 33,075 → `netAmount` 33,08 €; with quantity −3, −33,08 €.
public struct OrderLine: Sendable, Codable, Hashable {
    /// Quantity in the catalogue's selling unit (bottle, case, keg, kg, month of rental...).
    /// May be fractional; negative on a credit note.
    public var quantity: Decimal
    /// Unit price excl. VAT before discounts (prix unitaire HT brut), in euros; includes excise
    /// duties, which are part of the VAT base.
    public var unitPrice: Decimal
    /// Successive discount rates in the order granted, each a fraction (`0.10` = 10 %); empty for
    /// none. Applied in cascade (`Pricing.netUnitPrice`).
    public var discounts: [Decimal]
    /// The VAT rate of what the line sells.
    public var vatRate: VATRate
    /// Unit purchase cost excl. VAT (coût d'achat unitaire HT), in euros, per the same unit as
    /// `quantity`; `nil` when unknown (then the line has no cost or margin). Use `0` for a line
    /// that really costs nothing (a delivery fee), so that the order's margin stays defined.
    public var unitCost: Decimal?

    /// Creates a line. Amounts in euros excl. VAT, rates as fractions.
    public init(
        quantity: Decimal, unitPrice: Decimal, discounts: [Decimal] = [],
        vatRate: VATRate, unitCost: Decimal? = nil
    ) {
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.discounts = discounts
        self.vatRate = vatRate
        self.unitCost = unitCost
    }

    /// Unit price excl. VAT after the successive discounts, exact (unrounded), in euros.
    public var netUnitPrice: Decimal {
        Pricing.netUnitPrice(listPrice: unitPrice, discounts: discounts)
    }

    /// Line amount excl. VAT after discounts (montant HT net) = quantity × net unit price, rounded
    /// half-up to the cent, in euros. Negative on a credit note.
    public var netAmount: Decimal {
        Rounding.toCents(quantity * netUnitPrice)
    }

    /// Purchase cost of the line = quantity × unit cost, rounded half-up to the cent, in euros;
    /// `nil` when `unitCost` is unknown.
    public var costAmount: Decimal? {
        unitCost.map { Rounding.toCents(quantity * $0) }
    }

    /// Gross margin of the line (marge commerciale) = `netAmount − costAmount`, in euros; `nil`
    /// when the cost is unknown.
    public var grossMargin: Decimal? {
        costAmount.map { netAmount - $0 }
    }

    /// The line's VAT = `netAmount × vatRate.rate`, rounded half-up to the cent, in euros.
    ///
    /// Only the `VATComputation.perLine` mode sums these; by default the VAT is computed once per
    /// rate on the total of the lines (`OrderTotals`), which can differ by a few cents.
    public var vatAmount: Decimal {
        vatRate.vat(on: netAmount)
    }
}
