/// Text made safe for the XML parts of an XLSX package.
enum XMLText {
    /// Escapes a string for element content or a double-quoted attribute value (XML 1.0 §2.4):
    /// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`; CR is written `&#13;` so that
    /// a parser does not normalise it to LF. Characters XML 1.0 forbids (§2.2: C0 controls other
    /// than tab, LF and CR; U+FFFE; U+FFFF) are removed: no escape can carry them.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            default:
                if isAllowedInXML(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// Escapes a cell string for SpreadsheetML (ECMA-376 Part 1, §22.9.2.19 `ST_Xstring`),
    /// then for XML. Excel decodes `_xHHHH_` in cell text as the character U+HHHH, so a literal
    /// `_x` followed by four hex digits and `_` has its underscore written `_x005F_`.
    static func escapedCellText(_ text: String) -> String {
        escaped(text.contains("_x") ? protectingXstringEscapes(text) : text)
    }

    /// Decodes SpreadsheetML's `_xHHHH_` escapes in cell text (ECMA-376 Part 1, §22.9.2.19
    /// `ST_Xstring`), the inverse of ``escapedCellText(_:)``: `_x000D_` → CR, `_x005F_x0041_` →
    /// `_x0041_` (left to right, one pass). An escape of a surrogate or invalid scalar is kept
    /// as written.
    static func decodedXstring(_ text: String) -> String {
        // A byte scan: `String.contains(_:)` with a string goes through Foundation, far slower.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in
            defer { previous = byte }
            return previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x")
        }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isXstringEscape(scalars, at: index),
               let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                index += 7
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// Whether a string needs `xml:space="preserve"`: leading or trailing whitespace, which
    /// Excel would otherwise be free to drop.
    static func needsSpacePreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return isXMLSpace(first) || isXMLSpace(last)
    }

    /// XML 1.0 §2.2 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF
    /// (a Swift scalar is never a surrogate).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "\r": return true
        default: return !isAllowedInXML(scalar)
        }
    }

    private static func isXMLSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static func protectingXstringEscapes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isXstringEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F".unicodeScalars)
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func isXstringEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
