import Foundation
import Plot
import TerrainCore

/// The order page's actions (edit, credit note, print) and follow-up (status form and history).
extension OrderView {
    static func actions(_ order: SalesOrder, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        let id = order.id ?? UUID()
        return .div(
            .class("actions no-print"),
            .if(order.status.isEditable, .a(.class("button"), .href(SiteRoute.editOrder(id).path), .text(l(.editOrder)))),
            .if(order.kind == .order && context.userRole != .rep && order.status != .cancelled, .a(.class("button"),
                .href(SiteRoute.newOrder(account: order.$account.id).path(query: [("kind", OrderKind.creditNote.rawValue), ("from", id.uuidString)])),
                .text(l(.newCreditNote)))),
            .button(.type(.button), .class("button"), .attribute(named: "data-print", value: "1"), .attribute(named: "hidden", value: "hidden"), .text(l(.printOrder)))
        )
    }

    static func followUp(_ order: SalesOrder, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        let next = OrderStatusPolicy.allowed(from: order.status, kind: order.kind, role: context.userRole ?? .rep)
        let events = order.events.sorted { $0.at < $1.at }
        return .section(
            .class("card follow-up no-print"),
            .h2(.text(l(.followUpTitle))),
            .if(events.isEmpty, .p(.class("empty"), .text(l(.noFollowUpYet)))),
            .ol(.class("timeline"), .forEach(events) { event in
                .li(
                    .strong(.text(l(.orderStatus(event.status)))),
                    .text(" — " + ParisTime.format(event.at)),
                    .unwrap(event.user) { .text(" — " + $0.name) },
                    .unwrap(event.note) { .p(.class("muted"), .text($0)) }
                )
            }),
            .if(!next.isEmpty, .form(
                .method(.post), .action(SiteRoute.orderStatus(order.id).path), .class("record-form no-print"),
                Components.csrfField(context),
                .input(.type(.hidden), .name("version"), .value(String(order.version))),
                Components.select(name: "status", label: l(.moveOrderTo), options: next.map { ($0.rawValue, l(.orderStatus($0))) },
                                  selected: next.first?.rawValue ?? ""),
                Components.field(FormInput(name: "note", label: l(.followUpNote), attributes: [("maxlength", "500")])),
                .button(.type(.submit), .class("button primary"), .text(l(.recordStatus)))
            ))
        )
    }
}
