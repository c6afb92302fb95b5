import Foundation
import Plot
import TerrainCore

/// The administrator's user list and the form to add a user.
enum UsersView {
    struct Model: Sendable {
        /// (id, name, email, role, manager name).
        let users: [(UUID, String, String, UserRole, String)]
        /// (id, name) of the managers a rep can report to.
        let managers: [(String, String)]
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: l(.navUsers), context: context, content: .div(
            .h1(.text(l(.navUsers))),
            .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(.th(.text(l(.name))), .th(.text(l(.emailLabel))), .th(.text(l(.roleLabel))), .th(.text(l(.managerLabel))))),
                .tbody(.forEach(model.users) { user in
                    .tr(
                        .td(.attribute(named: "data-label", value: l(.name)), .a(.href(SiteRoute.editUser(user.0).path), .text(user.1))),
                        .td(.attribute(named: "data-label", value: l(.emailLabel)), .text(user.2)),
                        .td(.attribute(named: "data-label", value: l(.roleLabel)), .text(l(.role(user.3)))),
                        .td(.attribute(named: "data-label", value: l(.managerLabel)), .text(user.4))
                    )
                })
            )),
            .section(
                .class("card"),
                .h2(.text(l(.addUser))),
                .form(
                    .method(.post), .action(SiteRoute.users.path), .novalidate(),
                    Components.csrfField(context),
                    Components.errorSummary(context, hasErrors: !model.errors.isEmpty),
                    Components.field(FormInput(name: "name", label: l(.name), value: model.values["name"] ?? "", error: model.errors["name"], required: true)),
                    Components.field(FormInput(name: "email", label: l(.emailLabel), value: model.values["email"] ?? "", error: model.errors["email"], type: .email, required: true)),
                    Components.select(name: "role", label: l(.roleLabel), options: UserRole.allCases.map { ($0.rawValue, l(.role($0))) },
                                      selected: model.values["role"] ?? UserRole.rep.rawValue, error: model.errors["role"]),
                    Components.select(name: "manager", label: l(.managerLabel), options: [("", "—")] + model.managers,
                                      selected: model.values["manager"] ?? "", error: model.errors["manager"]),
                    Components.field(FormInput(name: "password", label: l(.password), error: model.errors["password"], type: .password, required: true,
                                               attributes: [("autocomplete", "new-password")])),
                    .button(.type(.submit), .class("button primary"), .text(l(.addUser)))
                )
            )
        ), status: model.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension LocalizedText {
    static let addUser = LocalizedText(fr: "Ajouter un utilisateur", en: "Add a user")
    static let managerLabel = LocalizedText(fr: "Chef des ventes", en: "Sales manager")
    static let userCreated = LocalizedText(fr: "Utilisateur « {0} » créé.", en: "User “{0}” created.")
    static let invalidRole = LocalizedText(fr: "Rôle inconnu : choisissez administrateur, chef des ventes ou commercial.", en: "Unknown role: choose administrator, sales manager or sales rep.")
    static let invalidManager = LocalizedText(fr: "Ce chef des ventes n'existe pas.", en: "This sales manager does not exist.")
}
