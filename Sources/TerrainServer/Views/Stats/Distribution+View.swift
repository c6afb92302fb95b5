import Plot
import TerrainCore

/// The file's distribution (framework item 112): counts by département, NAF code, status and
/// category, as tables and bar charts.
enum DistributionView {
    struct Breakdown: Sendable {
        let title: String
        /// (label, count), largest first.
        let rows: [(String, Int)]
    }

    /// Bars drawn in a chart; the rest are summed into one "others" bar (the table lists them all).
    static let maxBars = 12

    static func page(filter: AccountFilter, total: Int, breakdowns: [Breakdown], context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: l(.distributionTitle), context: context, content: .div(
            .h1(.text(l(.distributionTitle))),
            .p(.text(l.count(total, zero: .accountsCountZero, one: .accountsCountOne, other: .accountsCount))),
            .p(.a(.href(SiteRoute.accounts.path(query: filter.queryItems())), .text("← " + l(.backToList)))),
            .div(.class("columns"), .forEach(breakdowns) { breakdown in
                section(breakdown, total: total, context: context)
            })
        ))
    }

    private static func section(_ breakdown: Breakdown, total: Int, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        var bars = Array(breakdown.rows.prefix(maxBars)).map { (label: $0.0, value: $0.1) }
        let rest = breakdown.rows.dropFirst(maxBars).reduce(0) { $0 + $1.1 }
        if rest > 0 { bars.append((label: l(.others), value: rest)) }
        let chart = BarChart(title: breakdown.title, bars: bars) { [l] in l.integer($0) }
        return .section(
            .class("card"),
            .h2(.text(breakdown.title)),
            .raw(chart.svg()),
            .details(
                .summary(.text(l(.showTable))),
                .table(
                    .thead(.tr(.th(.text(breakdown.title)), .th(.text(l(.count))), .th(.text("%")))),
                    .tbody(.forEach(breakdown.rows) { row in
                        .tr(.td(.text(row.0)), .td(.class("number"), .text(l.integer(row.1))),
                            .td(.class("number"), .text(percent(row.1, of: total, language: context.language))))
                    })
                )
            )
        )
    }

    /// Share with one decimal, rounded half-up: 1,386 of 1,674 → "82,8 %".
    static func percent(_ part: Int, of total: Int, language: TerrainCore.Language) -> String {
        guard total > 0 else { return "—" }
        let tenths = (part * 1000 + total / 2) / total
        let text = "\(tenths / 10)" + (language == .fr ? "," : ".") + "\(tenths % 10)"
        return language == .fr ? text + "\u{202F}%" : text + "%"
    }
}

extension LocalizedText {
    static let distributionTitle = LocalizedText(fr: "Répartition du fichier", en: "Distribution of the file")
    static let byDepartment = LocalizedText(fr: "Par département", en: "By département")
    static let byNAF = LocalizedText(fr: "Par code NAF", en: "By NAF code")
    static let byStatus = LocalizedText(fr: "Par statut", en: "By status")
    static let byCategory = LocalizedText(fr: "Par catégorie", en: "By category")
    static let others = LocalizedText(fr: "Autres", en: "Others")
    static let notSet = LocalizedText(fr: "(non renseigné)", en: "(not set)")
    static let count = LocalizedText(fr: "Nombre", en: "Count")
    static let showTable = LocalizedText(fr: "Voir le tableau", en: "Show the table")
    static let backToList = LocalizedText(fr: "Retour à la liste", en: "Back to the list")
}
