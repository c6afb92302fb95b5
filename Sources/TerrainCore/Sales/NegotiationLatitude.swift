import Foundation

/// Negotiation latitude (marge de manœuvre): the limits the company gives a sales rep on one
/// product or offer. Either limit may be absent (`nil`: no limit of that kind).
///
/// Example: list price 100 €, floor 82 €, maximum discount 15 %. Granting −10 % then −5 % gives
/// 100 × 0,90 × 0,95 = 85,50 € (above the floor) and a combined discount of 1 − 0,90 × 0,95 =
/// 14,5 % (within 15 %): allowed. Adding −5 % more gives 81,225 € and 18,775 %: both limits broken.
public struct NegotiationLatitude: Sendable, Codable, Hashable {
    /// Lowest net unit price excl. VAT the rep may grant (prix plancher), in euros; `nil` for none.
    public var floorPrice: Decimal?
    /// Highest combined discount rate the rep may grant, a fraction (`0.15` = 15 %) compared with
    /// `1 − Π(1 − dᵢ)`, not with the sum of the discounts; `nil` for none.
    public var maxDiscountRate: Decimal?

    /// Creates a latitude; `nil` leaves that limit out.
    public init(floorPrice: Decimal? = nil, maxDiscountRate: Decimal? = nil) {
        self.floorPrice = floorPrice
        self.maxDiscountRate = maxDiscountRate
    }

    /// Checks a proposed price: successive `discounts` on `listPrice`.
    ///
    /// The net unit price is compared exact (unrounded) with the floor, so that no quantity can
    /// round a line below it; reaching the floor or the maximum exactly is allowed.
    /// - Parameters:
    ///   - listPrice: unit price excl. VAT before discounts, in euros.
    ///   - discounts: the discount rates proposed, in order, each a fraction.
    public func check(listPrice: Decimal, discounts: [Decimal]) -> LatitudeCheck {
        let net = Pricing.netUnitPrice(listPrice: listPrice, discounts: discounts)
        let combined = Pricing.combinedDiscountRate(discounts)
        return LatitudeCheck(
            netUnitPrice: net,
            combinedDiscountRate: combined,
            respectsFloor: floorPrice.map { net >= $0 } ?? true,
            withinMaxDiscount: maxDiscountRate.map { combined <= $0 } ?? true
        )
    }
}

/// The outcome of `NegotiationLatitude.check(listPrice:discounts:)`.
public struct LatitudeCheck: Sendable, Codable, Hashable {
    /// Net unit price excl. VAT after the discounts, exact, in euros.
    public var netUnitPrice: Decimal
    /// Combined discount rate `1 − Π(1 − dᵢ)`, a fraction.
    public var combinedDiscountRate: Decimal
    /// Whether the net unit price is at or above the floor price (`true` when there is no floor).
    public var respectsFloor: Bool
    /// Whether the combined discount is at or below the maximum (`true` when there is no maximum).
    public var withinMaxDiscount: Bool

    /// Creates a result (normally made by `NegotiationLatitude.check`).
    public init(netUnitPrice: Decimal, combinedDiscountRate: Decimal, respectsFloor: Bool, withinMaxDiscount: Bool) {
        self.netUnitPrice = netUnitPrice
        self.combinedDiscountRate = combinedDiscountRate
        self.respectsFloor = respectsFloor
        self.withinMaxDiscount = withinMaxDiscount
    }

    /// Whether the proposal respects every limit: the rep may grant it without approval.
    public var isWithinLatitude: Bool { respectsFloor && withinMaxDiscount }
}
