import Fluent
import Foundation
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

/// The four steps of a web import, driven as a browser would: upload, mapping page, analysis,
/// run and wait for the background job.
struct WebImportSteps {
    let web: WebSession
    let app: Application

    /// Uploads a file of `kind` and opens its mapping page.
    /// - Returns: the job's path and the mapping page's HTML.
    func upload(_ fileName: String, _ data: Data, kind: ImportKind) async throws -> (path: String, mapping: String) {
        let upload = try await web.upload("/imports", fileName: fileName, data: data, fields: ["kind": kind.rawValue])
        #expect(upload.status == .seeOther, "\(upload.body.string)")
        let path = try #require(upload.headers.first(name: .location))
        return (path, try await web.get(path).body.string)
    }

    /// Posts the mapping page's proposal (every `col_N` as the page selected it) with `options`.
    /// - Returns: the analysis page's HTML.
    func analyse(_ path: String, mapping html: String, options: [String: String] = [:]) async throws -> String {
        var form = options
        for (column, value) in Self.selectedFields(html) { form["col_\(column)"] = value }
        let analysis = try await web.post(path + "/analysis", form: form)
        #expect(analysis.status == .ok, "\(analysis.body.string)")
        return analysis.body.string
    }

    /// Runs the analysed job and waits for it to finish.
    /// - Returns: the result page's HTML.
    func run(_ path: String) async throws -> String {
        #expect(try await web.post(path + "/run", form: [:]).status == .seeOther)
        let id = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
        var status = ImportJob.Status.running
        for _ in 0..<400 where status == .running {
            try await Task.sleep(for: .milliseconds(50))
            status = try await ImportJob.find(id, on: app.db)?.status ?? .failed
        }
        let job = try await ImportJob.find(id, on: app.db)
        #expect(status == .done, "\(job?.failure ?? "")")
        return try await web.get(path).body.string
    }

    /// The report CSV's records (BOM dropped, `;`-separated, no quoted separators expected).
    func report(_ path: String) async throws -> [[String]] {
        let response = try await web.get(path + "/rejected.csv")
        let text = String(decoding: Array(response.body.readableBytesView).dropFirst(3), as: UTF8.self)
        return text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }
    }

    /// The figure with this element id on a page (`count-create`, `result-created`…), digits only.
    static func figure(_ id: String, in html: String) -> Int? {
        guard let range = html.range(of: "id=\"\(id)\">") else { return nil }
        let digits = html[range.upperBound...].prefix { $0 != "<" }.filter(\.isNumber)
        return Int(String(digits))
    }

    /// The selected option of each `col_N` select of a mapping page.
    static func selectedFields(_ html: String) -> [Int: String] {
        var result: [Int: String] = [:]
        let selects = html.components(separatedBy: "<select name=\"col_").dropFirst()
        for select in selects {
            guard let column = Int(select.prefix { $0.isNumber }) else { continue }
            let body = select.components(separatedBy: "</select>")[0]
            var value = ""
            for option in body.components(separatedBy: "<option ").dropFirst() where option.contains("selected=\"selected\"") {
                if let start = option.range(of: "value=\"")?.upperBound {
                    value = String(option[start...].prefix { $0 != "\"" })
                }
            }
            result[column] = value
        }
        return result
    }
}
