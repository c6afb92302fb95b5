import Foundation
import TerrainCore
import Vapor

/// What every page needs from the request, gathered once: language, user, CSRF token, flash message.
struct PageContext: Sendable {
    let localizer: Localizer
    let userName: String?
    let userRole: UserRole?
    let csrfToken: String
    let currentPath: String
    /// Path and query of the page, for links that come back to it exactly (language switch).
    var currentURL: String = "/"
    let flash: String?

    init(localizer: Localizer, userName: String? = nil, userRole: UserRole? = nil, csrfToken: String = "", currentPath: String = "/", flash: String? = nil) {
        self.localizer = localizer
        self.userName = userName
        self.userRole = userRole
        self.csrfToken = csrfToken
        self.currentPath = currentPath
        self.flash = flash
    }

    var language: Language { localizer.language }

    /// The same context with another flash message.
    func with(flash: String) -> PageContext {
        var copy = PageContext(localizer: localizer, userName: userName, userRole: userRole, csrfToken: csrfToken, currentPath: currentPath, flash: flash)
        copy.currentURL = currentURL
        return copy
    }
}

extension Request {
    /// The page context of this request; reading it consumes the flash message.
    func pageContext() -> PageContext {
        let user = auth.get(User.self)
        var flash: String?
        if hasSession, let message = session.data["flash"] {
            flash = message
            session.data["flash"] = nil
        }
        var context = PageContext(
            localizer: localizer,
            userName: user?.name,
            userRole: user?.role,
            csrfToken: csrfToken,
            currentPath: url.path,
            flash: flash
        )
        context.currentURL = method == .GET ? url.string : url.path
        return context
    }

    /// A message shown once on the next page (after a redirect).
    func flash(_ text: LocalizedText, _ arguments: String...) {
        var result = text.text(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        session.data["flash"] = result
    }
}
