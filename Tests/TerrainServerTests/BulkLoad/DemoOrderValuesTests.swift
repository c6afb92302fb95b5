import Foundation
import TerrainCore
import Testing
@testable import TerrainServer

@Suite("Values of the demo's sales documents")
struct DemoOrderValuesTests {
    @Test("Memoized totals and texts equal OrderTotals' and Decimal's on every document of the demo")
    func everyDocument() throws {
        // The reference is the path Fluent models take (`OrderService.create`): `OrderTotals` on
        // the document's lines, `Money.cents` of each total, `"\(decimal)"` for the line texts.
        let company = try DemoLoader.generate(seed: 42, scale: 1)
        var values = DemoOrderValues()
        var documents = 0, creditNotes = 0, withoutCost = 0
        for order in company.orders {
            var scratch: [DemoOrderValues.LineValues] = []
            let totals = values.totals(of: order, appendingLinesTo: &scratch)
            let reference = order.totals
            #expect(totals == DemoOrderValues.Totals(excludingVAT: Money.cents(reference.totalExcludingVAT), vat: Money.cents(reference.totalVAT),
                                                   includingVAT: Money.cents(reference.totalIncludingVAT),
                                                   cost: reference.totalCost.map(Money.cents)), "\(order.number)")
            #expect(scratch.count == order.lines.count)
            for (stored, item) in zip(scratch, order.lines) {
                let line = item.line
                #expect(stored.netCents == Money.cents(line.netAmount))
                #expect(stored.quantity == "\(line.quantity)")
                #expect(stored.unitPrice == "\(line.unitPrice)")
                #expect(stored.discounts == line.discounts.map { "\($0)" }.joined(separator: ";"))
                #expect(stored.vatRate == line.vatRate.rawValue)
                #expect(stored.vatRateValue == "\(line.vatRate.rate)")
                #expect(stored.unitCost == line.unitCost.map { "\($0)" })
            }
            documents += 1
            if order.kind == .creditNote { creditNotes += 1 }
            if reference.totalCost == nil { withoutCost += 1 }
        }
        // The 40,745 documents of seed 42 at scale 1 (DemoCompany's documentation), credit notes among them.
        #expect(documents == 40_745)
        #expect(creditNotes > 0)
    }

    @Test("A credit note of two rates: totals by hand")
    func handWorked() {
        // −2 × 12,50 € at 20 % and −1 × 4,35 € at 5,5 %, 5 % then 2 % off both; costs 8 € and 2,61 €.
        // Net unit prices: 12,50 × 0,95 × 0,98 = 11,6375 and 4,35 × 0,95 × 0,98 = 4,04985.
        // Lines: −23,275 → −23,28 (half away from zero); −4,04985 → −4,05. Bases −23,28 and −4,05.
        // VAT: −23,28 × 0,20 = −4,656 → −4,66; −4,05 × 0,055 = −0,22275 → −0,22. Total VAT −4,88.
        // Excl. VAT −27,33; incl. VAT −32,21; cost −2 × 8 = −16,00 and −1 × 2,61 = −2,61: −18,61.
        let discounts = [Decimal(5) / 100, Decimal(2) / 100]
        let lines = [
            DemoOrderLine(productIndex: 0, productReference: "FUT-PIL-30",
                          line: OrderLine(quantity: -2, unitPrice: Decimal(string: "12.50")!, discounts: discounts, vatRate: .standard, unitCost: 8)),
            DemoOrderLine(productIndex: 1, productReference: "SIR-GRE-70",
                          line: OrderLine(quantity: -1, unitPrice: Decimal(string: "4.35")!, discounts: discounts, vatRate: .reduced,
                                          unitCost: Decimal(string: "2.61")!)),
        ]
        let note = DemoOrder(number: "AV-000001-0001", kind: .creditNote, date: LocalDate(year: 2024, month: 5, day: 2)!, accountIndex: 0,
                             siret: "", repEmail: "", creditedOrderNumber: "CDE-000001-0001", reason: "Casse à la livraison", lines: lines)
        var values = DemoOrderValues()
        var scratch: [DemoOrderValues.LineValues] = []
        let totals = values.totals(of: note, appendingLinesTo: &scratch)
        #expect(totals == DemoOrderValues.Totals(excludingVAT: -2733, vat: -488, includingVAT: -3221, cost: -1861))
        #expect(scratch.map(\.netCents) == [-2328, -405])
        #expect(scratch.map(\.discounts) == ["0.05;0.02", "0.05;0.02"])
        #expect(scratch.map(\.vatRateValue) == ["0.2", "0.055"])
        // The same lines again come from the memo, with the same values.
        var again: [DemoOrderValues.LineValues] = []
        #expect(values.totals(of: note, appendingLinesTo: &again) == totals)
        #expect(again.map(\.netCents) == [-2328, -405])
    }
}
