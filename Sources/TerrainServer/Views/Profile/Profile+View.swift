import Foundation
import Plot
import TerrainCore

/// The user's page: identity, language preference and personal API tokens.
enum ProfileView {
    struct Model: Sendable {
        let name: String
        let email: String
        let role: UserRole
        let language: String
        /// (id, name, created, last used).
        let tokens: [(UUID, String, String, String)]
        /// A token just created, shown once.
        var newToken: String?
        var tokenNameError: String?
        /// Messages by field of the password form.
        var passwordErrors: [String: String] = [:]
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        return WebPage(title: l(.navProfile), context: context, content: .div(
            .h1(.text(l(.navProfile))),
            .section(
                .class("card"),
                .dl(
                    .dt(.text(l(.name))), .dd(.text(model.name)),
                    .dt(.text(l(.emailLabel))), .dd(.text(model.email)),
                    .dt(.text(l(.roleLabel))), .dd(.text(l(.role(model.role))))
                ),
                .form(
                    .method(.post), .action(SiteRoute.profile.path),
                    Components.csrfField(context),
                    Components.select(name: "language", label: l(.languageName), options: [
                        ("", l(.browserLanguage)), ("fr", "Français"), ("en", "English"),
                    ], selected: model.language),
                    .button(.type(.submit), .class("button"), .text(l(.save)))
                )
            ),
            .section(
                .class("card"),
                .h2(.text(l(.changePassword))),
                .form(
                    .method(.post), .action(SiteRoute.password.path), .novalidate(),
                    Components.csrfField(context),
                    Components.errorSummary(context, hasErrors: !model.passwordErrors.isEmpty),
                    Components.field(FormInput(name: "currentPassword", label: l(.currentPassword), error: model.passwordErrors["currentPassword"], type: .password, required: true,
                                               attributes: [("autocomplete", "current-password")])),
                    Components.field(FormInput(name: "password", label: l(.newPassword), error: model.passwordErrors["password"], type: .password, required: true,
                                               attributes: [("autocomplete", "new-password")])),
                    Components.field(FormInput(name: "passwordConfirmation", label: l(.passwordConfirmation), error: model.passwordErrors["passwordConfirmation"], type: .password, required: true,
                                               attributes: [("autocomplete", "new-password")])),
                    .button(.type(.submit), .class("button"), .text(l(.changePassword)))
                )
            ),
            .section(
                .class("card"),
                .h2(.text(l(.apiTokens))),
                .p(.text(l(.apiTokensIntro))),
                .unwrap(model.newToken) { token in
                    .div(.class("notice ok"), .p(.text(l(.tokenCreated))), .p(.code(.id("new-token"), .text(token))))
                },
                .if(!model.tokens.isEmpty, .table(
                    .thead(.tr(.th(.text(l(.name))), .th(.text(l(.createdAt))), .th(.text(l(.lastUsed))), .th(.text("")))),
                    .tbody(.forEach(model.tokens) { token in
                        .tr(
                            .td(.text(token.1)), .td(.text(token.2)), .td(.text(token.3)),
                            .td(.form(
                                .method(.post), .action(SiteRoute.revokeToken(token.0).path), .class("inline"),
                                Components.csrfField(context),
                                .button(.type(.submit), .class("button small"), .text(l(.revoke)))
                            ))
                        )
                    })
                )),
                .form(
                    .method(.post), .action(SiteRoute.tokens.path),
                    Components.csrfField(context),
                    Components.field(FormInput(name: "name", label: l(.tokenName), error: model.tokenNameError, required: true)),
                    .button(.type(.submit), .class("button primary"), .text(l(.createToken)))
                )
            )
        ))
    }
}

extension LocalizedText {
    static let changePassword = LocalizedText(fr: "Changer de mot de passe", en: "Change password")
    static let currentPassword = LocalizedText(fr: "Mot de passe actuel", en: "Current password")
    static let newPassword = LocalizedText(fr: "Nouveau mot de passe", en: "New password")
    static let wrongCurrentPassword = LocalizedText(fr: "Le mot de passe actuel n'est pas le bon.", en: "The current password is wrong.")
    static let passwordChanged = LocalizedText(fr: "Mot de passe changé.", en: "Password changed.")
    static let roleLabel = LocalizedText(fr: "Rôle", en: "Role")
    static let browserLanguage = LocalizedText(fr: "Celle du navigateur", en: "The browser's")
    static let apiTokens = LocalizedText(fr: "Jetons d'API personnels", en: "Personal API tokens")
    static let apiTokensIntro = LocalizedText(fr: "Un jeton donne accès à l'API JSON (/api/v1) avec vos droits. Envoyez-le dans l'en-tête « Authorization: Bearer … ».", en: "A token gives access to the JSON API (/api/v1) with your rights. Send it in the “Authorization: Bearer …” header.")
    static let tokenCreated = LocalizedText(fr: "Voici votre nouveau jeton. Copiez-le maintenant : il ne sera plus jamais affiché.", en: "Here is your new token. Copy it now: it will never be shown again.")
    static let tokenName = LocalizedText(fr: "Nom du jeton (ex. : tableur, script)", en: "Token name (e.g. spreadsheet, script)")
    static let createToken = LocalizedText(fr: "Créer un jeton", en: "Create a token")
    static let revoke = LocalizedText(fr: "Révoquer", en: "Revoke")
    static let lastUsed = LocalizedText(fr: "Dernière utilisation", en: "Last used")
    static let tokenRevoked = LocalizedText(fr: "Jeton « {0} » révoqué.", en: "Token “{0}” revoked.")
    static let preferencesSaved = LocalizedText(fr: "Préférences enregistrées.", en: "Preferences saved.")
}
