import Foundation
import Testing
import TerrainCore

@Suite("Sales: order line amounts")
struct SalesOrderLineTests {
    /// An exact decimal from its text: a `Decimal` float literal would go through `Double`. (A member, so
    /// that it cannot clash with a helper of another test file in this module.)
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    /// 3 × 12,50 € −10 % −2 %, at 20 %, bought 7,333 € a unit.
    private var line: OrderLine {
        OrderLine(
            quantity: 3, unitPrice: d("12.50"), discounts: [d("0.10"), d("0.02")],
            vatRate: .standard, unitCost: d("7.333"))
    }

    @Test("a discounted line is rounded to the cent once, on the line amount")
    func netAmount() {
        #expect(line.netUnitPrice == d("11.025"))  // 12,50 × 0,90 × 0,98 = 11,025 (unrounded)
        #expect(line.netAmount == d("33.08"))      // 3 × 12,50 = 37,50; −10 % → 33,75; −2 % → 33,075 → 33,08
        #expect(line.vatAmount == d("6.62"))       // 33,08 × 0,20 = 6,616 → 6,62
    }

    @Test("the line is rounded before its VAT is computed")
    func roundedBeforeVAT() {
        let syrup = OrderLine(quantity: 6, unitPrice: d("2.25"), discounts: [d("0.10"), d("0.02")], vatRate: .reduced)
        // 6 × 2,25 = 13,50; −10 % → 12,15; −2 % → 11,907 → 11,91
        #expect(syrup.netAmount == d("11.91"))
        // 11,91 × 0,055 = 0,65505 → 0,66 (on the unrounded 11,907: 0,654885 → 0,65, which is not done)
        #expect(syrup.vatAmount == d("0.66"))
        #expect(OrderTotals(lines: [syrup]).totalVAT == d("0.66"))  // same base 11,91 on the total
    }

    @Test("quantity × exact net unit price, not × a rounded unit price")
    func lineNotUnitRounding() {
        let line = OrderLine(quantity: 24, unitPrice: d("1.99"), discounts: [d("0.07")], vatRate: .reduced)
        // 1,99 × 0,93 = 1,8507; 24 × 1,8507 = 44,4168 → 44,42 (rounding the unit price first: 24 × 1,85 = 44,40)
        #expect(line.netAmount == d("44.42"))
    }

    @Test("fractional quantities")
    func fractionalQuantity() {
        let coffee = OrderLine(quantity: d("1.5"), unitPrice: d("18.45"), vatRate: .reduced)
        #expect(coffee.netAmount == d("27.68"))  // 1,5 × 18,45 = 27,675 → 27,68
    }

    @Test("cost and margin of the line")
    func costAndMargin() {
        #expect(line.costAmount == d("22.00"))  // 3 × 7,333 = 21,999 → 22,00
        #expect(line.grossMargin == d("11.08"))  // 33,08 − 22,00 = 11,08
        var unknown = line
        unknown.unitCost = nil
        #expect(unknown.costAmount == nil)
        #expect(unknown.grossMargin == nil)
    }

    @Test("a credit note line is the exact negative, rounded away from zero")
    func creditLine() {
        var credit = line
        credit.quantity = -3
        #expect(credit.netAmount == d("-33.08"))    // −3 × 11,025 = −33,075 → −33,08
        #expect(credit.vatAmount == d("-6.62"))     // −33,08 × 0,20 = −6,616 → −6,62
        #expect(credit.costAmount == d("-22.00"))   // −3 × 7,333 = −21,999 → −22,00
        #expect(credit.grossMargin == d("-11.08"))  // −33,08 − (−22,00) = −11,08
    }

    @Test("round-trips through JSON")
    func codable() throws {
        let data = try JSONEncoder().encode(line)
        let decoded = try JSONDecoder().decode(OrderLine.self, from: data)
        #expect(decoded == line)
        #expect(decoded.netAmount == d("33.08"))
    }
}
