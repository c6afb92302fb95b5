import Foundation
import Plot
import TerrainCore

/// Step 3 of an import: what the import will do (the kind's figures), the possible-duplicate
/// groups of an account import with a choice for each, the first rejected rows, and the button
/// that runs it.
enum ImportAnalysisView {
    struct Group: Sendable {
        let id: Int
        /// (line, legal name, postal code, SIRET) of the file's rows.
        let rows: [(Int, String, String, String)]
        /// (id, legal name, SIRET) of existing accounts in the group.
        let existing: [(UUID, String, String)]
    }

    struct Model: Sendable {
        let jobID: UUID
        let fileName: String
        let analysis: ImportAnalysis
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let groups = model.analysis.groups
        let rejectedSample = model.analysis.rejectedSample
        let flaggedRows = groups.reduce(0) { $0 + $1.rows.count }
        return WebPage(title: l(.analysisTitle), context: context, content: .div(
            .h1(.text(l(.analysisTitle) + " — " + model.fileName)),
            .p(.text(l(.analysisIntro))),
            .if(model.analysis.refused, .div(.class("notice warn"), .p(.text(l(.allOrNothingRefused))))),
            .section(.class("card"), FigureList.node(model.analysis.figures)),
            .form(
                .method(.post), .action(SiteRoute.importRun(model.jobID).path),
                Components.csrfField(context),
                .if(!groups.isEmpty, .section(
                    .class("card"),
                    .h2(.text(l(.duplicateGroups, l.count(groups.count, zero: .groupsZero, one: .groupsOne, other: .groupsMany), l.count(flaggedRows, zero: .rowsZero, one: .rowsOne, other: .rowsMany)))),
                    .p(.text(l(.duplicateGroupsIntro))),
                    .forEach(groups) { group in
                        .element(named: "fieldset", nodes: [
                            .element(named: "legend", text: l(.groupLabel, String(group.id))),
                            .ul(
                                .forEach(group.rows) { row in
                                    .li(.text("\(l(.lineNumber)) \(row.0) : \(row.1) — \(row.2)" + (row.3.isEmpty ? "" : " — SIRET \(row.3)")))
                                },
                                .forEach(group.existing) { existing in
                                    .li(.a(.href(SiteRoute.account(existing.0).path), .text(existing.1)), .text(" (\(l(.existingAccount)))" + (existing.2.isEmpty ? "" : " — SIRET \(existing.2)")))
                                }
                            ),
                            Components.select(name: "group_\(group.id)", label: l(.groupLabel, String(group.id)), options: [
                                (AccountImportService.GroupChoice.create.rawValue, l(.groupCreate)),
                                (AccountImportService.GroupChoice.skip.rawValue, l(.groupSkip)),
                            ], selected: AccountImportService.GroupChoice.create.rawValue),
                        ])
                    }
                )),
                .if(!rejectedSample.isEmpty, .section(
                    .class("card"),
                    .h2(.text(l(.willReject))),
                    .p(.text(l(.issuesShown, String(rejectedSample.count)))),
                    IssueTable.node(rejectedSample, context: context)
                )),
                .button(.type(.submit), .class("button primary"), .text(l(.runImport)))
            )
        ))
    }
}

/// The figures of an analysis or a result, as a definition list whose values carry the figures' ids.
enum FigureList {
    static func node<C: HTML.BodyContext>(_ figures: [ImportFigure]) -> Node<C> {
        .dl(.forEach(figures) { figure in
            .group(.dt(.text(figure.label)), .dd(.id(figure.id), .text(figure.value)))
        })
    }
}

/// A table of import issues: line, column, reason, value read.
enum IssueTable {
    static func node<C: HTML.BodyContext>(_ rows: [(Int, String, String, String)], context: PageContext) -> Node<C> {
        let l = context.localizer
        return .div(.class("table-wrap"), .table(
            .class("responsive"),
            .thead(.tr(.th(.text(l(.lineNumber))), .th(.text(l(.columnLabel))), .th(.text(l(.reasonLabel))), .th(.text(l(.valueLabel))))),
            .tbody(.forEach(rows) { row in
                .tr(
                    .td(.attribute(named: "data-label", value: l(.lineNumber)), .text(String(row.0))),
                    .td(.attribute(named: "data-label", value: l(.columnLabel)), .text(row.1)),
                    .td(.attribute(named: "data-label", value: l(.reasonLabel)), .text(row.2)),
                    .td(.attribute(named: "data-label", value: l(.valueLabel)), .text(row.3))
                )
            })
        ))
    }
}
