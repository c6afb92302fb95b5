import Foundation
import Testing
import TerrainCore

@Suite("Demo: order history")
struct DemoOrdersTests {
    let company = DemoFixture.company
    let summary = DemoFixture.summary
    private func d(_ text: String) -> Decimal { DemoFixture.d(text) }

    @Test("a plausible volume: about 100 000 lines, within the three years")
    func volume() {
        // Formula (DemoCompany): lines ≈ N × years × orderLinesPerScaleYear = 105 000 at N = 1,
        // 3 years: about 190 lines per customer over the three years.
        #expect(summary.lines >= 95_000 && summary.lines <= 115_000, "\(summary.lines)")
        #expect(summary.orders >= 35_000 && summary.orders <= 45_000, "\(summary.orders)")
        #expect(summary.firstDate >= DemoFixture.start)
        #expect(summary.lastDate < company.endDate)
        #expect(company.endDate == LocalDate(year: 2026, month: 1, day: 1)!)
        // Only the 558 customers order.
        #expect(Set(summary.revenueByAccount.keys) == Set(company.customerIndices))
    }

    @Test("Pareto: the top 20 % of customers make 70 to 80 % of the revenue")
    func pareto() {
        let revenues = summary.revenueByAccount.values.sorted(by: >)
        let total = revenues.reduce(0, +)
        let top = revenues.prefix(revenues.count / 5).reduce(0, +)   // 111 of 558
        let share = top / total
        #expect(share >= d("0.70") && share <= d("0.80"), "\(share)")
        // And the bottom half weighs little (under 15 %).
        let bottom = revenues.suffix(revenues.count / 2).reduce(0, +)
        #expect(bottom / total < d("0.15"), "\(bottom / total)")
    }

    @Test("summer peak: beer and soft drinks sell far more in June–August than in December–February")
    func summerPeak() {
        let summer = [6, 7, 8], winter = [12, 1, 2]
        let beerSummer = summary.revenue([.kegs, .bottledBeers], months: summer)
        let beerWinter = summary.revenue([.kegs, .bottledBeers], months: winter)
        #expect(beerSummer > beerWinter * d("1.4"), "\(beerSummer) vs \(beerWinter)")
        let softSummer = summary.revenue([.softDrinks], months: summer)
        let softWinter = summary.revenue([.softDrinks], months: winter)
        #expect(softSummer > softWinter * d("1.4"), "\(softSummer) vs \(softWinter)")
        // Coffee does not peak in summer.
        #expect(summary.revenue([.coffee], months: summer) < summary.revenue([.coffee], months: winter))
    }

    @Test("about 1 % credit notes, each crediting part of an earlier order of its account")
    func creditNotes() throws {
        let share = Double(summary.creditNotes) / Double(summary.orders)
        #expect(share >= 0.005 && share <= 0.015, "\(share)")
        var checked = 0
        for index in company.customerIndices.prefix(200) {
            let documents = company.orders(forAccount: index)
            let byNumber = Dictionary(uniqueKeysWithValues: documents.map { ($0.number, $0) })
            for note in documents where note.kind == .creditNote {
                let order = try #require(note.creditedOrderNumber.flatMap { byNumber[$0] })
                #expect(order.kind == .order && order.date < note.date)
                #expect(note.number.hasPrefix("AV-") && note.reason != nil)
                #expect((1...2).contains(note.lines.count))
                for line in note.lines {
                    let source = try #require(order.lines.first { $0.productIndex == line.productIndex })
                    #expect(line.line.quantity < 0 && -line.line.quantity <= source.line.quantity)
                    #expect(line.line.unitPrice == source.line.unitPrice && line.line.discounts == source.line.discounts)
                }
                #expect(note.totals.totalExcludingVAT < 0)
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test("lines follow the catalogue and the negotiation latitude")
    func linesFollowCatalogue() {
        for index in company.customerIndices.prefix(150) {
            let account = company.accounts[index]
            for order in company.orders(forAccount: index) {
                #expect(order.siret == account.draft.siret && order.repEmail == account.ownerEmail)
                #expect(!order.lines.isEmpty)
                #expect(order.lines.map(\.productIndex) == order.lines.map(\.productIndex).sorted())
                for line in order.lines {
                    let product = company.products[line.productIndex].draft
                    #expect(line.productReference == product.reference)
                    #expect(line.line.unitPrice == product.listPrice)
                    #expect(line.line.vatRate == product.vatRate)
                    #expect(line.line.unitCost == product.purchaseCost)
                    #expect(product.latitude.check(listPrice: line.line.unitPrice, discounts: line.line.discounts).isWithinLatitude)
                    if order.kind == .order { #expect(line.line.quantity >= 1) }
                }
            }
        }
    }

    @Test("regular reorder intervals per customer and product, with noise")
    func regularIntervals() {
        var coefficients: [Double] = []
        for (_, products) in summary.orderDays {
            for (_, days) in products where days.count >= 8 {
                let gaps = zip(days.dropFirst(), days).map { Double($0 - $1) }
                let mean = gaps.reduce(0, +) / Double(gaps.count)
                let variance = gaps.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(gaps.count)
                #expect(mean >= 7 && mean <= 120)   // at most 91 days, on a 28-day delivery round
                coefficients.append(variance.squareRoot() / mean)
            }
        }
        coefficients.sort()
        #expect(coefficients.count > 1_000)
        let median = coefficients[coefficients.count / 2]
        // Regular (median coefficient of variation well under 0,5) but not clockwork (above 0,05).
        #expect(median > 0.05 && median < 0.4, "\(median)")
    }

    @Test("lost customers stop ordering at least 90 days before the end; the others order until it")
    func lostCustomers() {
        let endDay = DemoCalendar.day(company.endDate)
        var activeAtEnd = 0
        var customers = 0
        for index in company.customerIndices {
            let last = summary.lastOrderDay[index] ?? 0
            if company.accounts[index].draft.status == .lost {
                #expect(last <= endDay - 90, "\(index)")
            } else {
                customers += 1
                if last >= endDay - 91 { activeAtEnd += 1 }
            }
        }
        #expect(customers == 530)
        #expect(activeAtEnd * 100 >= customers * 95, "\(activeAtEnd) of \(customers)")
    }

    @Test("document numbers are unique and dated in order per customer")
    func numbering() {
        var numbers: Set<String> = []
        for index in company.customerIndices.prefix(100) {
            let documents = company.orders(forAccount: index)
            #expect(zip(documents, documents.dropFirst()).allSatisfy { $0.date <= $1.date })
            for document in documents {
                #expect(numbers.insert(document.number).inserted)
                #expect(document.accountIndex == index)
            }
            let first = documents.first { $0.kind == .order }
            #expect(first?.number == "CDE-" + String(repeating: "0", count: 6 - String(index + 1).count) + "\(index + 1)-0001")
        }
        #expect(company.orders(forAccount: company.accounts.firstIndex { $0.draft.status == .prospect }!).isEmpty)
    }
}
