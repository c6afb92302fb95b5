import Fluent
import Foundation
import TerrainCore

/// Saves orders and credit notes with their lines and totals, numbered in the same transaction.
enum OrderService {
    /// One line to save: the product (if it is in the catalogue), its reference and name as
    /// printed on the order, and the priced line.
    struct LineInput: Sendable {
        var productID: UUID?
        var reference: String
        var name: String
        var line: OrderLine
    }

    struct Input: Sendable {
        var kind: SalesOrder.Kind = .order
        var status: SalesOrder.Status = .transmitted
        var accountID: UUID
        var repID: UUID?
        var orderedOn: LocalDate
        var requestedDeliveryOn: LocalDate?
        var mode: VATComputation = .perRateOnTotal
        var lines: [LineInput]
        var notes: String?
        /// A number given by an imported history (kept as is); nil to take the next one.
        var number: String?
    }

    /// Saves the order and its lines in one transaction and returns it.
    static func create(_ input: Input, on database: any Database) async throws -> SalesOrder {
        let totals = OrderTotals(lines: input.lines.map(\.line), mode: input.mode)
        return try await database.transaction { tx in
            let order = SalesOrder()
            if let number = input.number {
                order.number = number
            } else {
                order.number = try await OrderNumbering.next(input.kind, year: input.orderedOn.year, on: tx)
            }
            order.kind = input.kind
            order.status = input.status
            order.$account.id = input.accountID
            order.$rep.id = input.repID
            order.orderedOn = input.orderedOn.iso
            order.requestedDeliveryOn = input.requestedDeliveryOn?.iso
            order.vatMode = input.mode.rawValue
            order.totalExclVATCents = Money.cents(totals.totalExcludingVAT)
            order.totalVATCents = Money.cents(totals.totalVAT)
            order.totalInclVATCents = Money.cents(totals.totalIncludingVAT)
            order.totalCostCents = totals.totalCost.map(Money.cents)
            order.notes = input.notes
            order.version = 1
            try await order.create(on: tx)
            let orderID = try order.requireID()
            let lines = input.lines.enumerated().map { position, item -> SalesOrderLine in
                let line = SalesOrderLine()
                line.$order.id = orderID
                line.position = position + 1
                line.$product.id = item.productID
                line.productReference = item.reference
                line.productName = item.name
                line.quantity = "\(item.line.quantity)"
                line.unitPrice = "\(item.line.unitPrice)"
                line.discounts = item.line.discounts.map { "\($0)" }.joined(separator: ";")
                line.vatRate = item.line.vatRate.rawValue
                line.vatRateValue = "\(item.line.vatRate.rate)"
                line.unitCost = item.line.unitCost.map { "\($0)" }
                line.netAmountCents = Money.cents(item.line.netAmount)
                return line
            }
            if !lines.isEmpty { try await lines.create(on: tx) }
            return order
        }
    }
}
