/// Worksheet names that Excel accepts.
enum XLSXSheetNames {
    /// The longest sheet name Excel accepts, in UTF-16 code units.
    static let maxLength = 31

    /// Sanitises and de-duplicates the names of a workbook's sheets, in order.
    ///
    /// Each of `[ ] : * ? / \` and every control character becomes `_`; apostrophes are
    /// trimmed from both ends (Excel forbids them there); the name is cut to 31 UTF-16 code
    /// units without splitting a character. An empty result becomes `FeuilN` (French Excel's
    /// default, N the 1-based sheet position). Names must differ ignoring case, and `History`
    /// is reserved by Excel: a repeated name gets ` (2)`, ` (3)`, … (shortening it if needed).
    static func sanitized(_ names: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        var result: [String] = []
        for (offset, name) in names.enumerated() {
            var base = trimmingApostrophes(truncated(cleaned(name), to: maxLength))
            if base.isEmpty { base = "Feuil\(offset + 1)" }
            var candidate = base
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = truncated(base, to: maxLength - suffix.utf16.count) + suffix
                counter += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    private static func cleaned(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\":
                scalars.append("_")
            default:
                let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                scalars.append(isControl ? "_" : scalar)
            }
        }
        return trimmingApostrophes(String(scalars))
    }

    private static func trimmingApostrophes(_ name: String) -> String {
        var text = name
        while text.hasPrefix("'") { text.removeFirst() }
        while text.hasSuffix("'") { text.removeLast() }
        return text
    }

    private static func truncated(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        for character in text {
            guard result.utf16.count + character.utf16.count <= limit else { break }
            result.append(character)
        }
        return result
    }
}
