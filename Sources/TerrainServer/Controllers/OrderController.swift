import Fluent
import Foundation
import Vapor

/// The order page (an order is visible when its account is in the user's scope).
struct OrderController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.order(nil), use: show)
    }

    func show(req: Request) async throws -> WebPage {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        return OrderView.page(order, context: req.pageContext())
    }
}
