import Foundation
import Plot
import TerrainCore

/// The orders and credit notes of the user's scope: search, status, kind and period filters.
enum OrderListView {
    struct Row: Sendable {
        let id: UUID
        let number: String
        let kind: OrderKind
        let date: String
        let accountName: String
        let totalExclVAT: String
        let status: OrderStatus
    }

    struct Model: Sendable {
        let filter: OrderFilter
        let rows: [Row]
        let total: Int
        let pageCount: Int
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let filter = model.filter
        let statuses = [("", l(.all))] + OrderStatus.allCases.map { ($0.rawValue, l(.orderStatus($0))) }
        let kinds = [("", l(.all)), (OrderKind.order.rawValue, l(.kindOrders)), (OrderKind.creditNote.rawValue, l(.kindCreditNotes))]
        return WebPage(title: l(.navOrders), context: context, content: .div(
            .div(.class("page-title"), .h1(.text(l(.navOrders))),
                 .if(context.userRole == .admin, .a(.class("button"), .id("import-orders"),
                                                    .href(SiteRoute.newImport.path(query: [("kind", ImportKind.orders.rawValue)])), .text(l(.importOrderHistory))))),
            .form(
                .class("filters"), .method(.get), .action(SiteRoute.orders.path), .attribute(named: "role", value: "search"),
                Components.field(FormInput(name: "q", label: l(.search), value: filter.q ?? "", type: .search,
                                           attributes: [("placeholder", l(.orderSearchPlaceholder))])),
                .div(
                    .class("filter-grid"),
                    Components.select(name: "status", label: l(.statusLabel), options: statuses, selected: filter.status ?? ""),
                    Components.select(name: "kind", label: l(.documentKind), options: kinds, selected: filter.kind ?? ""),
                    Components.field(FormInput(name: "from", label: l(.periodFrom), value: filter.from ?? "", hint: l(.dateHint))),
                    Components.field(FormInput(name: "to", label: l(.periodTo), value: filter.to ?? "", hint: l(.dateHint)))
                ),
                .button(.type(.submit), .class("button primary"), .text(l(.search)))
            ),
            .p(.class("count"), .text(l.count(model.total, zero: .ordersZero, one: .ordersOne, other: .ordersMany))),
            .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(
                    .th(.text(l(.orderNumber))), .th(.text(l(.orderDate))), .th(.text(l(.accountLabel))),
                    .th(.class("number"), .text(l(.totalExclVAT))), .th(.text(l(.statusLabel)))
                )),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .td(.attribute(named: "data-label", value: l(.orderNumber)), .a(.href(SiteRoute.order(row.id).path), .text(row.number))),
                        .td(.attribute(named: "data-label", value: l(.orderDate)), .text(row.date)),
                        .td(.attribute(named: "data-label", value: l(.accountLabel)), .text(row.accountName)),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.totalExclVAT)), .text(row.totalExclVAT)),
                        .td(.attribute(named: "data-label", value: l(.statusLabel)), .text(l(.orderStatus(row.status))))
                    )
                })
            )),
            Components.pagination(context, page: filter.pageNumber, pageCount: model.pageCount) {
                SiteRoute.orders.path(query: filter.queryItems(page: $0))
            }
        ))
    }
}
