import TerrainCore
import Vapor

/// Chooses the language of each request: the logged-in user's preference, else the language chosen
/// on the page (kept in the session), else the browser's `Accept-Language`, else French.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.storage[LanguageKey.self] = Self.language(for: request)
        return try await next.respond(to: request)
    }

    static func language(for request: Request) -> Language {
        if let preferred = request.auth.get(User.self)?.language, let language = Language(rawValue: preferred) {
            return language
        }
        if request.hasSession, let chosen = request.session.data["language"], let language = Language(rawValue: chosen) {
            return language
        }
        return fromAcceptLanguage(request.headers.first(name: .acceptLanguage))
    }

    /// Picks `fr` or `en` from an `Accept-Language` header by the highest q-value (RFC 9110 §12.5.4).
    static func fromAcceptLanguage(_ header: String?) -> Language {
        guard let header else { return .fr }
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: Language? = tag.hasPrefix("fr") ? .fr : tag.hasPrefix("en") ? .en : nil
            if let language, quality > (best?.quality ?? -1) { best = (language, quality) }
        }
        return best?.language ?? .fr
    }
}

struct LanguageKey: StorageKey {
    typealias Value = Language
}

extension Request {
    /// The language of this request's pages and messages.
    var language: Language { storage[LanguageKey.self] ?? LanguageMiddleware.fromAcceptLanguage(headers.first(name: .acceptLanguage)) }
    /// Texts, numbers and dates in this request's language.
    var localizer: Localizer { Localizer(language) }
}
