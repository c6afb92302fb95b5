import Foundation
import Plot

/// The imports page: the upload form (of the kinds the user may import, `kind` chosen) and the
/// past imports.
enum ImportListView {
    struct Row: Sendable {
        let id: UUID
        let kind: ImportKind
        let fileName: String
        let status: ImportJob.Status
        let createdAt: String
        let created: Int
        let rejected: Int
    }

    static func page(rows: [Row], kind: ImportKind, kinds: [ImportKind], error: String?, context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: l(.importsTitle), context: context, content: .div(
            .h1(.text(l(.importsTitle))),
            .section(
                .class("card"),
                .h2(.text(l(newImportTitle(kind)))),
                .p(.text(l(.importIntro))),
                .p(.text(l(fileContents(kind)))),
                .form(
                    .method(.post), .action(SiteRoute.imports.path), .enctype(.multipartData),
                    .attribute(named: "data-upload-progress", value: "upload-progress"),
                    Components.csrfField(context),
                    Components.select(name: "kind", label: l(.importKindLabel), options: kinds.map { ($0.rawValue, l($0.label)) },
                                      selected: kind.rawValue),
                    Components.field(FormInput(name: "file", label: l(.fileLabel), error: error, type: .file, required: true,
                                               attributes: [("accept", ".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])),
                    .element(named: "progress", nodes: [.id("upload-progress"), .attribute(named: "hidden", value: "hidden"), .attribute(named: "max", value: "1"), .attribute(named: "value", value: "0")]),
                    .button(.type(.submit), .class("button primary"), .text(l(.upload)))
                )
            ),
            rows.isEmpty ? .p(.class("empty"), .text(l(.noImports))) : .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(.th(.text(l(.fileLabel))), .th(.text(l(.createdAt))), .th(.text(l(.statusLabel))),
                           .th(.class("number"), .text(l(.created))), .th(.class("number"), .text(l(.rejected))),
                           .th(.text(l(.importKindLabel))))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        .td(.attribute(named: "data-label", value: l(.fileLabel)), .a(.href(SiteRoute.importJob(row.id).path), .text(row.fileName))),
                        .td(.attribute(named: "data-label", value: l(.createdAt)), .text(row.createdAt)),
                        .td(.attribute(named: "data-label", value: l(.statusLabel)), .text(l(statusText(row.status)))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.created)), .text(l.integer(row.created))),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.rejected)), .text(l.integer(row.rejected))),
                        .td(.attribute(named: "data-label", value: l(.importKindLabel)), .text(l(row.kind.label)))
                    )
                })
            ))
        ), status: error == nil ? .ok : .unprocessableEntity)
    }

    /// « Importer un fichier de comptes », « … un catalogue », « … un historique de commandes ».
    static func newImportTitle(_ kind: ImportKind) -> LocalizedText {
        switch kind {
        case .accounts: return .newImport
        case .products: return .newProductImport
        case .orders: return .newOrderImport
        }
    }

    /// What the file of a kind holds.
    static func fileContents(_ kind: ImportKind) -> LocalizedText {
        switch kind {
        case .accounts: return .accountFileContents
        case .products: return .productFileContents
        case .orders: return .orderFileContents
        }
    }

    static func statusText(_ status: ImportJob.Status) -> LocalizedText {
        switch status {
        case .uploaded: return .importStatusUploaded
        case .running: return .importStatusRunning
        case .done: return .importStatusDone
        case .failed: return .importStatusFailed
        }
    }
}
