import Foundation
import Plot
import TerrainCore

/// The company settings form.
enum SettingsView {
    struct Model: Sendable {
        var vatComputation: VATComputation
        var error: String?
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let options: [(String, String)] = [
            (VATComputation.perRateOnTotal.rawValue, l(.vatPerRateOnTotal)),
            (VATComputation.perLine.rawValue, l(.vatPerLine)),
        ]
        return WebPage(title: l(.navSettings), context: context, content: .div(
            .h1(.text(l(.navSettings))),
            .form(
                .method(.post), .action(SiteRoute.settings.path), .class("record-form"),
                Components.csrfField(context),
                .fieldset(
                    .element(named: "legend", text: l(.vatSettingsSection)),
                    Components.select(name: "vatComputation", label: l(.vatComputationLabel), options: options,
                                      selected: model.vatComputation.rawValue, error: model.error),
                    .p(.class("hint"), .text(l(.vatComputationHint)))
                ),
                .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.save))))
            )
        ), status: model.error == nil ? .ok : .unprocessableEntity)
    }
}
