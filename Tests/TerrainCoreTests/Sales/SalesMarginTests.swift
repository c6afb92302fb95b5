import Foundation
import Testing
import TerrainCore

@Suite("Sales: margin rate, markup rate, target prices, multiplier")
struct SalesMarginTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("margin rate and markup rate of one sale")
    func rates() {
        // bought 60, sold 80: margin 20
        #expect(Pricing.marginRate(netSales: 80, cost: 60) == d("0.25"))  // taux de marque 20 / 80 = 25 %
        // taux de marge 20 / 60 = 0,333… = 33,33 %
        #expect(Pricing.markupRate(netSales: 80, cost: 60).map { Rounding.halfUp($0, places: 4) } == d("0.3333"))
        #expect(Pricing.marginRate(netSales: 0, cost: 60) == nil)  // 20 / 0: undefined
        #expect(Pricing.markupRate(netSales: 80, cost: 0) == nil)   // 80 / 0: undefined
    }

    @Test("converting markup rate and margin rate")
    func conversions() {
        #expect(Pricing.marginRate(fromMarkupRate: d("0.25")) == d("0.2"))   // 0,25 / 1,25 = 0,20
        #expect(Pricing.markupRate(fromMarginRate: d("0.2")) == d("0.25"))   // 0,20 / 0,80 = 0,25
        #expect(Pricing.marginRate(fromMarkupRate: 1) == d("0.5"))           // 1 / 2: ×2 on cost is 50 % of price
        // 0,25 / 0,75 = 0,333…: the 60 → 80 sale again
        #expect(Pricing.markupRate(fromMarginRate: d("0.25")).map { Rounding.halfUp($0, places: 4) } == d("0.3333"))
        #expect(Pricing.marginRate(fromMarkupRate: -1) == nil)  // −1 / 0
        #expect(Pricing.markupRate(fromMarginRate: 1) == nil)   // 1 / 0
    }

    @Test("price from a target margin rate (taux de marque)")
    func priceFromMarginRate() {
        #expect(Pricing.salesPrice(forCost: 60, targetMarginRate: d("0.25")) == 80)  // 60 / (1 − 0,25) = 60 / 0,75 = 80
        // 10 / 0,70 = 14,2857… → 14,29
        #expect(Pricing.salesPrice(forCost: 10, targetMarginRate: d("0.30")) == d("14.29"))
        #expect(Pricing.salesPrice(forCost: 10, targetMarginRate: 1) == nil)          // 10 / 0
        #expect(Pricing.salesPrice(forCost: 10, targetMarginRate: d("1.2")) == nil)   // would be negative
    }

    @Test("price from a target markup rate (taux de marge)")
    func priceFromMarkupRate() {
        #expect(Pricing.salesPrice(forCost: 60, targetMarkupRate: d("0.25")) == 75)  // 60 × 1,25 = 75 (not 80)
        // 2,10 × 1,35 = 2,835 → 2,84
        #expect(Pricing.salesPrice(forCost: d("2.10"), targetMarkupRate: d("0.35")) == d("2.84"))
    }

    @Test("price multiplier (coefficient multiplicateur)")
    func multiplier() {
        // bought 2,50 excl. VAT, sold 6,00 incl. VAT: 6,00 / 2,50 = 2,4
        // (markup 100 % → 5,00 excl. VAT; × 1,20 VAT → 6,00; 2 × 1,2 = 2,4)
        #expect(Pricing.priceMultiplier(salesPriceIncludingVAT: 6, purchaseCost: d("2.50")) == d("2.4"))
        #expect(Pricing.priceMultiplier(salesPriceIncludingVAT: 6, purchaseCost: 0) == nil)
        #expect(Pricing.salesPriceIncludingVAT(forCost: d("2.50"), multiplier: d("2.4")) == 6)  // 2,50 × 2,4
        // 1,37 × 2,45 = 3,3565 → 3,36
        #expect(Pricing.salesPriceIncludingVAT(forCost: d("1.37"), multiplier: d("2.45")) == d("3.36"))
    }
}
