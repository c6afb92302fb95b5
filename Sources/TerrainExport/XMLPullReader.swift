/// A minimal, non-validating XML 1.0 pull reader over UTF-8 bytes, enough for the parts of an
/// XLSX package (ECMA-376 Part 1 SpreadsheetML, Part 2 relationships).
///
/// Why not Foundation's `XMLParser`: on Linux (libxml2 underneath) it reports a parse error
/// once a one-line document passes about 10 MB, which is what Excel and ``XLSXWriter`` write for
/// a large sheet (measured: a 50,000 × 8 sheet of 20.8 MB fails), and it is several times
/// slower than this scanner for cell-sized events.
///
/// What it reads (XML 1.0, W3C Recommendation, 5th edition):
/// - start tags with attributes (single or double quotes), end tags, empty-element tags
///   `<a/>` (reported as a start then an end);
/// - character data with the five predefined entities and character references `&#N;`,
///   `&#xH;` (§4.1, §4.6), CDATA sections (§2.7), CR LF and lone CR read as LF (§2.11);
/// - comments, processing instructions and the document type declaration are skipped; no
///   entity is ever defined or expanded from a DTD (so no external or recursive entities);
/// - names are reported without their namespace prefix (`x:c` → `c`, `r:id` → `id`):
///   SpreadsheetML parts are identified by their local names.
///
/// Well-formedness is checked as far as matching start and end tags, quoting, entity names and
/// an unterminated document; anything else is the producer's responsibility.
struct XMLPullReader {
    /// One step of the document.
    enum Event: Equatable {
        /// A start tag, by local name; its attributes are in ``attributes`` until the next call.
        case start(String)
        /// An end tag (also right after the start of an empty-element tag), by local name.
        case end(String)
        /// Character data, decoded; may be split into several consecutive events.
        case text(String)
    }

    /// Why the document is not well-formed, at a byte offset.
    struct Failure: Error, Equatable {
        /// The 0-based byte offset where the problem was found.
        let offset: Int
        /// What is wrong, in French.
        let reason: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var openNames: [String] = []
    private var pendingEnd: String?
    /// The attributes of the last start tag, by local name, values decoded.
    private(set) var attributes: [(name: String, value: String)] = []

    /// A reader over a part's bytes (UTF-8; a byte order mark is skipped).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The value of the last start tag's attribute with this local name, if any.
    func attribute(_ localName: String) -> String? {
        attributes.first { $0.name == localName }?.value
    }

