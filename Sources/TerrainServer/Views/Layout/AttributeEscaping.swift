/// Plot escapes text nodes but writes attribute values as given: every value that comes from a
/// user, a file or the URL goes through `escapedAttribute` before it becomes an attribute
/// (`value="…"`, `aria-label="…"`, `href="…"`), so that a `"` in a name cannot end the attribute.
extension String {
    /// `&`, `"`, `'`, `<` and `>` as character references (HTML Living Standard, attribute values).
    var escapedAttribute: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\u{0}": continue
            default: result.append(character)
            }
        }
        return result
    }
}
