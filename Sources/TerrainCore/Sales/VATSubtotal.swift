import Foundation

/// One row of an order's VAT breakdown (ventilation de la TVA): for one rate, the total excl. VAT
/// of the lines at that rate and the VAT on it. Amounts in euros, rounded to the cent, negative
/// on a credit note.
public struct VATSubtotal: Sendable, Codable, Hashable {
    /// The VAT rate of this row.
    public var rate: VATRate
    /// Total excl. VAT of the lines at this rate (base HT) = Σ `OrderLine.netAmount`.
    public var base: Decimal
    /// VAT on this base, computed as `OrderTotals.mode` says.
    public var vat: Decimal

    /// Creates a row from amounts already rounded to the cent.
    public init(rate: VATRate, base: Decimal, vat: Decimal) {
        self.rate = rate
        self.base = base
        self.vat = vat
    }

    /// `base + vat`: the total incl. VAT of the lines at this rate.
    public var totalIncludingVAT: Decimal { base + vat }
}
