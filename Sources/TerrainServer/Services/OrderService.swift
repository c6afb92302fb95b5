import Fluent
import Foundation
import TerrainCore

/// Saves orders and credit notes with their lines and totals, numbered in the same transaction;
/// edits transmitted orders and moves orders along their life cycle (`OrderStatus`).
enum OrderService {
    /// One line to save: the product (if it is in the catalogue), its reference and name as
    /// printed on the order, and the priced line.
    struct LineInput: Sendable {
        var productID: UUID?
        var reference: String
        var name: String
        var line: OrderLine
    }

    /// Everything an order holds besides its number, status and version.
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
        var contactID: UUID?
        var deliveryAddress: String?
        var customerReference: String?
        var paymentTerms: PaymentTerms?
        var paymentMethod: PaymentMethod?
        /// Who saves it, for the first follow-up event (nil for imports: no event is written).
        var savedBy: UUID?
    }

    /// Saves the order and its lines in one transaction and returns it.
    static func create(_ input: Input, on database: any Database) async throws -> SalesOrder {
        try await database.transaction { tx in
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
            order.version = 1
            apply(input, to: order)
            try await order.create(on: tx)
            try await insertLines(input.lines, orderID: order.requireID(), on: tx)
            if let userID = input.savedBy {
                try await recordEvent(order: order, status: input.status, userID: userID, note: nil, on: tx)
            }
            return order
        }
    }

    /// Replaces the header and lines of a transmitted order (its number, kind, account and status
    /// stay).
    /// - Throws: `TerrainError.versionConflict` when someone saved it since `expectedVersion`,
    ///   `TerrainError.forbidden` when it is no longer editable (`OrderStatus.isEditable`).
    static func update(_ order: SalesOrder, with input: Input, expectedVersion: Int, on database: any Database) async throws {
        guard order.status.isEditable else { throw TerrainError.forbidden }
        try await database.transaction { tx in
            let orderID = try order.requireID()
            try await AccountStore.claimVersion(table: SalesOrder.schema, id: orderID, expected: expectedVersion, on: tx)
            apply(input, to: order)
            order.version = expectedVersion + 1
            try await order.update(on: tx)
            try await SalesOrderLine.query(on: tx).filter(\.$order.$id == orderID).delete()
            try await insertLines(input.lines, orderID: orderID, on: tx)
            if let userID = input.savedBy {
                try await recordEvent(order: order, status: order.status, userID: userID, note: editedNote, on: tx)
            }
        }
    }

    /// The follow-up note of an edit (same status, new content).
    static let editedNote = "Commande modifiée"

    /// Moves an order to `status` and records who did it and when.
    /// - Throws: `TerrainError.badRequest` when the life cycle does not allow the move,
    ///   `TerrainError.versionConflict` when the order changed since `expectedVersion`.
    static func changeStatus(_ order: SalesOrder, to status: SalesOrder.Status, expectedVersion: Int, userID: UUID,
                             note: String?, on database: any Database) async throws {
        guard order.status.canMove(to: status, for: order.kind) else { throw TerrainError.badRequest(.errorStatusMove) }
        try await database.transaction { tx in
            try await AccountStore.claimVersion(table: SalesOrder.schema, id: order.requireID(), expected: expectedVersion, on: tx)
            order.status = status
            order.version = expectedVersion + 1
            try await order.update(on: tx)
            try await recordEvent(order: order, status: status, userID: userID, note: note, on: tx)
        }
    }

    /// Copies the header and the totals of `input` onto `order`.
    private static func apply(_ input: Input, to order: SalesOrder) {
        let totals = OrderTotals(lines: input.lines.map(\.line), mode: input.mode)
        order.orderedOn = input.orderedOn.iso
        order.requestedDeliveryOn = input.requestedDeliveryOn?.iso
        order.vatMode = input.mode.rawValue
        order.totalExclVATCents = Money.cents(totals.totalExcludingVAT)
        order.totalVATCents = Money.cents(totals.totalVAT)
        order.totalInclVATCents = Money.cents(totals.totalIncludingVAT)
        order.totalCostCents = totals.totalCost.map(Money.cents)
        order.notes = input.notes
        order.$contact.id = input.contactID
        order.deliveryAddress = input.deliveryAddress
        order.customerReference = input.customerReference
        order.paymentTerms = input.paymentTerms?.rawValue
        order.paymentMethod = input.paymentMethod?.rawValue
    }

    private static func insertLines(_ items: [LineInput], orderID: UUID, on database: any Database) async throws {
        let lines = items.enumerated().map { position, item -> SalesOrderLine in
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
        if !lines.isEmpty { try await lines.create(on: database) }
    }

    private static func recordEvent(order: SalesOrder, status: SalesOrder.Status, userID: UUID, note: String?,
                                    on database: any Database) async throws {
        let event = OrderEvent()
        event.$order.id = try order.requireID()
        event.status = status
        event.$user.id = userID
        event.note = note
        event.at = Date()
        try await event.create(on: database)
    }
}
