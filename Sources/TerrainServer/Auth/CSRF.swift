import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection for every web form (synchronizer token pattern, OWASP).
///
/// Each session holds a random token; every form carries it in a hidden `_csrf` field, and this
/// middleware refuses (403) any unsafe request whose field does not match. The JSON API does not use
/// cookies (bearer tokens only), so it is not behind this middleware.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    /// Largest body read to find the token: the import upload limit.
    static let maxBody = 64 * 1024 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        switch request.method {
        case .GET, .HEAD, .OPTIONS:
            return try await next.respond(to: request)
        default:
            _ = try await request.body.collect(max: Self.maxBody).get()
            let sent = try? request.content.get(String.self, at: Self.fieldName)
            guard let sent, let expected = request.session.data["csrf"],
                  Self.constantTimeEqual(Array(sent.utf8), Array(expected.utf8)) else {
                throw TerrainError.csrfRejected
            }
            return try await next.respond(to: request)
        }
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

extension Request {
    /// This session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }).base64URLEncoded()
        session.data["csrf"] = token
        return token
    }
}

extension Data {
    /// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
    func base64URLEncoded() -> String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