    /// The next event, or `nil` at the end of the document.
    /// - Throws: ``Failure`` when the document is not well-formed.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != Self.lt {
                let start = position
                while position < bytes.count, bytes[position] != Self.lt { position += 1 }
                return .text(try decoded(start..<position))
            }
            guard position + 1 < bytes.count else { throw fail("« < » en fin de document") }
            switch bytes[position + 1] {
            case UInt8(ascii: "/"):
                return try endTag()
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8), what: "instruction de traitement")
            case UInt8(ascii: "!"):
                if matches("<!--") {
                    try skip(past: Array("-->".utf8), what: "commentaire")
                } else if matches("<![CDATA[") {
                    let start = position + 9
                    try skip(past: Array("]]>".utf8), what: "section CDATA")
                    let text = String(decoding: bytes[start..<(position - 3)], as: UTF8.self)
                    if !text.isEmpty { return .text(Self.normalizedLineEnds(text)) }
                } else {
                    try skipDeclaration()
                }
            default:
                return try startTag()
            }
        }
        if let open = openNames.last { throw fail("document tronqué : la balise <\(open)> n'est jamais fermée") }
        return nil
    }

    /// Skips everything up to the end of the current element (its start tag just read), nested
    /// elements included.
    mutating func skipElement() throws(Failure) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    // MARK: - Tags

    private mutating func startTag() throws(Failure) -> Event {
        position += 1
        let name = try readName()
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpaces()
            guard position < bytes.count else { throw fail("balise <\(name)> non terminée") }
            let byte = bytes[position]
            if byte == Self.gt {
                position += 1
                openNames.append(name)
                return .start(name)
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == Self.gt else { throw fail("« / » inattendu dans <\(name)>") }
                position += 2
                pendingEnd = name
                return .start(name)
            }
            let attributeName = try readName()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw fail("attribut « \(attributeName) » sans valeur dans <\(name)>")
            }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == Self.quote || bytes[position] == Self.apostrophe else {
                throw fail("valeur de l'attribut « \(attributeName) » sans guillemets")
            }
            let delimiter = bytes[position]
            let start = position + 1
            guard let end = bytes[start...].firstIndex(of: delimiter) else { throw fail("valeur de l'attribut « \(attributeName) » non fermée") }
            position = end + 1
            attributes.append((attributeName, try decoded(start..<end, attribute: true)))
        }
    }

    private mutating func endTag() throws(Failure) -> Event {
        position += 2
        let name = try readName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == Self.gt else { throw fail("balise fermante </\(name)> non terminée") }
        position += 1
        guard let open = openNames.popLast() else { throw fail("balise fermante </\(name)> sans balise ouvrante") }
        guard open == name else { throw fail("balise fermante </\(name)> au lieu de </\(open)>") }
        return .end(name)
    }

    /// A name up to white space, `=`, `/` or `>`, without its prefix.
    private mutating func readName() throws(Failure) -> String {
        let start = position
        var colon = -1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.gt || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || Self.isSpace(byte) { break }
            if byte == UInt8(ascii: ":") { colon = position }
            position += 1
        }
        guard position > start else { throw fail("nom de balise ou d'attribut manquant") }
        let localStart = colon >= 0 ? colon + 1 : start
        return String(decoding: bytes[localStart..<position], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { literalBytes in
            (0..<count).allSatisfy { bytes[position + $0] == literalBytes[$0] }
        }
    }

    private mutating func skip(past terminator: [UInt8], what: String) throws(Failure) {
        var index = position + 2
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], bytes[index..<(index + terminator.count)].elementsEqual(terminator) {
                position = index + terminator.count
                return
            }
            index += 1
        }
        throw fail("\(what) jamais terminé(e)")
    }

    /// Skips `<!DOCTYPE …>`, internal subset `[…]` included.
    private mutating func skipDeclaration() throws(Failure) {
        var depth = 0
        var index = position + 2
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case Self.gt where depth <= 0:
                position = index + 1
                return
            default: break
            }
            index += 1
        }
        throw fail("déclaration <! jamais terminée")
    }

    // MARK: - Character data

    /// The text of `range` with references replaced and line ends normalised; in an attribute
    /// value, tab, CR and LF become spaces (§3.3.3).
    private func decoded(_ range: Range<Int>, attribute: Bool = false) throws(Failure) -> String {
        let slice = bytes[range]
        guard slice.contains(where: { $0 == Self.amp || $0 == Self.cr || (attribute && ($0 == Self.lf || $0 == Self.tab)) }) else {
            return String(decoding: slice, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == Self.amp {
                guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")) else {
                    throw Failure(offset: index, reason: "« & » sans « ; » : référence non terminée")
                }
                let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
                guard let scalar = Self.reference(name) else {
                    throw Failure(offset: index, reason: "référence inconnue « &\(name); »")
                }
                output.append(contentsOf: String(Character(scalar)).utf8)
                index = semicolon + 1
                continue
            }
            if byte == Self.cr {
                // CR LF and lone CR read as LF (a CR written &#13; stays a CR).
                output.append(attribute ? Self.space : Self.lf)
                if index + 1 < range.upperBound, bytes[index + 1] == Self.lf { index += 1 }
            } else if attribute && (byte == Self.lf || byte == Self.tab) {
                output.append(Self.space)
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The character of a reference's name (`amp`, `#233`, `#xE9`), or `nil`.
    private static func reference(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private static func normalizedLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private func fail(_ reason: String) -> Failure {
        Failure(offset: position, reason: reason)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == lf || byte == cr || byte == tab
    }

    private static let lt = UInt8(ascii: "<")
    private static let gt = UInt8(ascii: ">")
    private static let amp = UInt8(ascii: "&")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let space = UInt8(ascii: " ")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let tab: UInt8 = 0x09
}
