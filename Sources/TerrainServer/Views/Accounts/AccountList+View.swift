import Plot
import TerrainCore

/// The customer and prospect file: search, filters, sortable table, pagination, exports.
enum AccountListView {
    static func page(_ model: AccountListModel, context: PageContext) -> WebPage {
        let l = context.localizer
        let filter = model.filter
        return WebPage(title: l(.accountsTitle), context: context, content: .div(
            .div(
                .class("page-title"),
                .h1(.text(l(.accountsTitle))),
                .a(.class("button primary"), .href(SiteRoute.newAccount.path), .text(l(.newAccount)))
            ),
            filterForm(model, context: context),
            .p(.class("count"), .text(l.count(model.total, zero: .accountsCountZero, one: .accountsCountOne, other: .accountsCount))),
            .div(
                .class("actions"),
                .a(.class("button"), .href(SiteRoute.accountsExport.path(query: filter.queryItems() + [("format", "csv")])), .text(l(.exportCSV))),
                .a(.class("button"), .href(SiteRoute.accountsExport.path(query: filter.queryItems() + [("format", "xlsx")])), .text(l(.exportXLSX))),
                .a(.class("button"), .href(SiteRoute.accountsStats.path(query: filter.queryItems())), .text(l(.navStats)))
            ),
            model.rows.isEmpty ? .p(.class("empty"), .text(l(.noAccounts))) : table(model, context: context),
            Components.pagination(context, page: filter.pageNumber, pageCount: model.pageCount) { page in
                SiteRoute.accounts.path(query: filter.queryItems(page: page))
            }
        ))
    }

    private static func filterForm(_ model: AccountListModel, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        let filter = model.filter
        let statuses = [("", l(.all))] + AccountStatus.allCases.map { ($0.rawValue, l(.status($0))) }
        let owners = [("", l(.all)), ("none", l(.noOwner))] + model.owners
        let sorts = AccountSort.allCases.map { ($0.rawValue, l(.sortLabel($0))) }
        return .form(
            .class("filters"), .method(.get), .action(SiteRoute.accounts.path),
            .attribute(named: "role", value: "search"),
            Components.field(FormInput(name: "q", label: l(.search), value: filter.q ?? "", type: .search,
                                       attributes: [("placeholder", l(.searchPlaceholder))])),
            .element(named: "details", nodes: [
                .class("more-filters"),
                .if(hasAdvancedFilters(filter), .attribute(named: "open", value: "open")),
                .element(named: "summary", text: l(.filter)),
                .div(
                    .class("filter-grid"),
                    Components.select(name: "status", label: AccountField.status.label(context.language), options: statuses, selected: filter.status ?? ""),
                    Components.field(FormInput(name: "department", label: l(.department), value: filter.department ?? "", attributes: [("size", "4")])),
                    Components.field(FormInput(name: "naf", label: AccountField.nafCode.label(context.language), value: filter.naf ?? "")),
                    Components.field(FormInput(name: "category", label: AccountField.category.label(context.language), value: filter.category ?? "")),
                    Components.select(name: "owner", label: l(.owner), options: owners, selected: filter.owner ?? ""),
                    Components.select(name: "sort", label: l(.sortBy), options: sorts, selected: filter.sortColumn.rawValue),
                    Components.select(name: "dir", label: " ", options: [("asc", l(.ascending)), ("desc", l(.descending))], selected: filter.isDescending ? "desc" : "asc"),
                    Components.checkbox(name: "archived", label: l(.showArchived), checked: filter.includesArchived, value: "1")
                ),
            ]),
            .button(.type(.submit), .class("button primary"), .text(l(.search)))
        )
    }

    private static func hasAdvancedFilters(_ filter: AccountFilter) -> Bool {
        [filter.status, filter.department, filter.naf, filter.category, filter.owner, filter.sort].contains { !($0 ?? "").isEmpty } || filter.includesArchived
    }

    private static func table(_ model: AccountListModel, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        let language = context.language
        return .div(.class("table-wrap"), .table(
            .class("responsive"),
            .thead(.tr(
                header(.legalName, AccountField.legalName.label(language), model),
                header(.postalCode, AccountField.postalCode.label(language), model),
                header(.city, AccountField.city.label(language), model),
                header(.nafCode, AccountField.nafCode.label(language), model),
                header(.status, AccountField.status.label(language), model),
                .th(.text(l(.owner)))
            )),
            .tbody(.forEach(model.rows) { row in
                .tr(
                    .td(.attribute(named: "data-label", value: AccountField.legalName.label(language)),
                        .a(.href(SiteRoute.account(row.id).path), .text(row.legalName)),
                        .unwrap(row.tradeName) { .span(.class("muted"), .text(" · " + $0)) },
                        .if(row.isPossibleDuplicate, .span(.class("badge warn"), .attribute(named: "title", value: l(.possibleDuplicate)), .text("≈"))),
                        .if(row.isArchived, .span(.class("badge"), .text(l(.archived))))),
                    .td(.attribute(named: "data-label", value: AccountField.postalCode.label(language)), .text(row.postalCode)),
                    .td(.attribute(named: "data-label", value: AccountField.city.label(language)), .text(row.city)),
                    .td(.attribute(named: "data-label", value: AccountField.nafCode.label(language)), .text(row.nafCode)),
                    .td(.attribute(named: "data-label", value: AccountField.status.label(language)),
                        .span(.class("status status-\(row.status.rawValue)"), .text(l(.status(row.status))))),
                    .td(.attribute(named: "data-label", value: l(.owner)), .text(row.ownerName))
                )
            })
        ))
    }

    /// A column header that sorts by its column (and flips the direction when already sorted by it).
    private static func header(_ sort: AccountSort, _ label: String, _ model: AccountListModel) -> Node<HTML.TableRowContext> {
        let filter = model.filter
        let isCurrent = filter.sortColumn == sort
        let nextDir = isCurrent && !filter.isDescending ? "desc" : "asc"
        let arrow = isCurrent ? (filter.isDescending ? " ↓" : " ↑") : ""
        return .th(
            .if(isCurrent, .attribute(named: "aria-sort", value: filter.isDescending ? "descending" : "ascending")),
            .a(.href(SiteRoute.accounts.path(query: filter.queryItems(page: 1, sort: sort, dir: nextDir))), .text(label + arrow))
        )
    }
}
