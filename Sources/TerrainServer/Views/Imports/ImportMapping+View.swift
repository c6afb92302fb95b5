import Foundation
import Plot
import TerrainCore

/// Step 2 of an import: check how the file's columns map to the kind's fields, with a preview,
/// and choose the kind's settings (`ImportKind.settings`).
enum ImportMappingView {
    struct Model: Sendable {
        let jobID: UUID
        let kind: ImportKind
        let fileName: String
        /// How the file was read (encoding and separator, or sheet).
        let dialect: String
        let headers: [String]
        /// (raw value, label) of the fields a column can feed.
        let fieldOptions: [(String, String)]
        /// Selected field per column (raw value, "" = ignored).
        let selected: [String]
        /// (line, cells) of the first rows.
        let preview: [(Int, [String])]
        let owners: [(String, String)]
        var mode: String = ImportMode.validRows.rawValue
        var policy: String = DuplicatePolicy.skip.rawValue
        var owner: String = ""
        var error: String?
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let fieldOptions = [("", l(.ignoreColumn))] + model.fieldOptions
        let settings = model.kind.settings
        return WebPage(title: l(.mappingTitle), context: context, content: .div(
            .h1(.text(l(.mappingTitle) + " — " + model.fileName)),
            .p(.text(model.dialect)),
            .form(
                .method(.post), .action(SiteRoute.importAnalysis(model.jobID).path),
                Components.csrfField(context),
                Components.errorSummary(context, hasErrors: model.error != nil, extra: model.error),
                .div(.class("table-wrap"), .table(
                    .class("mapping-table"),
                    .thead(.tr(.th(.text(l(.columnInFile))), .th(.text(l(.terrainField))))),
                    .tbody(.forEach(Array(model.headers.enumerated())) { index, header in
                        .tr(.td(.text(header)), .td(
                            .element(named: "select", nodes: [
                                .attribute(named: "name", value: "col_\(index)"),
                                .attribute(named: "aria-label", value: header.escapedAttribute),
                                .group(fieldOptions.map { option in
                                    .element(named: "option", nodes: [
                                        .attribute(named: "value", value: option.0.escapedAttribute, ignoreIfValueIsEmpty: false),
                                        .if(option.0 == model.selected[index], .attribute(named: "selected", value: "selected")),
                                        .text(option.1),
                                    ])
                                }),
                            ])
                        ))
                    })
                )),
                .if(settings.contains(.mode), Components.select(name: "mode", label: l(.modeLabel), options: [
                    (ImportMode.validRows.rawValue, l(.modeValidRows)),
                    (ImportMode.allOrNothing.rawValue, l(.modeAllOrNothing)),
                ], selected: model.mode)),
                .if(settings.contains(.policy), Components.select(name: "policy", label: l(model.kind.policyLabel), options: [
                    (DuplicatePolicy.skip.rawValue, l(.policySkip)), (DuplicatePolicy.update.rawValue, l(.policyUpdate)),
                ], selected: model.policy)),
                .if(settings.contains(.owner),
                    Components.select(name: "owner", label: l(.ownerForImport), options: [("", l(.noOwner))] + model.owners, selected: model.owner)),
                .if(model.kind == .orders, .p(.class("hint"), .text(l(.orderImportRules)))),
                .button(.type(.submit), .class("button primary"), .text(l(.analyse)))
            ),
            .h2(.text(l(.preview))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(l(.lineNumber))), .forEach(model.headers) { .th(.text($0)) })),
                .tbody(.forEach(model.preview) { row in
                    .tr(.td(.text(String(row.0))), .forEach(row.1) { .td(.text($0)) })
                })
            ))
        ), status: model.error == nil ? .ok : .unprocessableEntity)
    }
}
