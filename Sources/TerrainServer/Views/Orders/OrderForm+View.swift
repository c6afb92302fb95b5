import Foundation
import Plot
import TerrainCore

/// The order form (bon de commande): header rubrics, lines typed against the catalogue, totals
/// recomputed by the server on "Recalculer", and the lines' negotiation-latitude messages. Works
/// without JavaScript; re-shows everything typed with each error beside its field.
enum OrderFormView {
    struct Model: Sendable {
        var accountID: UUID
        var accountName: String
        var kind: OrderKind = .order
        /// Set when editing a saved order.
        var orderID: UUID?
        var number: String?
        var version = 0
        var values: OrderFormValues
        var headerErrors: [OrderHeaderField: String] = [:]
        var lineErrors: [Int: [OrderLineField: String]] = [:]
        var lineWarnings: [Int: [String]] = [:]
        /// A message about the whole form (no line at all).
        var formError: String?
        /// Priced lines by form index, to show the applied price and the line amount.
        var priced: [Int: PricedOrderLine] = [:]
        var totals: OrderTotals?
        /// (id, "Name — job title").
        var contacts: [(UUID, String)] = []
        /// (reference, "reference — name") of the active products, for the datalist.
        var catalogue: [(String, String)] = []
        var conflict = false

        var hasErrors: Bool { !headerErrors.isEmpty || !lineErrors.isEmpty || formError != nil }
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let title: String
        if let number = model.number {
            title = l(.editOrderTitle, number)
        } else {
            title = model.kind == .order ? l(.newOrderTitle) : l(.newCreditNoteTitle)
        }
        let action = model.orderID.map { SiteRoute.order($0).path } ?? SiteRoute.accountOrders(account: model.accountID).path
        return WebPage(
            title: title, context: context,
            content: .div(
                .h1(.text(title)),
                .p(.a(.href(SiteRoute.account(model.accountID).path), .text(model.accountName))),
                .form(
                    .method(.post), .action(action), .class("record-form order-form"), .novalidate(),
                    Components.csrfField(context),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .input(.type(.hidden), .name("kind"), .value(model.kind.rawValue)),
                    .input(.type(.hidden), .name("lineCount"), .value(String(model.values.lines.count))),
                    Components.errorSummary(context, hasErrors: model.hasErrors, extra: model.conflict ? l(.errorVersionConflict) : nil,
                                            reloadLink: model.conflict ? model.orderID.map { SiteRoute.editOrder($0).path } : nil),
                    header(model, context: context),
                    lines(model, context: context),
                    .unwrap(model.totals) { totals(model.kind, $0, context: context) },
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .name("action"), .value("save"), .class("button primary"), .text(l(.save))),
                        .button(.type(.submit), .name("action"), .value("recalculate"), .class("button"), .text(l(.recalculate))),
                        .button(.type(.submit), .name("action"), .value("addLines"), .class("button"), .text(l(.addLines))),
                        .a(.class("button"), .href(model.orderID.map { SiteRoute.order($0).path } ?? SiteRoute.account(model.accountID).path),
                           .text(l(.cancel)))
                    )
                ),
                .element(named: "datalist", nodes: [
                    .attribute(named: "id", value: "catalogue"),
                    .group(model.catalogue.map { item in
                        .element(named: "option", nodes: [.attribute(named: "value", value: item.0.escapedAttribute), .text(item.1)])
                    }),
                ])
            ),
            status: model.conflict ? .conflict : (model.hasErrors ? .unprocessableEntity : .ok)
        )
    }

    private static func header(_ model: Model, context: PageContext) -> Node<HTML.FormContext> {
        let l = context.localizer
        let language = context.language
        func value(_ field: OrderHeaderField) -> String { model.values.header[field] ?? "" }
        func input(_ field: OrderHeaderField, _ label: LocalizedText, required: Bool = false, hint: LocalizedText? = nil,
                   extra: [(String, String)] = []) -> Node<HTML.FormContext> {
            Components.field(FormInput(name: field.rawValue, label: l(label), value: value(field), error: model.headerErrors[field],
                                       required: required, hint: hint.map { l($0) }, attributes: extra))
        }
        let contactOptions = [("", l(.chooseContact))] + model.contacts.map { ($0.0.uuidString, $0.1) }
        return .fieldset(
            .element(named: "legend", text: l(.orderHeaderSection)),
            input(.orderedOn, .orderDate, required: true, hint: .dateHint, extra: [("inputmode", "numeric")]),
            input(.requestedDeliveryOn, .requestedDelivery, hint: .dateHint, extra: [("inputmode", "numeric")]),
            Components.select(name: OrderHeaderField.contact.rawValue, label: l(.orderContact) + " *", options: contactOptions,
                              selected: value(.contact), error: model.headerErrors[.contact]),
            .if(model.contacts.isEmpty, .p(.class("hint"), .a(.href(SiteRoute.newContact(account: model.accountID).path), .text(l(.addContactFirst))))),
            input(.customerReference, .customerReference),
            Components.textArea(name: OrderHeaderField.deliveryAddress.rawValue, label: l(.deliveryAddress) + " *", value: value(.deliveryAddress),
                                error: model.headerErrors[.deliveryAddress]),
            Components.select(name: OrderHeaderField.paymentTerms.rawValue, label: l(.paymentTerms) + " *",
                              options: PaymentTerms.allCases.map { ($0.rawValue, language == .fr ? $0.french : $0.english) },
                              selected: value(.paymentTerms), error: model.headerErrors[.paymentTerms]),
            Components.select(name: OrderHeaderField.paymentMethod.rawValue, label: l(.paymentMethod) + " *",
                              options: PaymentMethod.allCases.map { ($0.rawValue, language == .fr ? $0.french : $0.english) },
                              selected: value(.paymentMethod), error: model.headerErrors[.paymentMethod]),
            Components.textArea(name: OrderHeaderField.notes.rawValue, label: l(.notesLabel), value: value(.notes),
                                error: model.headerErrors[.notes])
        )
    }

    private static func lines(_ model: Model, context: PageContext) -> Node<HTML.FormContext> {
        let l = context.localizer
        return .fieldset(
            .element(named: "legend", text: l(.orderLinesSection)),
            .p(.class("hint"), .text(l(.orderLinesHint))),
            .unwrap(model.formError) { .p(.class("field-error"), .id("form-error"), .text($0)) },
            .div(.class("order-lines"), .forEach(Array(model.values.lines.enumerated())) { index, line in
                let errors = model.lineErrors[index] ?? [:]
                func cell(_ field: OrderLineField, _ label: LocalizedText, _ value: String, extra: [(String, String)]) -> Node<HTML.FormContext> {
                    Components.field(FormInput(name: "\(field.rawValue)_\(index)", label: l(label), value: value, error: errors[field],
                                               attributes: extra))
                }
                return .fieldset(
                    .class(errors.isEmpty ? "order-line" : "order-line has-error"),
                    .element(named: "legend", text: l(.lineNumber) + " " + String(index + 1)),
                    cell(.product, .product, line.product, extra: [("list", "catalogue"), ("autocomplete", "off")]),
                    cell(.quantity, .quantity, line.quantity, extra: [("inputmode", "decimal")]),
                    cell(.unitPrice, .unitPriceExclVAT, line.unitPrice, extra: [("inputmode", "decimal"), ("placeholder", l(.appliedPricePlaceholder))]),
                    cell(.discounts, .discounts, line.discounts, extra: [("placeholder", "10 + 5")]),
                    .unwrap(model.priced[index]) { priced in
                        .p(.class("line-result"), .text(lineSummary(priced, context: context)))
                    },
                    .forEach(model.lineWarnings[index] ?? []) { .p(.class("warning"), .text($0)) }
                )
            })
        )
    }

    /// "Fût 30 L · PU net 85,50 € · 171,00 € HT".
    static func lineSummary(_ priced: PricedOrderLine, context: PageContext) -> String {
        let l = context.localizer
        return [priced.offer.name,
                l(.netUnitPrice) + " " + FrenchNumber.format(priced.line.netUnitPrice, fractionDigits: max(2, OrderView.fractionDigits(priced.line.netUnitPrice)))
                    + "\u{00A0}€",
                FrenchNumber.formatEuros(priced.line.netAmount) + " " + l(.exclVATShort)].joined(separator: " · ")
    }

    private static func totals(_ kind: OrderKind, _ totals: OrderTotals, context: PageContext) -> Node<HTML.FormContext> {
        let l = context.localizer
        func euros(_ amount: Decimal) -> String { FrenchNumber.formatEuros(amount) }
        return .fieldset(
            .class("order-totals"),
            .element(named: "legend", text: l(.orderTotalsSection)),
            .dl(
                .dt(.text(l(.totalExclVAT))), .dd(.id("form-total-excl-vat"), .text(euros(totals.totalExcludingVAT))),
                .forEach(totals.vatBreakdown) { row in
                    .group(.dt(.text(l(.vat) + " " + ProductValueParsing.label(of: row.rate))), .dd(.text(euros(row.vat))))
                },
                .dt(.text(l(.totalInclVAT))), .dd(.id("form-total-incl-vat"), .strong(.text(euros(totals.totalIncludingVAT)))),
                .unwrap(totals.grossMargin) { margin in
                    .group(.dt(.text(l(.grossMargin))), .dd(.text(euros(margin) + (totals.marginRate.map { " (" + OrderView.percent($0) + ")" } ?? ""))))
                }
            ),
            .if(totals.mode == .perLine, .p(.class("muted"), .text(l(.vatPerLineNote))))
        )
    }
}
