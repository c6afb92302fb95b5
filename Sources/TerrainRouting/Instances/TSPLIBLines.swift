import Foundation

/// The lines of a TSPLIB file with their 1-based numbers, and the `KEY : VALUE` header syntax of
/// TSPLIB95 section 1.1 shared by instance and tour files.
struct TSPLIBLines {
    /// One non-empty line, trimmed of surrounding white space.
    struct Line {
        var number: Int
        var text: String
    }

    /// A header entry: `KEY : VALUE`, `KEY: VALUE` or a bare `KEY` (section names).
    struct Entry {
        var keyword: String
        var value: String
    }

    private(set) var lines: [Line] = []

    /// Splits `text` into lines (LF or CRLF), dropping blank lines and everything after `EOF`.
    init(_ text: String) {
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed == "EOF" { break }
            lines.append(Line(number: number, text: trimmed))
        }
    }

    /// Reads a file's text, as UTF-8 or, failing that, Latin-1 (old TSPLIB comments).
    static func read(contentsOf url: URL) throws(TSPLIBError) -> String {
        guard let data = try? Data(contentsOf: url) else {
            throw TSPLIBError(.unreadableFile(url.path))
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        if let text = String(data: data, encoding: .isoLatin1) { return text }
        throw TSPLIBError(.unreadableFile(url.path))
    }

    /// Splits a header line at its first colon. Keywords are upper-case letters, digits and `_`.
    static func entry(_ line: Line) throws(TSPLIBError) -> Entry {
        let keyword: Substring
        let value: Substring
        if let colon = line.text.firstIndex(of: ":") {
            keyword = line.text[..<colon]
            value = line.text[line.text.index(after: colon)...]
        } else {
            keyword = Substring(line.text)
            value = ""
        }
        let key = keyword.trimmingCharacters(in: .whitespaces)
        let isKeyword = !key.isEmpty && key.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
        guard isKeyword else { throw TSPLIBError(.unknownKeyword(key), line: line.number) }
        return Entry(keyword: key, value: value.trimmingCharacters(in: .whitespaces))
    }

    /// The white-space separated fields of a data line.
    static func fields(_ line: Line) -> [Substring] {
        line.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
}
