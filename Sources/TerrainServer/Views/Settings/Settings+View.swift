import Foundation
import Plot
import TerrainCore

/// The company settings form.
enum SettingsView {
    struct Model: Sendable {
        var vatComputation: VATComputation
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
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
                Components.errorSummary(context, hasErrors: !model.errors.isEmpty),
                .fieldset(
                    .element(named: "legend", text: l(.companyIdentitySection)),
                    .p(.class("hint"), .text(l(.companyIdentityHint))),
                    Components.field(FormInput(name: "companyName", label: l(.companyName), value: model.values["companyName"] ?? "",
                                               error: model.errors["companyName"])),
                    Components.textArea(name: "companyAddress", label: l(.companyAddress), value: model.values["companyAddress"] ?? "",
                                        error: model.errors["companyAddress"]),
                    Components.field(FormInput(name: "companySIRET", label: "SIRET", value: model.values["companySIRET"] ?? "",
                                               error: model.errors["companySIRET"], attributes: [("inputmode", "numeric")]))
                ),
                .fieldset(
                    .element(named: "legend", text: l(.vatSettingsSection)),
                    Components.select(name: "vatComputation", label: l(.vatComputationLabel), options: options,
                                      selected: model.vatComputation.rawValue, error: model.errors["vatComputation"]),
                    .p(.class("hint"), .text(l(.vatComputationHint)))
                ),
                .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(l(.save))))
            )
        ), status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
