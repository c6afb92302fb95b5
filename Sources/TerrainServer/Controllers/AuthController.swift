import Fluent
import Foundation
import TerrainCore
import Vapor

/// First-run setup, login, logout and the language switch.
struct AuthController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.setup, use: setupForm)
        routes.post(.setup, use: setup)
        routes.get(.login, use: loginForm)
        routes.post(.login, use: login)
        routes.post(.logout, use: logout)
        routes.post(.language, use: language)
    }

    func setupForm(req: Request) async throws -> Response {
        guard try await User.query(on: req.db).count() == 0 else { return req.redirect(to: SiteRoute.login.path) }
        return try await AuthViews.setup(context: req.pageContext(), values: [:], errors: [:]).encodeResponse(for: req)
    }

    func setup(req: Request) async throws -> Response {
        guard try await User.query(on: req.db).count() == 0 else { return req.redirect(to: SiteRoute.login.path) }
        let form = try req.content.decode([String: String].self)
        let input = UserService.Input(name: form["name"] ?? "", email: form["email"] ?? "", password: form["password"] ?? "",
                                      passwordConfirmation: form["passwordConfirmation"] ?? "", role: .admin)
        let problems = try await UserService.problems(input, on: req.db)
        guard problems.isEmpty else {
            let errors = problems.mapValues { $0.text(req.language) }
            var values = form
            values["password"] = nil
            return try await AuthViews.setup(context: req.pageContext(), values: values, errors: errors).encodeResponse(for: req)
        }
        let user = try await UserService.create(input, on: req.db)
        req.auth.login(user)
        req.flash(.welcome, user.name)
        return req.redirect(to: SiteRoute.accounts.path)
    }

    func loginForm(req: Request) async throws -> Response {
        if try await User.query(on: req.db).count() == 0 { return req.redirect(to: SiteRoute.setup.path) }
        let next = (try? req.query.get(String.self, at: "next")) ?? ""
        var context = req.pageContext()
        if (try? req.query.get(String.self, at: "loggedOut")) == "1" {
            context = context.with(flash: LocalizedText.loggedOut.text(req.language))
        }
        return try await AuthViews.login(context: context, email: "", next: next, failed: false).encodeResponse(for: req)
    }

    func login(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let email = UserService.normalizedEmail(form["email"] ?? "")
        let next = form["next"] ?? ""
        guard let user = try await User.query(on: req.db).filter(\.$email == email).first(),
              Passwords.verify(form["password"] ?? "", hash: user.passwordHash), user.active else {
            return try await AuthViews.login(context: req.pageContext(), email: email, next: next, failed: true).encodeResponse(for: req)
        }
        // A new session id at login (OWASP session fixation): the id known before login is worthless after.
        req.session.id = nil
        req.auth.login(user)
        return req.redirect(to: Self.safeNext(next) ?? SiteRoute.accounts.path)
    }

    func logout(req: Request) async throws -> Response {
        req.auth.logout(User.self)
        req.session.destroy()
        return req.redirect(to: SiteRoute.login.path(query: [("loggedOut", "1")]))
    }

    /// Switches the interface language; kept on the user (if logged in) and in the session.
    func language(req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        guard let language = Language(rawValue: form["language"] ?? "") else { throw TerrainError.badRequest(.errorBadInput) }
        req.session.data["language"] = language.rawValue
        if let user = req.auth.get(User.self) {
            user.language = language.rawValue
            try await user.save(on: req.db)
        }
        return req.redirect(to: Self.safeNext(form["back"] ?? "") ?? SiteRoute.home.path)
    }

    /// Only same-site paths are followed after login (no open redirect).
    /// Browsers drop tabs and line breaks inside URLs ("/\t/evil.example" becomes "//evil.example"),
    /// so any whitespace or control character refuses the path.
    static func safeNext(_ next: String) -> String? {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              !next.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return next
    }
}
