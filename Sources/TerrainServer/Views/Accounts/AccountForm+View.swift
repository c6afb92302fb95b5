import Foundation
import Plot
import TerrainCore

/// The account form, for creating and editing. It re-shows what the user typed, with each error
/// beside its field.
enum AccountFormView {
    struct Model: Sendable {
        /// nil when creating.
        var accountID: UUID?
        var version: Int = 0
        /// Values by `AccountField.rawValue` (and "owner"), as typed.
        var values: [String: String] = [:]
        /// Messages by `AccountField.rawValue`.
        var errors: [String: String] = [:]
        /// (id, name) of the users the account can be given to.
        var owners: [(String, String)] = []
        /// Only administrators may leave an account without owner.
        var allowsNoOwner = false
        var conflict = false
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let language = context.language
        let isNew = model.accountID == nil
        let title = isNew ? l(.newAccount) : l(.editAccount)
        let action = model.accountID.map { SiteRoute.account($0).path } ?? SiteRoute.accounts.path
        func input(_ field: AccountField, type: HTMLInputType = .text, required: Bool = false, extra: [(String, String)] = []) -> Node<HTML.FormContext> {
            Components.field(FormInput(
                name: field.rawValue, label: field.label(language), value: model.values[field.rawValue] ?? "",
                error: model.errors[field.rawValue], type: type, required: required, attributes: extra
            ))
        }
        let statuses = AccountStatus.allCases.map { ($0.rawValue, l(.status($0))) }
        return WebPage(
            title: title, context: context,
            content: .div(
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .class("record-form"), .novalidate(),
                    Components.csrfField(context),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    Components.errorSummary(context, hasErrors: !model.errors.isEmpty, extra: model.conflict ? l(.errorVersionConflict) : nil,
                                            reloadLink: model.conflict ? model.accountID.map { SiteRoute.editAccount($0).path } : nil),
                    .fieldset(
                        .element(named: "legend", text: l(.identitySection)),
                        input(.legalName, required: true, extra: [("autocomplete", "organization")]),
                        input(.tradeName),
                        input(.siret, extra: [("inputmode", "numeric")]),
                        input(.nafCode),
                        input(.nafLabel),
                        input(.legalForm),
                        input(.headcountBand),
                        input(.creationDate, extra: [("placeholder", "jj/mm/aaaa")]),
                        Components.checkbox(name: AccountField.soleTrader.rawValue, label: AccountField.soleTrader.label(language), checked: isChecked(model.values[AccountField.soleTrader.rawValue]))
                    ),
                    .fieldset(
                        .element(named: "legend", text: l(.addressSection)),
                        input(.addressLine1, extra: [("autocomplete", "address-line1")]),
                        input(.addressLine2, extra: [("autocomplete", "address-line2")]),
                        input(.postalCode, extra: [("inputmode", "numeric"), ("autocomplete", "postal-code")]),
                        input(.city),
                        input(.inseeCode),
                        input(.country),
                        input(.latitude, extra: [("inputmode", "decimal")]),
                        input(.longitude, extra: [("inputmode", "decimal")])
                    ),
                    .fieldset(
                        .element(named: "legend", text: l(.reachSection)),
                        input(.phone, type: .tel, extra: [("autocomplete", "tel")]),
                        input(.email, type: .email, extra: [("autocomplete", "email")]),
                        input(.website, type: .url),
                        Components.checkbox(name: AccountField.doNotCall.rawValue, label: AccountField.doNotCall.label(language), checked: isChecked(model.values[AccountField.doNotCall.rawValue])),
                        Components.checkbox(name: AccountField.emailConsent.rawValue, label: AccountField.emailConsent.label(language), checked: isChecked(model.values[AccountField.emailConsent.rawValue]))
                    ),
                    .fieldset(
                        .element(named: "legend", text: l(.commercialSection)),
                        Components.select(name: AccountField.status.rawValue, label: AccountField.status.label(language), options: statuses,
                                          selected: model.values[AccountField.status.rawValue] ?? AccountStatus.prospect.rawValue,
                                          error: model.errors[AccountField.status.rawValue]),
                        input(.category),
                        input(.source),
                        Components.select(name: "owner", label: l(.owner), options: (model.allowsNoOwner ? [("", l(.noOwner))] : []) + model.owners,
                                          selected: model.values["owner"] ?? "", error: model.errors["owner"]),
                        input(.revenuePotential, extra: [("inputmode", "decimal")]),
                        Components.textArea(name: AccountField.notes.rawValue, label: AccountField.notes.label(language), value: model.values[AccountField.notes.rawValue] ?? "")
                    ),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .class("button primary"), .text(l(.save))),
                        .a(.class("button"), .href(model.accountID.map { SiteRoute.account($0).path } ?? SiteRoute.accounts.path), .text(l(.cancel)))
                    )
                )
            ),
            status: model.errors.isEmpty && !model.conflict ? .ok : (model.conflict ? .conflict : .unprocessableEntity)
        )
    }

    static func isChecked(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        return ["on", "1", "true", "oui", "yes"].contains(value)
    }
}
