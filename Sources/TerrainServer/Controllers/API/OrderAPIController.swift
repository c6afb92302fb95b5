import Fluent
import Foundation
import TerrainCore
import Vapor

/// An order as the JSON API returns it; amounts as decimal strings in euros.
struct OrderDTO: Content, Sendable {
    struct Line: Content, Sendable {
        let position: Int
        let productReference, productName: String
        let quantity, unitPrice: String
        let discounts: [String]
        let vatRate: String
        let netAmount: String
    }

    let id: UUID
    let number: String
    let kind: SalesOrder.Kind
    let status: SalesOrder.Status
    let accountId: UUID
    let repId: UUID?
    let orderedOn: String
    let requestedDeliveryOn: String?
    let totalExcludingVAT, totalVAT, totalIncludingVAT: String
    let lines: [Line]?

    init(_ order: SalesOrder, withLines: Bool) {
        id = order.id ?? UUID()
        number = order.number
        kind = order.kind
        status = order.status
        accountId = order.$account.id
        repId = order.$rep.id
        orderedOn = order.orderedOn
        requestedDeliveryOn = order.requestedDeliveryOn
        totalExcludingVAT = "\(Money.euros(cents: order.totalExclVATCents))"
        totalVAT = "\(Money.euros(cents: order.totalVATCents))"
        totalIncludingVAT = "\(Money.euros(cents: order.totalInclVATCents))"
        lines = withLines ? order.lines.sorted { $0.position < $1.position }.map { line in
            Line(position: line.position, productReference: line.productReference, productName: line.productName,
                 quantity: line.quantity, unitPrice: line.unitPrice,
                 discounts: line.discounts.split(separator: ";").map(String.init), vatRate: line.vatRate,
                 netAmount: "\(Money.euros(cents: line.netAmountCents))")
        } : nil
    }
}

/// `/api/v1/accounts/{id}/orders` and `/api/v1/orders/{id}`, with the accounts' access scope.
struct OrderAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get("accounts", ":id", "orders", use: forAccount)
        api.get("orders", ":id", use: show)
    }

    func forAccount(req: Request) async throws -> [OrderDTO] {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        return try await OrderQueries.forAccount(account.requireID(), limit: 500, on: req.db).map { OrderDTO($0, withLines: false) }
    }

    func show(req: Request) async throws -> OrderDTO {
        OrderDTO(try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db), withLines: true)
    }
}
