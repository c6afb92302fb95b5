import Plot
import TerrainCore

/// The parts of the layout shared by every page.
enum Layout {
    static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .header(
            .class("site-header"),
            .a(.class("brand"), .href(SiteRoute.home.path), .text(l(.appName))),
            .if(context.userName != nil, .nav(
                .attribute(named: "aria-label", value: "Navigation"),
                .ul(
                    navItem(.navAccounts, .accounts, context),
                    navItem(.navStats, .accountsStats, context),
                    navItem(.navOrders, .orders, context),
                    navItem(.navPlanning, .planning, context),
                    navItem(.navCatalogue, .products, context),
                    navItem(.navPriceLists, .priceLists, context),
                    navItem(.navImports, .imports, context),
                    navItem(.navProfile, .profile, context),
                    .if(context.userRole == .admin, navItem(.navUsers, .users, context)),
                    .if(context.userRole == .admin, navItem(.navSettings, .settings, context))
                )
            )),
            .div(
                .class("header-actions"),
                languageSwitch(context),
                .if(context.userName != nil, .form(
                    .action(SiteRoute.logout.path), .method(.post), .class("inline"),
                    Components.csrfField(context),
                    .button(.type(.submit), .class("link-button"), .text(l(.logout)))
                ))
            )
        )
    }

    private static func navItem(_ text: LocalizedText, _ route: SiteRoute, _ context: PageContext) -> Node<HTML.ListContext> {
        let isCurrent = context.currentPath == route.path
        return .li(.a(
            .href(route.path),
            .if(isCurrent, .attribute(named: "aria-current", value: "page")),
            .text(context.localizer(text))
        ))
    }

    /// Switches between French and English; posts to `/language` and comes back to the same page.
    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        let other: TerrainCore.Language = context.language == .fr ? .en : .fr
        let label = other == .fr ? "Français" : "English"
        return .form(
            .action(SiteRoute.language.path), .method(.post), .class("inline"),
            Components.csrfField(context),
            .input(.type(.hidden), .name("language"), .value(other.rawValue)),
            .input(.type(.hidden), .name("back"), .value(context.currentURL.escapedAttribute)),
            .button(.type(.submit), .class("link-button"), .attribute(named: "lang", value: other.rawValue), .text(label))
        )
    }
}
