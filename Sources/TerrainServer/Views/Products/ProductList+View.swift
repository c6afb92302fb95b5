import Foundation
import Plot
import TerrainCore

/// The catalogue: search, family and status filters, pagination, exports.
enum ProductListView {
    struct Row: Sendable {
        let id: UUID
        let reference, name, family, unit, packaging: String
        let listPrice: String
        let vatRate: String
        let marginRate: String
        let active: Bool
    }

    struct Model: Sendable {
        let filter: ProductFilter
        let rows: [Row]
        let total: Int
        let pageCount: Int
        let families: [String]
        let canEdit: Bool
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let language = context.language
        let filter = model.filter
        return WebPage(title: l(.catalogueTitle), context: context, content: .div(
            .div(
                .class("page-title"),
                .h1(.text(l(.catalogueTitle))),
                .if(model.canEdit, .a(.class("button primary"), .href(SiteRoute.newProduct.path), .text(l(.newProduct)))),
                .if(model.canEdit, .a(.class("button"), .id("import-catalogue"),
                                      .href(SiteRoute.newImport.path(query: [("kind", ImportKind.products.rawValue)])), .text(l(.importCatalogue))))
            ),
            .form(
                .class("filters"), .method(.get), .action(SiteRoute.products.path), .attribute(named: "role", value: "search"),
                Components.field(FormInput(name: "q", label: l(.search), value: filter.q ?? "", type: .search,
                                           attributes: [("placeholder", l(.productSearchPlaceholder))])),
                .div(
                    .class("filter-grid"),
                    Components.select(name: "family", label: ProductField.family.label(language),
                                      options: [("", l(.all))] + model.families.map { ($0, $0) }, selected: filter.family ?? ""),
                    Components.select(name: "active", label: ProductField.active.label(language),
                                      options: [("1", l(.activeOnly)), ("0", l(.inactiveOnly)), ("all", l(.all))], selected: filter.active ?? "1")
                ),
                .button(.type(.submit), .class("button primary"), .text(l(.search)))
            ),
            .p(.class("count"), .text(l.count(model.total, zero: .productsZero, one: .productsOne, other: .productsMany))),
            .div(
                .class("actions"),
                .a(.class("button"), .href(SiteRoute.productsExport.path(query: filter.queryItems() + [("format", "csv")])), .text(l(.exportCSV))),
                .a(.class("button"), .href(SiteRoute.productsExport.path(query: filter.queryItems() + [("format", "xlsx")])), .text(l(.exportXLSX)))
            ),
            .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(
                    .th(.text(ProductField.reference.label(language))), .th(.text(ProductField.name.label(language))),
                    .th(.text(ProductField.family.label(language))), .th(.text(ProductField.packaging.label(language))),
                    .th(.class("number"), .text(ProductField.listPrice.label(language))), .th(.text(ProductField.vatRate.label(language))),
                    .th(.class("number"), .text(l(.marginRateLabel)))
                )),
                .tbody(.forEach(model.rows) { row in
                    .tr(
                        .td(.attribute(named: "data-label", value: ProductField.reference.label(language)),
                            model.canEdit ? .a(.href(SiteRoute.editProduct(row.id).path), .text(row.reference)) : .text(row.reference)),
                        .td(.attribute(named: "data-label", value: ProductField.name.label(language)), .text(row.name),
                            .if(!row.active, .span(.class("badge"), .text(l(.inactiveOnly))))),
                        .td(.attribute(named: "data-label", value: ProductField.family.label(language)), .text(row.family)),
                        .td(.attribute(named: "data-label", value: ProductField.packaging.label(language)), .text([row.unit, row.packaging].filter { !$0.isEmpty }.joined(separator: " · "))),
                        .td(.class("number"), .attribute(named: "data-label", value: ProductField.listPrice.label(language)), .text(row.listPrice)),
                        .td(.attribute(named: "data-label", value: ProductField.vatRate.label(language)), .text(row.vatRate)),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.marginRateLabel)), .text(row.marginRate))
                    )
                })
            )),
            Components.pagination(context, page: filter.pageNumber, pageCount: model.pageCount) { page in
                SiteRoute.products.path(query: filter.queryItems(page: page))
            }
        ))
    }
}
