import Foundation
import Testing
import TerrainCore

@Suite("Sales: growth rate (taux d'évolution)")
struct SalesGrowthRateTests {
    @Test("growth and decline")
    func growth() {
        #expect(Pricing.growthRate(current: 12_000, previous: 10_000) == Decimal(string: "0.2"))   // 2 000 / 10 000 = +20 %
        #expect(Pricing.growthRate(current: 9_000, previous: 10_000) == Decimal(string: "-0.1"))   // −1 000 / 10 000 = −10 %
        #expect(Pricing.growthRate(current: 0, previous: 10_000) == -1)                            // −10 000 / 10 000 = −100 %
        #expect(Pricing.growthRate(current: 10_000, previous: 10_000) == 0)
    }

    @Test("undefined when the previous period is 0")
    func undefined() {
        #expect(Pricing.growthRate(current: 5_000, previous: 0) == nil)  // 5 000 / 0
        #expect(Pricing.growthRate(current: 0, previous: 0) == nil)      // 0 / 0
    }
}
