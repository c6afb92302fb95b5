import Fluent
import Foundation
import TerrainCore
import Vapor

/// The user's own page: language preference and API tokens.
struct ProfileController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.profile, use: show)
        routes.post(.profile, use: savePreferences)
        routes.post(.tokens, use: createToken)
        routes.post(.revokeToken(nil), use: revokeToken)
        routes.post(.password, use: changePassword)
    }

    /// Changes one's own password after checking the current one.
    func changePassword(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let form = try req.content.decode([String: String].self)
        var errors: [String: String] = [:]
        if !Passwords.verify(form["currentPassword"] ?? "", hash: user.passwordHash) {
            errors["currentPassword"] = LocalizedText.wrongCurrentPassword.text(req.language)
        }
        let password = form["password"] ?? ""
        if password.count < Passwords.minimumLength { errors["password"] = LocalizedText.passwordTooShort.text(req.language) }
        if password != form["passwordConfirmation"] { errors["passwordConfirmation"] = LocalizedText.passwordMismatch.text(req.language) }
        guard errors.isEmpty else {
            return try await page(req, newToken: nil, tokenNameError: nil, passwordErrors: errors).encodeResponse(for: req)
        }
        user.passwordHash = try Passwords.hash(password)
        try await user.save(on: req.db)
        req.flash(.passwordChanged)
        return req.redirect(to: SiteRoute.profile.path)
    }

    func show(req: Request) async throws -> WebPage {
        let newToken = req.session.data["newToken"]
        req.session.data["newToken"] = nil
        return try await page(req, newToken: newToken, tokenNameError: nil)
    }

    func savePreferences(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let form = try req.content.decode([String: String].self)
        let language = form["language"].flatMap(Language.init(rawValue:))
        user.language = language?.rawValue
        try await user.save(on: req.db)
        if let language { req.storage[LanguageKey.self] = language }
        req.flash(.preferencesSaved)
        return req.redirect(to: SiteRoute.profile.path)
    }

    /// Creates a token and redirects to the profile, which shows it once (reloading the page does
    /// not create another one).
    func createToken(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let name = (try req.content.decode([String: String].self)["name"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            return try await page(req, newToken: nil, tokenNameError: LocalizedText.required.text(req.language)).encodeResponse(for: req)
        }
        let token = APITokens.generate()
        try await APIToken(userID: user.requireID(), name: name, tokenHash: APITokens.digest(token)).create(on: req.db)
        req.session.data["newToken"] = token
        return req.redirect(to: SiteRoute.profile.path)
    }

    func revokeToken(req: Request) async throws -> Response {
        let user = try req.currentUser()
        guard let token = try await APIToken.query(on: req.db)
            .filter(\.$id == req.idParameter()).filter(\.$user.$id == user.requireID()).first() else {
            throw TerrainError.notFound
        }
        try await token.delete(on: req.db)
        req.flash(.tokenRevoked, token.name)
        return req.redirect(to: SiteRoute.profile.path)
    }

    private func page(_ req: Request, newToken: String?, tokenNameError: String?, passwordErrors: [String: String] = [:]) async throws -> WebPage {
        let user = try req.currentUser()
        let tokens = try await APIToken.query(on: req.db).filter(\.$user.$id == user.requireID()).sort(\.$createdAt).all()
        let model = ProfileView.Model(
            name: user.name, email: user.email, role: user.role, language: user.language ?? "",
            tokens: tokens.map { ($0.id ?? UUID(), $0.name, $0.createdAt.map(ParisTime.format) ?? "", $0.lastUsedAt.map(ParisTime.format) ?? "—") },
            newToken: newToken, tokenNameError: tokenNameError, passwordErrors: passwordErrors
        )
        return ProfileView.page(model, context: req.pageContext())
    }
}
