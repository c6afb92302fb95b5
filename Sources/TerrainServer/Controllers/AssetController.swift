import Foundation
import Vapor

/// Serves the stylesheet and the enhancement script from the module's resources (so the binary works
/// from any working directory).
struct AssetController: Sendable {
    private static let css = load("terrain", "css")
    private static let js = load("terrain", "js")

    @Sendable func stylesheet(req: Request) -> Response {
        Self.response(Self.css, type: "text/css; charset=utf-8")
    }

    @Sendable func script(req: Request) -> Response {
        Self.response(Self.js, type: "text/javascript; charset=utf-8")
    }

    private static func response(_ body: String, type: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    private static func load(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }
}
