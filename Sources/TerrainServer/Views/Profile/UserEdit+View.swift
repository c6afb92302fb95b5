import Foundation
import Plot
import TerrainCore

/// The administrator's form for one user: name, role, manager, active, a new password.
enum UserEditView {
    struct Model: Sendable {
        let userID: UUID
        let email: String
        var values: [String: String]
        var errors: [String: String] = [:]
        /// (id, name) of the managers.
        let managers: [(String, String)]
        /// An administrator cannot disable or demote themselves.
        let isSelf: Bool
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: model.email, context: context, content: .div(
            .h1(.text(model.email)),
            .form(
                .method(.post), .action(SiteRoute.user(model.userID).path), .class("record-form"), .novalidate(),
                Components.csrfField(context),
                Components.errorSummary(context, hasErrors: !model.errors.isEmpty),
                Components.field(FormInput(name: "name", label: l(.name), value: model.values["name"] ?? "", error: model.errors["name"], required: true)),
                Components.select(name: "role", label: l(.roleLabel), options: UserRole.allCases.map { ($0.rawValue, l(.role($0))) },
                                  selected: model.values["role"] ?? UserRole.rep.rawValue, error: model.errors["role"]),
                Components.select(name: "manager", label: l(.managerLabel), options: [("", "—")] + model.managers,
                                  selected: model.values["manager"] ?? "", error: model.errors["manager"]),
                .if(!model.isSelf, Components.checkbox(name: "active", label: l(.userActive), checked: AccountFormView.isChecked(model.values["active"]))),
                Components.field(FormInput(name: "password", label: l(.newPasswordOptional), error: model.errors["password"], type: .password,
                                           attributes: [("autocomplete", "new-password")])),
                .div(
                    .class("actions"),
                    .button(.type(.submit), .class("button primary"), .text(l(.save))),
                    .a(.class("button"), .href(SiteRoute.users.path), .text(l(.cancel)))
                )
            )
        ), status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension LocalizedText {
    static let userActive = LocalizedText(fr: "Compte actif (décocher pour empêcher la connexion)", en: "Active (untick to prevent logging in)")
    static let newPasswordOptional = LocalizedText(fr: "Nouveau mot de passe (laisser vide pour ne pas le changer)", en: "New password (leave empty to keep it)")
    static let userSaved = LocalizedText(fr: "Utilisateur « {0} » enregistré.", en: "User “{0}” saved.")
    static let inactive = LocalizedText(fr: "désactivé", en: "disabled")
}
