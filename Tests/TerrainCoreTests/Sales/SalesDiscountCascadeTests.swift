import Foundation
import Testing
import TerrainCore

@Suite("Sales: successive discounts (remises en cascade)")
struct SalesDiscountCascadeTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("each discount applies to the previous net, not to the list price")
    func cascade() {
        // 100 × 0,90 = 90; 90 × 0,95 = 85,50 (not 100 × 0,85 = 85)
        let net = Pricing.netUnitPrice(listPrice: 100, discounts: [d("0.10"), d("0.05")])
        #expect(net == d("85.5"))
        #expect(net != 85)
    }

    @Test("the combined discount is 1 − Π(1 − dᵢ), not the sum")
    func combined() {
        // 1 − 0,90 × 0,95 = 1 − 0,855 = 0,145 (14,5 %, not 15 %)
        #expect(Pricing.combinedDiscountRate([d("0.10"), d("0.05")]) == d("0.145"))
        // three: 1 − 0,90 × 0,95 × 0,98 = 1 − 0,8379 = 0,1621
        #expect(Pricing.combinedDiscountRate([d("0.10"), d("0.05"), d("0.02")]) == d("0.1621"))
        #expect(Pricing.combinedDiscountRate([]) == 0)
    }

    @Test("no discount leaves the list price; the order of discounts does not matter")
    func neutralAndCommutative() {
        #expect(Pricing.netUnitPrice(listPrice: d("12.50"), discounts: []) == d("12.50"))
        // 100 × 0,95 = 95; 95 × 0,90 = 85,50: same as −10 % then −5 %
        #expect(Pricing.netUnitPrice(listPrice: 100, discounts: [d("0.05"), d("0.10")]) == d("85.5"))
    }

    @Test("the net unit price is exact, not rounded to the cent")
    func unrounded() {
        // 1,99 × 0,93 = 1,8507 (kept, not 1,85)
        #expect(Pricing.netUnitPrice(listPrice: d("1.99"), discounts: [d("0.07")]) == d("1.8507"))
        // 12,50 × 0,90 = 11,25; × 0,98 = 11,025 (kept, not 11,03)
        #expect(Pricing.netUnitPrice(listPrice: d("12.50"), discounts: [d("0.10"), d("0.02")]) == d("11.025"))
    }

    @Test("a 100 % discount gives free goods")
    func freeGoods() {
        #expect(Pricing.netUnitPrice(listPrice: d("24.90"), discounts: [1]) == 0)  // 24,90 × 0 = 0
        #expect(Pricing.combinedDiscountRate([d("0.10"), 1]) == 1)                 // 1 − 0,90 × 0 = 1
    }

    @Test("valid rates are fractions from 0 to 1", arguments: [
        ("0", true), ("0.055", true), ("1", true), ("-0.01", false), ("1.01", false), ("15", false),
    ])
    func validRates(rate: String, valid: Bool) {
        #expect(Pricing.isValidRate(d(rate)) == valid)
    }
}
