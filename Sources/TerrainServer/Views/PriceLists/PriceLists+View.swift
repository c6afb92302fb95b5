import Foundation
import Plot
import TerrainCore

/// The price lists and the form to add one.
enum PriceListsView {
    struct Model: Sendable {
        /// (id, name, category or nil, number of prices).
        let lists: [(UUID, String, String?, Int)]
        let canEdit: Bool
        var values: [String: String] = [:]
        var error: String?
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: l(.priceListsTitle), context: context, content: .div(
            .h1(.text(l(.priceListsTitle))),
            .p(.text(l(.priceListsIntro))),
            model.lists.isEmpty ? .p(.class("empty"), .text(l(.noPriceLists))) : .ul(.class("contact-list"), .forEach(model.lists) { list in
                .li(.a(.href(SiteRoute.priceList(list.0).path), .text(list.1)),
                    .text(" — " + (list.2 ?? l(.defaultList)) + " — " + l(.pricesCount, l.integer(list.3))))
            }),
            .if(model.canEdit, .section(
                .class("card"),
                .h2(.text(l(.newPriceList))),
                .form(
                    .method(.post), .action(SiteRoute.priceLists.path), .novalidate(),
                    Components.csrfField(context),
                    Components.errorSummary(context, hasErrors: model.error != nil, extra: model.error),
                    Components.field(FormInput(name: "name", label: l(.name), value: model.values["name"] ?? "", required: true)),
                    Components.field(FormInput(name: "category", label: l(.customerCategory), value: model.values["category"] ?? "")),
                    .button(.type(.submit), .class("button primary"), .text(l(.newPriceList)))
                )
            ))
        ), status: model.error == nil ? .ok : .unprocessableEntity)
    }
}

/// One price list: every active product with its catalogue price and this list's price, editable.
enum PriceListView {
    struct Row: Sendable {
        let productID: UUID
        let reference, name, listPrice: String
        var value: String
        var error: String?
    }

    static func page(listID: UUID, name: String, category: String?, rows: [Row], canEdit: Bool, context: PageContext) -> WebPage {
        let l = context.localizer
        let hasErrors = rows.contains { $0.error != nil }
        return WebPage(title: name, context: context, content: .div(
            .h1(.text(name)),
            .p(.text(category.map { LocalizedText.customerCategory.text(context.language) + " : " + $0 } ?? l(.defaultList))),
            .form(
                .method(.post), .action(SiteRoute.priceList(listID).path),
                Components.csrfField(context),
                Components.errorSummary(context, hasErrors: hasErrors),
                .div(.class("table-wrap"), .table(
                    .class("responsive"),
                    .thead(.tr(.th(.text(ProductField.reference.label(context.language))), .th(.text(ProductField.name.label(context.language))),
                               .th(.class("number"), .text(l(.listPriceColumn))), .th(.text(l(.thisListPrice))))),
                    .tbody(.forEach(rows) { row in
                        .tr(
                            .td(.attribute(named: "data-label", value: ProductField.reference.label(context.language)), .text(row.reference)),
                            .td(.attribute(named: "data-label", value: ProductField.name.label(context.language)), .text(row.name)),
                            .td(.class("number"), .attribute(named: "data-label", value: l(.listPriceColumn)), .text(row.listPrice)),
                            .td(.attribute(named: "data-label", value: l(.thisListPrice)),
                                canEdit ? .input(.type(.text), .name("price_\(row.productID.uuidString)"), .value(row.value.escapedAttribute),
                                                 .attribute(named: "inputmode", value: "decimal"),
                                                 .attribute(named: "aria-label", value: "\(l(.thisListPrice)) — \(row.reference)".escapedAttribute),
                                                 .attribute(named: "aria-invalid", value: row.error == nil ? "false" : "true"))
                                        : .text(row.value),
                                .unwrap(row.error) { .span(.class("field-error"), .text(" " + $0)) })
                        )
                    })
                )),
                .if(canEdit, .button(.type(.submit), .class("button primary"), .text(l(.save))))
            )
        ), status: hasErrors ? .unprocessableEntity : .ok)
    }
}
