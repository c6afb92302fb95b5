import Foundation
import Plot
import Vapor

/// A full HTML page: the common layout (header, navigation, language switch) around a body.
///
/// Rendered on the server with Plot; works without JavaScript, and a small script only enhances it.
struct WebPage: AsyncResponseEncodable {
    let title: String
    let context: PageContext
    let content: Node<HTML.BodyContext>
    var status: HTTPResponseStatus = .ok
    /// Seconds after which the page reloads itself (progress pages); nil for none.
    var refreshSeconds: Int?

    func render() -> String {
        let l = context.localizer
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) · \(l(.appName))"),
                .link(.rel(.stylesheet), .href(SiteRoute.stylesheet.path)),
                .unwrap(refreshSeconds) { seconds in
                    .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String(seconds)))
                },
                .script(.src(SiteRoute.enhancementScript.path), .defer())
            ),
            .body(
                .a(.class("skip"), .href("#main"), .text(l(.skipToContent))),
                Layout.header(context),
                .element(named: "main", nodes: [
                    .id("main"),
                    .unwrap(context.flash) { .p(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                    content,
                ])
            )
        )
        return html.render()
    }

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

/// The error page rendered by `TerrainErrorMiddleware`.
struct ErrorPage {
    let status: HTTPResponseStatus
    let message: String

    func encodeResponse(status: HTTPResponseStatus, for request: Request) async throws -> Response {
        let context = request.pageContext()
        let l = context.localizer
        let page = WebPage(
            title: l(.errorTitle),
            context: context,
            content: .div(
                .class("card"),
                .h1(.text("\(l(.errorTitle)) \(status.code)")),
                .p(.text(message)),
                .p(.a(.href(SiteRoute.home.path), .text(l(.backHome))))
            ),
            status: status
        )
        return try await page.encodeResponse(for: request)
    }
}
