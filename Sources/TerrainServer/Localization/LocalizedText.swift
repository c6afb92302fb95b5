import TerrainCore

/// One user-facing sentence in French (first) and English.
///
/// Every string shown by a page goes through this table: each area adds its entries as static members
/// in an extension (`LocalizedText+Accounts.swift`, ...), and a view asks a `Localizer` for the text in
/// the request's language.
public struct LocalizedText: Sendable, Hashable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .fr: return fr
        case .en: return en
        }
    }
}

/// Renders texts, numbers and dates in one language (French: `1 234,56 €`, `31/01/2026`).
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public func callAsFunction(_ text: LocalizedText) -> String {
        text.text(language)
    }

    /// Replaces `{0}`, `{1}`, ... in the text with the arguments.
    public func callAsFunction(_ text: LocalizedText, _ arguments: String...) -> String {
        var result = text.text(language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return result
    }

    /// "Aucun compte", "1 compte", "1 386 comptes": the text for `count`, `other` taking the number as `{0}`.
    public func count(_ count: Int, zero: LocalizedText, one: LocalizedText, other: LocalizedText) -> String {
        switch count {
        case 0: return self(zero)
        case 1: return self(one)
        default: return self(other, integer(count))
        }
    }

    /// An integer with the language's thousands separator ("1 386" in French, "1,386" in English).
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        let separator = language == .fr ? "\u{202F}" : ","
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }
}
