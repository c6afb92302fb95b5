/// RFC 5545 text rules: escaping of TEXT values (§3.3.11) and folding of content lines (§3.1).
enum ICSText {
    /// The longest physical line, in octets, excluding its CRLF (RFC 5545 §3.1: "Lines of text
    /// SHOULD NOT be longer than 75 octets, excluding the line break").
    static let maximumLineOctets = 75

    /// A TEXT value as written (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, a line
    /// break (CRLF, LF or a lone CR) → `\n`. Other control characters (U+0000–U+001F except
    /// tab, and U+007F) are removed: the `TSAFE-CHAR` rule does not allow them and no escape can
    /// carry them. `:` and `"` are allowed as they are.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result.append(contentsOf: #"\\"#.unicodeScalars)
            case ";": result.append(contentsOf: #"\;"#.unicodeScalars)
            case ",": result.append(contentsOf: #"\,"#.unicodeScalars)
            case "\r": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\n":
                if !previousWasCR { result.append(contentsOf: #"\n"#.unicodeScalars) }
            default:
                let isControl = (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
                if !isControl { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// A content line folded and terminated as RFC 5545 §3.1 asks: at most 75 octets per
    /// physical line, each continuation line starting with one space (which counts in its 75),
    /// every line ending with CRLF.
    ///
    /// Folds fall between Unicode scalars, never inside a UTF-8 multi-octet sequence, so every
    /// physical line is valid UTF-8 on its own (§3.1 warns that naive writers split them); a
    /// line is therefore sometimes shorter than 75 octets.
    /// - Parameter line: One unfolded content line, without CRLF.
    static func folded(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        var octetsOnLine = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octetsOnLine + width > maximumLineOctets {
                result.append(contentsOf: "\r\n ".unicodeScalars)
                octetsOnLine = 1
            }
            result.append(scalar)
            octetsOnLine += width
        }
        result.append(contentsOf: "\r\n".unicodeScalars)
        return String(result)
    }
}
