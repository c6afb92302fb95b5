import Foundation
import Plot

/// Step 4 of an import: its progress while it runs, then its result.
enum ImportResultView {
    struct Model: Sendable {
        let jobID: UUID
        let kind: ImportKind
        let fileName: String
        let status: ImportJob.Status
        let processed: Int
        let total: Int
        /// The kind's figures (`ImportFlow.resultFigures`).
        let figures: [ImportFigure]
        let refused: Bool
        let failure: String?
        /// First issues: (line, column, reason, value).
        let issues: [(Int, String, String, String)]
        let issueCount: Int
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        if model.status == .running {
            return WebPage(title: l(.progressTitle), context: context, content: .div(
                .h1(.text(l(.progressTitle) + " — " + model.fileName)),
                .element(named: "progress", nodes: [.id("import-progress"), .attribute(named: "max", value: String(max(model.total, 1))), .attribute(named: "value", value: String(model.processed))]),
                .p(.attribute(named: "role", value: "status"), .text(l(.progressText, l.integer(model.processed), l.integer(model.total))))
            ), refreshSeconds: 1)
        }
        return WebPage(title: l(.resultTitle), context: context, content: .div(
            .h1(.text(l(.resultTitle) + " — " + model.fileName)),
            .unwrap(model.failure) { .div(.class("notice warn"), .p(.text(l(.importFailed, $0)))) },
            .if(model.refused, .div(.class("notice warn"), .p(.text(l(.refusedResult))))),
            .section(.class("card"), FigureList.node(model.figures)),
            .div(
                .class("actions"),
                .a(.class("button primary"), .href(model.kind.destination.route.path), .text(l(model.kind.destination.label))),
                .if(model.issueCount > 0, .a(.class("button"), .href(SiteRoute.importRejected(model.jobID).path), .text(l(.downloadReport))))
            ),
            .if(model.issueCount > 0, .section(
                .class("card"),
                .h2(.text(l(.issuesTitle))),
                .p(.text(l(.issuesShown, String(model.issues.count)))),
                IssueTable.node(model.issues, context: context)
            ))
        ))
    }
}
