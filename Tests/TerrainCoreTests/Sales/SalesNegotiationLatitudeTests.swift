import Foundation
import Testing
import TerrainCore

@Suite("Sales: negotiation latitude")
struct SalesNegotiationLatitudeTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// Floor 82,00 €, maximum combined discount 15 %.
    private var latitude: NegotiationLatitude { NegotiationLatitude(floorPrice: 82, maxDiscountRate: d("0.15")) }

    @Test("within both limits")
    func within() {
        let check = latitude.check(listPrice: 100, discounts: [d("0.10"), d("0.05")])
        #expect(check.netUnitPrice == d("85.5"))            // 100 × 0,90 × 0,95 = 85,50 ≥ 82
        #expect(check.combinedDiscountRate == d("0.145"))   // 1 − 0,855 = 14,5 % ≤ 15 %
        #expect(check.respectsFloor)
        #expect(check.withinMaxDiscount)
        #expect(check.isWithinLatitude)
    }

    @Test("beyond both limits")
    func beyond() {
        let check = latitude.check(listPrice: 100, discounts: [d("0.10"), d("0.05"), d("0.05")])
        #expect(check.netUnitPrice == d("81.225"))          // 85,50 × 0,95 = 81,225 < 82
        #expect(check.combinedDiscountRate == d("0.18775")) // 1 − 0,81225 = 18,775 % > 15 %
        #expect(!check.respectsFloor)
        #expect(!check.withinMaxDiscount)
        #expect(!check.isWithinLatitude)
    }

    @Test("the maximum applies to the cascaded discount, not the sum")
    func cascadeNotSum() {
        // −10 % then −5,5 %: the sum is 15,5 %, but 1 − 0,90 × 0,945 = 1 − 0,8505 = 14,95 % ≤ 15 %
        let check = latitude.check(listPrice: 100, discounts: [d("0.10"), d("0.055")])
        #expect(check.combinedDiscountRate == d("0.1495"))
        #expect(check.withinMaxDiscount)
    }

    @Test("reaching a limit exactly is allowed")
    func atTheLimits() {
        let exact = NegotiationLatitude(floorPrice: d("85.50"), maxDiscountRate: d("0.145"))
        #expect(exact.check(listPrice: 100, discounts: [d("0.10"), d("0.05")]).isWithinLatitude)  // 85,50 and 14,5 %
    }

    @Test("the floor is compared with the exact net price, not the rounded one")
    func exactFloor() {
        let floorOnly = NegotiationLatitude(floorPrice: d("85.50"))
        // 100 × (1 − 0,14505) = 85,495: it would round to 85,50, yet it is below the floor
        let check = floorOnly.check(listPrice: 100, discounts: [d("0.14505")])
        #expect(check.netUnitPrice == d("85.495"))
        #expect(!check.respectsFloor)
        #expect(check.withinMaxDiscount)  // no maximum set
        #expect(!check.isWithinLatitude)
    }

    @Test("no limits: anything goes")
    func noLimits() {
        let check = NegotiationLatitude().check(listPrice: 100, discounts: [d("0.50")])
        #expect(check.netUnitPrice == 50)  // 100 × 0,50
        #expect(check.isWithinLatitude)
    }
}
