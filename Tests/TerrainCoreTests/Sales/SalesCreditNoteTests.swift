import Foundation
import Testing
import TerrainCore

@Suite("Sales: credit notes (negative quantities)")
struct SalesCreditNoteTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// 2 × 2,50 water at 5,5 % (cost 1,65) and 1 × 24,90 −5 % beer at 20 % (cost 17,40).
    private func lines(sign: Decimal) -> [OrderLine] {
        [
            OrderLine(quantity: 2 * sign, unitPrice: d("2.50"), vatRate: .reduced, unitCost: d("1.65")),
            OrderLine(quantity: sign, unitPrice: d("24.90"), discounts: [d("0.05")], vatRate: .standard, unitCost: d("17.40")),
        ]
    }

    @Test("the order: amounts rounded half-up")
    func order() {
        let totals = OrderTotals(lines: lines(sign: 1))
        #expect(totals.vatBreakdown == [
            // 1 × 24,90 × 0,95 = 23,655 → 23,66; 23,66 × 0,20 = 4,732 → 4,73
            VATSubtotal(rate: .standard, base: d("23.66"), vat: d("4.73")),
            // 2 × 2,50 = 5,00; 5,00 × 0,055 = 0,275 → 0,28
            VATSubtotal(rate: .reduced, base: d("5.00"), vat: d("0.28")),
        ])
        #expect(totals.totalExcludingVAT == d("28.66"))  // 23,66 + 5,00
        #expect(totals.totalVAT == d("5.01"))            // 4,73 + 0,28
        #expect(totals.totalIncludingVAT == d("33.67"))  // 28,66 + 5,01
        #expect(totals.totalCost == d("20.70"))          // 2 × 1,65 + 17,40 = 3,30 + 17,40
        #expect(totals.grossMargin == d("7.96"))         // 28,66 − 20,70
    }

    @Test("its credit note: negative totals, half cents rounded away from zero")
    func creditNote() {
        let totals = OrderTotals(lines: lines(sign: -1))
        #expect(totals.vatBreakdown == [
            // −1 × 24,90 × 0,95 = −23,655 → −23,66 (not −23,65); −23,66 × 0,20 = −4,732 → −4,73
            VATSubtotal(rate: .standard, base: d("-23.66"), vat: d("-4.73")),
            // −2 × 2,50 = −5,00; −5,00 × 0,055 = −0,275 → −0,28 (not −0,27)
            VATSubtotal(rate: .reduced, base: d("-5.00"), vat: d("-0.28")),
        ])
        #expect(totals.totalExcludingVAT == d("-28.66"))  // −23,66 − 5,00
        #expect(totals.totalVAT == d("-5.01"))            // −4,73 − 0,28
        #expect(totals.totalIncludingVAT == d("-33.67"))  // −28,66 − 5,01
        #expect(totals.totalCost == d("-20.70"))          // −3,30 − 17,40
        #expect(totals.grossMargin == d("-7.96"))         // −28,66 − (−20,70)
    }

    @Test("a credit note mirrors its order exactly, in both VAT modes")
    func mirror() {
        for mode in VATComputation.allCases {
            let order = OrderTotals(lines: lines(sign: 1), mode: mode)
            let credit = OrderTotals(lines: lines(sign: -1), mode: mode)
            #expect(credit.totalExcludingVAT == -order.totalExcludingVAT)
            #expect(credit.totalVAT == -order.totalVAT)
            #expect(credit.totalIncludingVAT == -order.totalIncludingVAT)
            // Rates keep their sign: −7,96 / −28,66 = 7,96 / 28,66 = 0,2777… (27,77 %)
            #expect(credit.marginRate == order.marginRate)
            #expect(credit.marginRate.map { Rounding.halfUp($0, places: 4) } == d("0.2777"))
            // −7,96 / −20,70 = 0,3845… (38,45 %)
            #expect(credit.markupRate == order.markupRate)
            #expect(credit.markupRate.map { Rounding.halfUp($0, places: 4) } == d("0.3845"))
        }
    }

    @Test("a delivery and a return in one order, per rate on total vs per line")
    func deliveryWithReturn() {
        let lines = [
            // 24 × 3,15 = 75,60; −10 % → 68,04; −3 % → 65,9988 → 66,00
            OrderLine(quantity: 24, unitPrice: d("3.15"), discounts: [d("0.10"), d("0.03")], vatRate: .reduced),
            // return: −2 × 2,50 = −5,00
            OrderLine(quantity: -2, unitPrice: d("2.50"), vatRate: .reduced),
        ]
        let onTotal = OrderTotals(lines: lines)
        #expect(onTotal.totalExcludingVAT == d("61.00"))  // 66,00 − 5,00
        #expect(onTotal.totalVAT == d("3.36"))            // 61,00 × 0,055 = 3,355 → 3,36
        let perLine = OrderTotals(lines: lines, mode: .perLine)
        // 66,00 × 0,055 = 3,63; −5,00 × 0,055 = −0,275 → −0,28; 3,63 − 0,28 = 3,35
        #expect(perLine.totalVAT == d("3.35"))
        #expect(perLine.totalIncludingVAT == d("64.35"))  // 61,00 + 3,35 (on total: 64,36)
    }
}
