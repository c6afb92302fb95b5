import Foundation

/// Successive discounts (remises en cascade).
///
/// Each discount applies to the price left by the previous one, never to the list price:
/// 100 € −10 % −5 % is 100 × 0,90 × 0,95 = 85,50 €, not 100 × (1 − 0,15) = 85 €. The combined
/// discount is therefore 1 − Π(1 − dᵢ) (here 14,5 %), not Σdᵢ.
///
/// Where rounding happens: nowhere in the cascade. The net unit price stays exact; the amount of a
/// line, quantity × net unit price, is what gets rounded to the cent (`OrderLine.netAmount`). This
/// is usual French invoicing practice (no text fixes the rounding point): the invoice must show per
/// line the quantity, the unit price excl. VAT and the reductions granted (CGI, annexe II,
/// art. 242 nonies A; Directive 2006/112/EC, art. 226), and the line amount printed beside them is
/// the first amount rounded to the cent. Rounding the unit price first would multiply its rounding error by the quantity: 24 × (1,99 × 0,93) is
/// 24 × 1,8507 = 44,4168 → 44,42 €, where 24 × 1,85 gives 44,40 €. With no intermediate
/// rounding, the order of the discounts does not change the result; keep the invoice's order
/// (remise, then rabais) for display.
///
/// These are the reductions known at the time of the order and tied to it (remises, rabais).
/// Rebates granted later on volume over a period (ristournes) and cash discounts for early payment
/// (escomptes) are not line discounts: they come as credit notes or on the payment terms.
extension Pricing {
    /// The net unit price after successive discounts: `listPrice × Π(1 − dᵢ)`, exact (not rounded).
    ///
    /// - Parameters:
    ///   - listPrice: unit price excl. VAT before discounts, in euros.
    ///   - discounts: discount rates in the order granted, each a fraction (`0.10` = 10 %),
    ///     normally in `0...1` (see `isValidRate`); an empty array means no discount.
    /// - Returns: the net unit price excl. VAT in euros, unrounded. `netUnitPrice(listPrice: 100,
    ///   discounts: [0.10, 0.05]) == 85.5`.
    public static func netUnitPrice(listPrice: Decimal, discounts: [Decimal]) -> Decimal {
        listPrice * remainingFraction(after: discounts)
    }

    /// The single discount rate equivalent to successive discounts: `1 − Π(1 − dᵢ)`, exact.
    ///
    /// `[0.10, 0.05]` gives `0.145` (14,5 %), not 15 %; `[]` gives `0`.
    public static func combinedDiscountRate(_ discounts: [Decimal]) -> Decimal {
        1 - remainingFraction(after: discounts)
    }

    /// Whether `rate` is a usable discount or margin rate: a fraction between 0 and 1 inclusive.
    ///
    /// The pricing functions compute mechanically whatever they are given (a discount of 1.5
    /// yields a negative price); validate user input with this at the boundary (form, import).
    public static func isValidRate(_ rate: Decimal) -> Bool {
        !rate.isNaN && rate >= 0 && rate <= 1
    }

    /// Π(1 − dᵢ): the fraction of the list price left after the discounts.
    private static func remainingFraction(after discounts: [Decimal]) -> Decimal {
        discounts.reduce(Decimal(1)) { remaining, discount in remaining * (1 - discount) }
    }
}
