import Foundation
import TerrainCore

/// The stored values of the demo's sales documents that take computing: totals in cents from
/// TerrainCore's `OrderTotals` rules, each line's net amount in cents, and the decimal texts of
/// quantities, prices and rates (`"\(decimal)"`), as `OrderService` stores them for an order saved
/// through the Fluent models.
///
/// Memoized, because the money and text of a line depend on its `OrderLine` only, and a history
/// repeats the same few thousand lines (one product, one quantity, one customer tier): Foundation's
/// `Decimal` arithmetic and `description` cost a few microseconds each, about 2 minutes of CPU for
/// the 10 million lines of scale 100, against a dictionary look-up per line. Each distinct line is
/// computed once with the same functions (`OrderLine.netAmount`, `costAmount`, `Money.cents`),
/// each rate's VAT once per distinct base (`VATRate.vat(on:)`). The order totals are then sums of
/// whole cents, which is what `OrderTotals` computes in `Decimal`: its total excl. VAT is the sum
/// of the lines' net amounts (each already rounded to the cent), its VAT the sum of the VAT per
/// rate, its total incl. VAT their sum, its cost the sum of the lines' costs (`nil` when one is
/// unknown). Tests compare every document of the demo with `OrderTotals`.
struct DemoOrderValues {
    /// Money and text of one distinct `OrderLine`.
    struct LineValues: Sendable {
        /// `Money.cents(line.netAmount)`.
        let netCents: Int64
        /// `line.costAmount` in cents; `nil` when the cost is unknown.
        let costCents: Int64?
        /// Index of `line.vatRate` in `VATRate.allCases`.
        let rateIndex: Int
        let quantity: String
        let unitPrice: String
        /// Discount rates separated by ";", empty for none.
        let discounts: String
        let vatRate: String
        let vatRateValue: String
        let unitCost: String?
    }

    /// Totals of a document in cents, as `Money.cents` of the `OrderTotals` fields.
    struct Totals: Equatable, Sendable {
        var excludingVAT: Int64
        var vat: Int64
        var includingVAT: Int64
        var cost: Int64?
    }

    private var lineValues: [OrderLine: LineValues] = [:]
    private var vatCents: [Int64: Int64] = [:]
    private var isoDates: [LocalDate: String] = [:]
    /// Per-rate bases of the document being totalled, in cents.
    private var bases = [Int64](repeating: 0, count: VATRate.allCases.count)
    private static let rates = VATRate.allCases

    /// The money and text of `line`, computed on its first occurrence.
    mutating func values(of line: OrderLine) -> LineValues {
        if let known = lineValues[line] { return known }
        let values = LineValues(
            netCents: Money.cents(line.netAmount), costCents: line.costAmount.map(Money.cents),
            rateIndex: Self.rates.firstIndex(of: line.vatRate) ?? 0,
            quantity: "\(line.quantity)", unitPrice: "\(line.unitPrice)",
            discounts: line.discounts.map { "\($0)" }.joined(separator: ";"),
            vatRate: line.vatRate.rawValue, vatRateValue: "\(line.vatRate.rate)", unitCost: line.unitCost.map { "\($0)" })
        lineValues[line] = values
        return values
    }

    /// The document's totals in cents (see the type's comment); its lines' values are appended to `lines`.
    mutating func totals(of order: DemoOrder, appendingLinesTo lines: inout [LineValues]) -> Totals {
        var present = 0   // bit i: a line at rate i, whose base is bases[i]
        var cost: Int64? = 0
        for item in order.lines {
            let values = values(of: item.line)
            lines.append(values)
            if present & (1 << values.rateIndex) == 0 { bases[values.rateIndex] = 0 }
            bases[values.rateIndex] += values.netCents
            present |= 1 << values.rateIndex
            if let lineCost = values.costCents, let sum = cost { cost = sum + lineCost } else { cost = nil }
        }
        var totals = Totals(excludingVAT: 0, vat: 0, includingVAT: 0, cost: cost)
        for index in 0..<Self.rates.count where present & (1 << index) != 0 {
            totals.excludingVAT += bases[index]
            totals.vat += vat(baseCents: bases[index], rateIndex: index)
        }
        totals.includingVAT = totals.excludingVAT + totals.vat
        return totals
    }

    /// Adds `order` and its computed values to `batch`.
    mutating func add(_ order: DemoOrder, to batch: inout DemoDocumentBatch) {
        batch.totals.append(totals(of: order, appendingLinesTo: &batch.lines))
        batch.orderedOn.append(isoDate(order.date))
        batch.orders.append(order)
    }

    /// The VAT in cents on a base of `baseCents` at the rate `Self.rates[rateIndex]`.
    private mutating func vat(baseCents: Int64, rateIndex: Int) -> Int64 {
        // Bases stay far below 2^59 cents: the key packs the rate in the low 3 bits.
        let key = baseCents << 3 | Int64(rateIndex)
        if let known = vatCents[key] { return known }
        let base = Decimal(sign: baseCents < 0 ? .minus : .plus, exponent: -2, significand: Decimal(baseCents.magnitude))
        let vat = Money.cents(Self.rates[rateIndex].vat(on: base))
        vatCents[key] = vat
        return vat
    }

    private mutating func isoDate(_ date: LocalDate) -> String {
        if let known = isoDates[date] { return known }
        let text = date.iso
        isoDates[date] = text
        return text
    }
}

/// Documents of the history with their computed values (`DemoOrderValues.add`), ready to be
/// written (`DemoOrderRows.write`).
struct DemoDocumentBatch: Sendable {
    var orders: [DemoOrder] = []
    /// `totals[i]` and `orderedOn[i]` (ISO date) belong to `orders[i]`.
    var totals: [DemoOrderValues.Totals] = []
    var orderedOn: [String] = []
    /// The values of every line of `orders`, document after document, line after line.
    var lines: [DemoOrderValues.LineValues] = []

    var isEmpty: Bool { orders.isEmpty }
    var lineCount: Int { lines.count }

    init(capacity: Int = 0) {
        orders.reserveCapacity(capacity)
        totals.reserveCapacity(capacity)
        orderedOn.reserveCapacity(capacity)
        lines.reserveCapacity(capacity * 3)
    }
}
