import Crypto
import Fluent
import Foundation
import Vapor

/// Password hashing with Bcrypt (cost 12 by default; tests may use a lower cost).
enum Passwords {
    static let minimumLength = 8

    static func hash(_ password: String, cost: Int = 12) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    static func verify(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}

/// Personal API tokens: `Authorization: Bearer <token>`. The stored digest is SHA-256 of the token.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let digest = APITokens.digest(bearer.token)
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$tokenHash == digest).with(\.$user).first(), token.user.active else { return }
        token.lastUsedAt = Date()
        try await token.save(on: request.db)
        request.auth.login(token.user)
    }
}

enum APITokens {
    /// A new random token: "trn_" and 43 URL-safe base64 characters (256 bits).
    static func generate() -> String {
        "trn_" + Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64URLEncoded()
    }

    /// Lower-case hex SHA-256 of the token.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// Lets only logged-in users through: web pages redirect to the login page (or to the first-run
/// setup page while no user exists); the API answers 401 in JSON.
struct RequireUserMiddleware: AsyncMiddleware {
    let isAPI: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let user = request.auth.get(User.self) {
            if user.active { return try await next.respond(to: request) }
            // Disabled since they logged in: the session ends now.
            request.auth.logout(User.self)
            if !isAPI { request.session.destroy() }
        }
        if isAPI { throw TerrainError.unauthenticated }
        if try await User.query(on: request.db).count() == 0 {
            return request.redirect(to: SiteRoute.setup.path)
        }
        let next = request.url.path == "/" ? "" : (request.url.string)
        return request.redirect(to: SiteRoute.login.path(query: [("next", next)]))
    }
}

extension Request {
    /// The logged-in user.
    /// - Throws: `TerrainError.unauthenticated` when nobody is logged in.
    func currentUser() throws -> User {
        guard let user = auth.get(User.self) else { throw TerrainError.unauthenticated }
        return user
    }

    /// The access scope of the logged-in user (see `AccessScope`).
    func accessScope() async throws -> AccessScope {
        try await AccessScope.of(currentUser(), on: db)
    }
}
