import Foundation
import Plot
import TerrainCore

/// The product form, for creating and editing; re-shows what was typed with errors beside fields.
enum ProductFormView {
    struct Model: Sendable {
        var productID: UUID?
        var version: Int = 0
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var conflict = false
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let language = context.language
        let title = model.productID == nil ? l(.newProduct) : l(.editProduct)
        let action = model.productID.map { SiteRoute.product($0).path } ?? SiteRoute.products.path
        func input(_ field: ProductField, required: Bool = false, hint: LocalizedText? = nil, extra: [(String, String)] = []) -> Node<HTML.FormContext> {
            Components.field(FormInput(name: field.rawValue, label: field.label(language), value: model.values[field.rawValue] ?? "",
                                       error: model.errors[field.rawValue], required: required, hint: hint.map { l($0) }, attributes: extra))
        }
        let rates = VATRate.allCases.map { ($0.rawValue, ProductValueParsing.label(of: $0)) }
        return WebPage(
            title: title, context: context,
            content: .div(
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .class("record-form"), .novalidate(),
                    Components.csrfField(context),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    Components.errorSummary(context, hasErrors: !model.errors.isEmpty, extra: model.conflict ? l(.errorVersionConflict) : nil),
                    .fieldset(
                        .element(named: "legend", text: l(.productSection)),
                        input(.reference, required: true),
                        input(.name, required: true),
                        input(.family),
                        input(.unit),
                        input(.packaging),
                        Components.checkbox(name: ProductField.active.rawValue, label: ProductField.active.label(language),
                                            checked: AccountFormView.isChecked(model.values[ProductField.active.rawValue]))
                    ),
                    .fieldset(
                        .element(named: "legend", text: l(.pricesSection)),
                        input(.listPrice, required: true, hint: .priceHint, extra: [("inputmode", "decimal")]),
                        input(.purchaseCost, hint: .priceHint, extra: [("inputmode", "decimal")]),
                        Components.select(name: ProductField.vatRate.rawValue, label: ProductField.vatRate.label(language), options: rates,
                                          selected: model.values[ProductField.vatRate.rawValue] ?? VATRate.standard.rawValue,
                                          error: model.errors[ProductField.vatRate.rawValue]),
                        input(.floorPrice, hint: .priceHint, extra: [("inputmode", "decimal")]),
                        input(.maxDiscountRate, hint: .rateHint, extra: [("inputmode", "decimal")])
                    ),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .class("button primary"), .text(l(.save))),
                        .a(.class("button"), .href(SiteRoute.products.path), .text(l(.cancel)))
                    )
                )
            ),
            status: model.conflict ? .conflict : (model.errors.isEmpty ? .ok : .unprocessableEntity)
        )
    }
}
