import Foundation
import Plot
import TerrainCore

/// The contact (interlocuteur) form, for creating and editing.
enum ContactFormView {
    struct Model: Sendable {
        let accountID: UUID
        let accountName: String
        var contactID: UUID?
        var version: Int = 0
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var conflict = false
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let language = context.language
        let title = (model.contactID == nil ? l(.newContact) : l(.editContact)) + " — " + model.accountName
        let action = model.contactID.map { SiteRoute.contact($0).path } ?? SiteRoute.contacts(account: model.accountID).path
        func input(_ field: ContactField, type: HTMLInputType = .text, required: Bool = false) -> Node<HTML.FormContext> {
            Components.field(FormInput(name: field.rawValue, label: field.label(language), value: model.values[field.rawValue] ?? "",
                                       error: model.errors[field.rawValue], type: type, required: required))
        }
        let civilities = [("", "—")] + Civility.allCases.map { ($0.rawValue, l(.civility($0))) }
        let roles = [("", "—")] + BuyingRole.allCases.map { ($0.rawValue, l(.buyingRole($0))) }
        return WebPage(
            title: title, context: context,
            content: .div(
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .class("record-form"), .novalidate(),
                    Components.csrfField(context),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    Components.errorSummary(context, hasErrors: !model.errors.isEmpty, extra: model.conflict ? l(.errorVersionConflict) : nil),
                    Components.select(name: ContactField.civility.rawValue, label: ContactField.civility.label(language), options: civilities,
                                      selected: model.values[ContactField.civility.rawValue] ?? "", error: model.errors[ContactField.civility.rawValue]),
                    input(.firstName),
                    input(.lastName, required: true),
                    input(.jobTitle),
                    Components.select(name: ContactField.role.rawValue, label: ContactField.role.label(language), options: roles,
                                      selected: model.values[ContactField.role.rawValue] ?? "", error: model.errors[ContactField.role.rawValue]),
                    input(.phone, type: .tel),
                    input(.mobile, type: .tel),
                    input(.email, type: .email),
                    Components.textArea(name: ContactField.notes.rawValue, label: ContactField.notes.label(language), value: model.values[ContactField.notes.rawValue] ?? ""),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .class("button primary"), .text(l(.save))),
                        .a(.class("button"), .href(SiteRoute.account(model.accountID).path), .text(l(.cancel)))
                    )
                )
            ),
            status: model.errors.isEmpty && !model.conflict ? .ok : (model.conflict ? .conflict : .unprocessableEntity)
        )
    }
}
