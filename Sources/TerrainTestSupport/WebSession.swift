import Foundation
import NIOHTTP1
import TerrainServer
import Vapor
import VaporTesting

/// A browser-like client for tests: keeps the session cookie and sends each form's CSRF token.
public final class WebSession: @unchecked Sendable {
    public let app: Application
    private var cookies: [String: String] = [:]
    private var csrfToken: String?
    public var acceptLanguage = "fr-FR,fr;q=0.9"

    public init(app: Application) {
        self.app = app
    }

    /// GETs a page, remembering cookies and the CSRF token it carries.
    @discardableResult
    public func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await send(.GET, path, body: nil, contentType: nil)
        remember(response)
        return response
    }

    /// POSTs a URL-encoded form; the CSRF token is added unless `withCSRF` is false.
    @discardableResult
    public func post(_ path: String, form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if withCSRF {
            if csrfToken == nil { try await get("/login") }
            fields["_csrf"] = csrfToken
        }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        let response = try await send(.POST, path, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
        remember(response)
        return response
    }

    /// POSTs a file as multipart/form-data (field `file`), with the other form `fields` given.
    @discardableResult
    public func upload(_ path: String, fileName: String, data: Data, fields: [String: String] = [:]) async throws -> TestingHTTPResponse {
        if csrfToken == nil { try await get("/login") }
        let boundary = "----terrain-test-boundary"
        var body = Data()
        func part(_ text: String) { body.append(Data(text.utf8)) }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrfToken ?? "")\r\n")
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            part("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n")
        body.append(data)
        part("\r\n--\(boundary)--\r\n")
        let response = try await send(.POST, path, body: ByteBuffer(data: body), contentType: "multipart/form-data; boundary=\(boundary)")
        remember(response)
        return response
    }

    /// Creates the first administrator through the setup page and stays logged in.
    public func setUpAdministrator(email: String = "admin@example.fr", password: String = "motdepasse-solide") async throws {
        try await get("/setup")
        try await post("/setup", form: ["name": "Admin", "email": email, "password": password, "passwordConfirmation": password])
    }

    /// Logs in through the login page.
    @discardableResult
    public func logIn(email: String, password: String) async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", form: ["email": email, "password": password])
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let contentType { headers.add(name: .contentType, value: contentType) }
        headers.add(name: .acceptLanguage, value: acceptLanguage)
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }

    private func remember(_ response: TestingHTTPResponse) {
        for value in response.headers[.setCookie] {
            guard let pair = value.split(separator: ";").first, let equal = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equal]).trimmingCharacters(in: .whitespaces)
            let cookie = String(pair[pair.index(after: equal)...])
            if cookie.isEmpty || value.lowercased().contains("max-age=0") { cookies[name] = nil } else { cookies[name] = cookie }
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = html[range]
            if let start = match.range(of: "value=\"")?.upperBound {
                csrfToken = String(match[start...].dropLast())
            }
        }
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
