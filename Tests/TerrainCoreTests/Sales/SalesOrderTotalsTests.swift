import Foundation
import Testing
import TerrainCore

@Suite("Sales: order totals, VAT breakdown and margin")
struct SalesOrderTotalsTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("VAT per rate on the total and VAT per line differ by a cent")
    func perRateVersusPerLine() {
        // Three syrups, 2 × 5,05 = 10,10 each, at 5,5 %.
        let lines = (0..<3).map { _ in OrderLine(quantity: 2, unitPrice: d("5.05"), vatRate: .reduced) }

        let onTotal = OrderTotals(lines: lines)  // .perRateOnTotal by default
        #expect(onTotal.mode == .perRateOnTotal)
        #expect(onTotal.totalExcludingVAT == d("30.30"))  // 3 × 10,10
        #expect(onTotal.totalVAT == d("1.67"))            // 30,30 × 0,055 = 1,6665 → 1,67
        #expect(onTotal.totalIncludingVAT == d("31.97"))  // 30,30 + 1,67

        let perLine = OrderTotals(lines: lines, mode: .perLine)
        #expect(lines[0].vatAmount == d("0.56"))          // 10,10 × 0,055 = 0,5555 → 0,56
        #expect(perLine.totalExcludingVAT == d("30.30"))
        #expect(perLine.totalVAT == d("1.68"))            // 0,56 + 0,56 + 0,56
        #expect(perLine.totalIncludingVAT == d("31.98"))  // 30,30 + 1,68
        #expect(perLine.vatBreakdown == [VATSubtotal(rate: .reduced, base: d("30.30"), vat: d("1.68"))])
    }

    /// A café's order from a drinks wholesaler, two rates.
    private var cafeOrder: [OrderLine] {
        [
            // A: 10 cases of beer at 24,90, −5 %, 20 %: 10 × 24,90 = 249,00; −5 % → 236,55. Cost 10 × 17,40 = 174,00
            OrderLine(quantity: 10, unitPrice: d("24.90"), discounts: [d("0.05")], vatRate: .standard, unitCost: d("17.40")),
            // B: 24 packs of water at 3,15, −10 % −3 %, 5,5 %: 24 × 3,15 = 75,60; −10 % → 68,04; −3 % → 65,9988 → 66,00.
            //    Cost 24 × 2,10 = 50,40
            OrderLine(quantity: 24, unitPrice: d("3.15"), discounts: [d("0.10"), d("0.03")], vatRate: .reduced, unitCost: d("2.10")),
            // C: 2 kg of coffee beans at 18,40, 5,5 %: 36,80. Cost 2 × 11,95 = 23,90
            OrderLine(quantity: 2, unitPrice: d("18.40"), vatRate: .reduced, unitCost: d("11.95")),
            // D: one month's rental of a beer tap, 35,00, 20 %. Cost 0
            OrderLine(quantity: 1, unitPrice: d("35.00"), vatRate: .standard, unitCost: 0),
        ]
    }

    @Test("mixed rates in one order")
    func mixedRates() {
        let totals = OrderTotals(lines: cafeOrder)
        #expect(totals.vatBreakdown == [
            // 20 %: 236,55 + 35,00 = 271,55; 271,55 × 0,20 = 54,31
            VATSubtotal(rate: .standard, base: d("271.55"), vat: d("54.31")),
            // 5,5 %: 66,00 + 36,80 = 102,80; 102,80 × 0,055 = 5,654 → 5,65
            VATSubtotal(rate: .reduced, base: d("102.80"), vat: d("5.65")),
        ])
        #expect(totals.subtotal(for: .reduced)?.totalIncludingVAT == d("108.45"))  // 102,80 + 5,65
        #expect(totals.subtotal(for: .intermediate) == nil)
        #expect(totals.totalExcludingVAT == d("374.35"))  // 271,55 + 102,80
        #expect(totals.totalVAT == d("59.96"))            // 54,31 + 5,65
        #expect(totals.totalIncludingVAT == d("434.31"))  // 374,35 + 59,96

        #expect(totals.totalCost == d("248.30"))    // 174,00 + 50,40 + 23,90 + 0
        #expect(totals.grossMargin == d("126.05"))  // 374,35 − 248,30
        // taux de marque: 126,05 / 374,35 = 0,33671… → 33,67 %
        #expect(totals.marginRate.map { Rounding.halfUp($0, places: 4) } == d("0.3367"))
        // taux de marge: 126,05 / 248,30 = 0,50765… → 50,77 %
        #expect(totals.markupRate.map { Rounding.halfUp($0, places: 4) } == d("0.5077"))

        // Per line: A 236,55 × 0,20 = 47,31; D 7,00 → 54,31; B 66,00 × 0,055 = 3,63; C 36,80 × 0,055 = 2,024 → 2,02
        // → 5,65. No line lands on a half cent here, so both modes agree.
        #expect(OrderTotals(lines: cafeOrder, mode: .perLine).vatBreakdown == totals.vatBreakdown)
    }

    @Test("margin rate and markup rate on the same numbers")
    func marginVersusMarkup() {
        // 10 × 8,00 = 80,00 sold, 10 × 6,00 = 60,00 cost, margin 20,00
        let totals = OrderTotals(lines: [OrderLine(quantity: 10, unitPrice: 8, vatRate: .reduced, unitCost: 6)])
        #expect(totals.grossMargin == 20)
        #expect(totals.marginRate == d("0.25"))  // taux de marque 20 / 80 = 25 %
        // taux de marge 20 / 60 = 0,3333… = 33,33 %
        #expect(totals.markupRate.map { Rounding.halfUp($0, places: 4) } == d("0.3333"))
    }

    @Test("margin figures are nil when undefined")
    func undefinedMargins() {
        // One line without a known cost: no cost, no margin for the order.
        var lines = cafeOrder
        lines[2].unitCost = nil
        let unknown = OrderTotals(lines: lines)
        #expect(unknown.totalCost == nil)
        #expect(unknown.grossMargin == nil)
        #expect(unknown.marginRate == nil)
        #expect(unknown.markupRate == nil)
        #expect(unknown.totalExcludingVAT == d("374.35"))  // the invoice side is unaffected

        // Zero cost: margin 35,00 = 100 % of sales; markup 35 / 0 undefined.
        let rental = OrderTotals(lines: [cafeOrder[3]])
        #expect(rental.marginRate == 1)
        #expect(rental.markupRate == nil)

        // Free goods: 24,90 −100 % = 0 sold, 17,40 cost; margin −17,40; −17,40 / 0 undefined; −17,40 / 17,40 = −1.
        let free = OrderTotals(lines: [
            OrderLine(quantity: 1, unitPrice: d("24.90"), discounts: [1], vatRate: .standard, unitCost: d("17.40")),
        ])
        #expect(free.totalExcludingVAT == 0)
        #expect(free.grossMargin == d("-17.40"))
        #expect(free.marginRate == nil)
        #expect(free.markupRate == -1)
    }

    @Test("an order without lines")
    func empty() {
        let totals = OrderTotals(lines: [])
        #expect(totals.vatBreakdown.isEmpty)
        #expect(totals.totalExcludingVAT == 0)
        #expect(totals.totalVAT == 0)
        #expect(totals.totalIncludingVAT == 0)
        #expect(totals.totalCost == 0)
        #expect(totals.grossMargin == 0)
        #expect(totals.marginRate == nil)
        #expect(totals.markupRate == nil)
    }

    @Test("lines without VAT get a zero-rate row")
    func zeroRate() {
        // Export: 10 × 5,00 = 50,00, no VAT; plus 1 × 35,00 at 20 % = 7,00 VAT.
        let totals = OrderTotals(lines: [
            OrderLine(quantity: 10, unitPrice: 5, vatRate: .zero),
            OrderLine(quantity: 1, unitPrice: 35, vatRate: .standard),
        ])
        #expect(totals.vatBreakdown == [
            VATSubtotal(rate: .standard, base: 35, vat: 7),   // 35,00 × 0,20 = 7,00
            VATSubtotal(rate: .zero, base: 50, vat: 0),
        ])
        #expect(totals.totalIncludingVAT == 92)  // 85,00 + 7,00
    }
}
