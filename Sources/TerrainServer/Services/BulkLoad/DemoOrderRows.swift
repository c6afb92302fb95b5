import Foundation
import TerrainCore

/// The rows of the demo's sales documents (`sales_orders`, `sales_order_lines`): the one mapping of
/// a `DemoOrder` to the columns, whichever way the rows are then written (`BulkRowSink`). The
/// values are those `SalesOrder` and `SalesOrderLine` would hold for the same document: totals in
/// cents from TerrainCore's `OrderTotals` rules, quantities, prices and rates as decimal text
/// (`"\(decimal)"`), status `paid`, VAT on each rate's total, version 1.
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
struct DemoOrderRows {
    static let orderColumns = ["id", "number", "kind", "status", "account_id", "rep_id", "ordered_on", "requested_delivery_on", "vat_mode",
                               "total_excl_vat_cents", "total_vat_cents", "total_incl_vat_cents", "total_cost_cents", "notes", "version",
                               "created_at", "updated_at"]
    static let lineColumns = ["id", "order_id", "position", "product_id", "product_reference", "product_name", "quantity", "unit_price",
                              "discounts", "vat_rate", "vat_rate_value", "unit_cost", "net_amount_cents"]

    /// Money and text of one distinct `OrderLine`.
    struct LineValues {
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
        let vatRateValue: String
        let unitCost: String?
    }

    /// Totals of a document in cents, as `Money.cents` of the `OrderTotals` fields.
    struct Totals: Equatable {
        var excludingVAT: Int64
        var vat: Int64
        var includingVAT: Int64
        var cost: Int64?
    }

    private let productIDs: [PackedUUID]
    private let productNames: [String]
    private let now: Date
    private var lineValues: [OrderLine: LineValues] = [:]
    private var vatCents: [Int64: Int64] = [:]
    private var isoDates: [LocalDate: String] = [:]
    /// Per-rate bases of the document being totalled, in cents.
    private var bases = [Int64](repeating: 0, count: VATRate.allCases.count)
    private static let rates = VATRate.allCases
    private static let orderKind = SalesOrder.Kind.order.rawValue
    private static let creditNoteKind = SalesOrder.Kind.creditNote.rawValue
    private static let paid = SalesOrder.Status.paid.rawValue
    private static let vatMode = VATComputation.perRateOnTotal.rawValue

    /// - Parameters:
    ///   - productIDs: the stored products' ids, by product index (`DemoCompany.products` order).
    ///   - productNames: their names, same order.
    ///   - now: `created_at` and `updated_at` of every row.
    init(productIDs: [UUID], productNames: [String], now: Date = Date()) {
        self.productIDs = productIDs.map(PackedUUID.init)
        self.productNames = productNames
        self.now = now
    }

    /// The money and text of `line`, computed on its first occurrence.
    mutating func values(of line: OrderLine) -> LineValues {
        if let known = lineValues[line] { return known }
        let values = LineValues(
            netCents: Money.cents(line.netAmount), costCents: line.costAmount.map(Money.cents),
            rateIndex: Self.rates.firstIndex(of: line.vatRate) ?? 0,
            quantity: "\(line.quantity)", unitPrice: "\(line.unitPrice)",
            discounts: line.discounts.map { "\($0)" }.joined(separator: ";"),
            vatRateValue: "\(line.vatRate.rate)", unitCost: line.unitCost.map { "\($0)" })
        lineValues[line] = values
        return values
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

    /// The document's totals in cents (see the type's comment), and its lines' values.
    mutating func totals(of order: DemoOrder, lines: inout [LineValues]) -> Totals {
        lines.removeAll(keepingCapacity: true)
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

    /// Writes the document's row to `orders` and its lines' rows to `lines`, with ids from `ids`.
    /// - Parameters:
    ///   - accountID: the stored account of `order.accountIndex`.
    ///   - repID: the stored user of `order.repEmail`, if any.
    /// - Returns: the number of lines written.
    /// - Throws: what the sinks throw.
    mutating func write<Orders: BulkRowSink, Lines: BulkRowSink>(
        _ order: DemoOrder, accountID: PackedUUID, repID: PackedUUID?, ids: inout UUIDv7Sequence,
        scratch: inout [LineValues], orders: inout Orders, lines: inout Lines
    ) throws -> Int {
        let orderID = ids.next()
        let totals = totals(of: order, lines: &scratch)
        orders.uuid(orderID)
        orders.text(order.number)
        orders.text(order.kind == .creditNote ? Self.creditNoteKind : Self.orderKind)
        orders.text(Self.paid)
        orders.uuid(accountID)
        orders.uuid(repID)
        orders.text(isoDate(order.date))
        orders.null()
        orders.text(Self.vatMode)
        orders.integer(totals.excludingVAT)
        orders.integer(totals.vat)
        orders.integer(totals.includingVAT)
        orders.integer(totals.cost)
        orders.text(order.reason)
        orders.integer(1)
        orders.date(now)
        orders.date(now)
        try orders.endRow()
        for (position, item) in order.lines.enumerated() {
            let values = scratch[position]
            lines.uuid(ids.next())
            lines.uuid(orderID)
            lines.integer(Int64(position + 1))
            lines.uuid(productIDs[item.productIndex])
            lines.text(item.productReference)
            lines.text(productNames[item.productIndex])
            lines.text(values.quantity)
            lines.text(values.unitPrice)
            lines.text(values.discounts)
            lines.text(item.line.vatRate.rawValue)
            lines.text(values.vatRateValue)
            lines.text(values.unitCost)
            lines.integer(values.netCents)
            try lines.endRow()
        }
        return order.lines.count
    }

    private mutating func isoDate(_ date: LocalDate) -> String {
        if let known = isoDates[date] { return known }
        let text = date.iso
        isoDates[date] = text
        return text
    }
}
