import Foundation
import TerrainCore

/// The rows of the demo's sales documents (`sales_orders`, `sales_order_lines`): the one mapping of
/// a document to the columns, whichever way the rows are then written (`BulkRowSink`). The values
/// are those `SalesOrder` and `SalesOrderLine` hold for the same document saved by
/// `OrderService.create` (computed by `DemoOrderValues`), with status `paid`, VAT on each rate's
/// total, version 1, and `created_at` = `updated_at` = the time of the load.
struct DemoOrderRows: Sendable {
    static let orderColumns = ["id", "number", "kind", "status", "account_id", "rep_id", "ordered_on", "requested_delivery_on", "vat_mode",
                               "total_excl_vat_cents", "total_vat_cents", "total_incl_vat_cents", "total_cost_cents", "notes", "version",
                               "created_at", "updated_at"]
    static let lineColumns = ["id", "order_id", "position", "product_id", "product_reference", "product_name", "quantity", "unit_price",
                              "discounts", "vat_rate", "vat_rate_value", "unit_cost", "net_amount_cents"]

    private let accountIDs: [PackedUUID]
    private let repIDs: [String: PackedUUID]
    private let productIDs: [PackedUUID]
    private let productNames: [String]
    private let now: Date
    private static let orderKind = SalesOrder.Kind.order.rawValue
    private static let creditNoteKind = SalesOrder.Kind.creditNote.rawValue
    private static let paid = SalesOrder.Status.paid.rawValue
    private static let vatMode = VATComputation.perRateOnTotal.rawValue

    /// - Parameters:
    ///   - accountIDs: the stored accounts' ids, by account index (`DemoCompany.accounts` order).
    ///   - repIDs: the stored users' ids, by e-mail.
    ///   - productIDs: the stored products' ids, by product index (`DemoCompany.products` order).
    ///   - productNames: their names, same order.
    ///   - now: `created_at` and `updated_at` of every row.
    init(accountIDs: [PackedUUID], repIDs: [String: PackedUUID], productIDs: [PackedUUID], productNames: [String], now: Date = Date()) {
        self.accountIDs = accountIDs
        self.repIDs = repIDs
        self.productIDs = productIDs
        self.productNames = productNames
        self.now = now
    }

    /// Writes the rows of `batch`'s documents to `orders` and of their lines to `lines`, a document's
    /// row before its lines', with new ids from `ids`.
    /// - Throws: what the sinks throw.
    func write<Orders: BulkRowSink, Lines: BulkRowSink>(_ batch: DemoDocumentBatch, ids: inout UUIDv7Sequence,
                                                         orders: inout Orders, lines: inout Lines) throws {
        var lineIndex = 0
        for (index, order) in batch.orders.enumerated() {
            let orderID = ids.next()
            let totals = batch.totals[index]
            orders.uuid(orderID)
            orders.text(order.number)
            orders.text(order.kind == .creditNote ? Self.creditNoteKind : Self.orderKind)
            orders.text(Self.paid)
            orders.uuid(accountIDs[order.accountIndex])
            orders.uuid(repIDs[order.repEmail])
            orders.text(batch.orderedOn[index])
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
                let values = batch.lines[lineIndex]
                lineIndex += 1
                lines.uuid(ids.next())
                lines.uuid(orderID)
                lines.integer(Int64(position + 1))
                lines.uuid(productIDs[item.productIndex])
                lines.text(item.productReference)
                lines.text(productNames[item.productIndex])
                lines.text(values.quantity)
                lines.text(values.unitPrice)
                lines.text(values.discounts)
                lines.text(values.vatRate)
                lines.text(values.vatRateValue)
                lines.text(values.unitCost)
                lines.integer(values.netCents)
                try lines.endRow()
            }
        }
    }
}
