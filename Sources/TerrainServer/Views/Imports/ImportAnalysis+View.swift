import Foundation
import Plot
import TerrainCore

/// Step 3 of an import: what the import will do, the possible-duplicate groups with a choice for
/// each, and the button that runs it.
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
        let counts: ImportPlan.Counts
        let refused: Bool
        let groups: [Group]
        /// First rejected rows: (line, column, reason, value).
        let rejectedSample: [(Int, String, String, String)]
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let c = model.counts
        let flaggedRows = model.groups.reduce(0) { $0 + $1.rows.count }
        return WebPage(title: l(.analysisTitle), context: context, content: .div(
            .h1(.text(l(.analysisTitle) + " — " + model.fileName)),
            .p(.text(l(.analysisIntro))),
            .if(model.refused, .div(.class("notice warn"), .p(.text(l(.allOrNothingRefused))))),
            .section(.class("card"), .dl(
                .dt(.text(l(.willCreate))), .dd(.id("count-create"), .text(l.integer(c.created))),
                .dt(.text(l(.willUpdate))), .dd(.id("count-update"), .text(l.integer(c.updated))),
                .dt(.text(l(.willSkip))), .dd(.id("count-skip"), .text(l.integer(c.skipped))),
                .dt(.text(l(.willReject))), .dd(.id("count-reject"), .text(l.integer(c.rejected)))
            )),
            .form(
                .method(.post), .action(SiteRoute.importRun(model.jobID).path),
                Components.csrfField(context),
                .if(!model.groups.isEmpty, .section(
                    .class("card"),
                    .h2(.text(l(.duplicateGroups, l.count(model.groups.count, zero: .groupsZero, one: .groupsOne, other: .groupsMany), l.count(flaggedRows, zero: .rowsZero, one: .rowsOne, other: .rowsMany)))),
                    .p(.text(l(.duplicateGroupsIntro))),
                    .forEach(model.groups) { group in
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
                .if(!model.rejectedSample.isEmpty, .section(
                    .class("card"),
                    .h2(.text(l(.willReject))),
                    .p(.text(l(.issuesShown, String(model.rejectedSample.count)))),
                    IssueTable.node(model.rejectedSample, context: context)
                )),
                .button(.type(.submit), .class("button primary"), .text(l(.runImport)))
            )
        ))
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
