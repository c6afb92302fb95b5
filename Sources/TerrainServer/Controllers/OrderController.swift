import Fluent
import Foundation
import TerrainCore
import Vapor

/// The order list, the order page and the follow-up (status moves). An order is visible when its
/// account is in the user's scope; everyone who sees it may move it along its life cycle.
struct OrderController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.orders, use: list)
        routes.get(.order(nil), use: show)
        routes.post(.orderStatus(nil), use: changeStatus)
    }

    func list(req: Request) async throws -> WebPage {
        let filter = try req.query.decode(OrderFilter.self)
        let page = try await OrderQueries.page(filter, scope: req.accessScope(), on: req.db)
        let rows = page.items.map { order in
            OrderListView.Row(id: order.id ?? UUID(), number: order.number, kind: order.kind, date: OrderView.frenchDate(order.orderedOn),
                              accountName: order.account.legalName,
                              totalExclVAT: FrenchNumber.formatEuros(Money.euros(cents: order.totalExclVATCents)), status: order.status)
        }
        return OrderListView.page(.init(filter: filter, rows: rows, total: page.metadata.total, pageCount: page.metadata.pageCount),
                                  context: req.pageContext())
    }

    func show(req: Request) async throws -> WebPage {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        return OrderView.page(order, seller: try await CompanySettings.identity(on: req.db), context: req.pageContext())
    }

    func changeStatus(req: Request) async throws -> Response {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let posted = try req.content.decode([String: String].self)
        guard let status = (posted["status"]).flatMap(OrderStatus.init(rawValue:)) else { throw TerrainError.badRequest(.errorStatusMove) }
        try OrderStatusPolicy.check(order, to: status, role: try req.currentUser().role)
        let note = posted["note"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            try await OrderService.changeStatus(order, to: status, expectedVersion: Int(posted["version"] ?? "") ?? -1,
                                                userID: try req.currentUser().requireID(),
                                                note: (note?.isEmpty ?? true) ? nil : String(note!.prefix(500)), on: req.db)
            req.flash(.orderStatusChanged, order.number, LocalizedText.orderStatus(status).text(req.language))
        } catch TerrainError.versionConflict {
            req.flash(.orderChangedMeanwhile, order.number)
        }
        return req.redirect(to: SiteRoute.order(try order.requireID()).path)
    }
}
