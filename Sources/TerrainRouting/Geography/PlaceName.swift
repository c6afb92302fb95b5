import Foundation

/// Normalisation of French place names, postal codes and département codes for gazetteer look-ups.
///
/// La Poste writes commune names upper-case, without accents, with spaces for hyphens and
/// apostrophes (`L HAY LES ROSES`, `SAINT ETIENNE`, `PARIS 15`); `normalised(_:)` brings the
/// usual ways people write a city to that form.
public enum PlaceName {
    /// The comparison key of a city as written by a person.
    ///
    /// Rules, in order:
    /// 1. A trailing article in parentheses moves to the front: `HAVRE (LE)` → `LE HAVRE`.
    /// 2. Upper-case, accents stripped (`É` → `E`, `Œ` → `OE`, `Æ` → `AE`, `ß` → `SS`); every
    ///    character that is not a letter or digit (hyphen, apostrophe, punctuation) becomes a space;
    ///    runs of spaces collapse.
    /// 3. `ST`, `STE`, `STS`, `STES` → `SAINT`, `SAINTE`, `SAINTS`, `SAINTES`.
    /// 4. `CEDEX` and the number that follows it are dropped (`LYON CEDEX 03` → `LYON`).
    /// 5. Paris, Lyon and Marseille arrondissements take La Poste's form `CITY NN`:
    ///    `Marseille 7`, `MARSEILLE 7E`, `Marseille 7ème`, `Paris 1er`,
    ///    `LYON 3E ARRONDISSEMENT` → `MARSEILLE 07`, `PARIS 01`, `LYON 03` (only for numbers that
    ///    exist: Paris 1–20, Lyon 1–9, Marseille 1–16).
    ///
    /// Returns "" when nothing is left.
    public static func normalised(_ text: String) -> String {
        if isAlreadyNormalised(text) { return text }
        var tokens = fold(movingTrailingArticle(text)).split(separator: " ").map(String.init)
        tokens = tokens.map { saintAbbreviations[$0] ?? $0 }
        tokens = droppingCedex(tokens)
        if let arrondissement = arrondissementForm(tokens) { return arrondissement }
        return tokens.joined(separator: " ")
    }

    /// A postal code as 5 digits: spaces removed, and a 4-digit code (a spreadsheet that dropped
    /// the leading zero: `1400`) padded to `01400`. Nil when the text is not 4 or 5 digits.
    public static func normalisedPostalCode(_ text: String) -> String? {
        let digits = text.filter { !$0.isWhitespace }
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        switch digits.count {
        case 5: return digits
        case 4: return "0" + digits
        default: return nil
        }
    }

    /// A département code in the gazetteer's form: `1` → `01`, `2a` → `2A`, `974` stays. Nil when
    /// the text is not a département code.
    public static func normalisedDepartement(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        if code == "2A" || code == "2B" { return code }
        guard !code.isEmpty, code.allSatisfy(\.isASCIIDigit) else { return nil }
        switch code.count {
        case 1: return "0" + code
        case 2, 3: return code
        default: return nil
        }
    }

    /// Splits a postal code written inside the city field (`13007 Marseille`, `Marseille 13007`).
    ///
    /// Returns the 5-digit code when the first or last word (or the only word) is exactly 5 digits,
    /// and the rest of the text; otherwise `(nil, text)`.
    public static func splittingPostalCode(_ city: String) -> (postalCode: String?, city: String) {
        var words = city.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        func isPostalCode(_ word: String) -> Bool { word.count == 5 && word.allSatisfy(\.isASCIIDigit) }
        guard let first = words.first else { return (nil, city) }
        if words.count == 1 { return isPostalCode(first) ? (first, "") : (nil, city) }
        if isPostalCode(first) {
            let code = words.removeFirst()
            return (code, words.joined(separator: " "))
        }
        if isPostalCode(words[words.count - 1]) {
            let code = words.removeLast()
            return (code, words.joined(separator: " "))
        }
        return (nil, city)
    }

    /// The départements a postal code can belong to, from its leading digits: two digits
    /// (`13007` → `13`), three for overseas (`97400` → `974`), `2A` and `2B` for Corsica (`20…`),
    /// and `99` for Monaco (`980…`, as the gazetteer codes it). A postal code's leading digits are
    /// its département's except in a few border cases, so callers use this only as a fallback.
    public static func departements(forPostalCode postalCode: String) -> [String] {
        guard postalCode.count == 5 else { return [] }
        let two = String(postalCode.prefix(2))
        let three = String(postalCode.prefix(3))
        switch two {
        case "20": return ["2A", "2B"]
        case "97": return [three]
        case "98": return three == "980" ? ["99"] : [three]
        default: return [two]
        }
    }

    // MARK: - Steps

    private static let saintAbbreviations = ["ST": "SAINT", "STE": "SAINTE", "STS": "SAINTS", "STES": "SAINTES"]
    private static let articles: Set<String> = ["LE", "LA", "LES", "L"]
    private static let arrondissementCount = ["PARIS": 20, "LYON": 9, "MARSEILLE": 16]
    private static let ordinalSuffixes: Set<String> = ["", "E", "EME", "ER", "ERE", "EMME"]
    private static let arrondissementWords: Set<String> = ["ARRONDISSEMENT", "ARR", "ARRT", "ARRDT"]

    /// Words the rules above rewrite; a text without them (and without a leading arrondissement
    /// city) that is already upper-case ASCII with single spaces is its own normal form.
    private static let rewrittenWords: Set<[UInt8]> = Set(
        ["ST", "STE", "STS", "STES", "CEDEX"].map { Array($0.utf8) }
    )
    private static let arrondissementCities: Set<[UInt8]> = Set(
        ["PARIS", "LYON", "MARSEILLE"].map { Array($0.utf8) }
    )

    /// Fast path for the gazetteer's own names (`SAINT ETIENNE`): true when `normalised(_:)` would
    /// return `text` unchanged because no rule applies.
    private static func isAlreadyNormalised(_ text: String) -> Bool {
        var word = [UInt8]()
        word.reserveCapacity(16)
        var isFirstWord = true
        func wordIsInert() -> Bool {
            if rewrittenWords.contains(word) { return false }
            if isFirstWord, arrondissementCities.contains(word) { return false }
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A:
                word.append(byte)
            case 0x20:
                guard !word.isEmpty, wordIsInert() else { return false }
                word.removeAll(keepingCapacity: true)
                isFirstWord = false
            default:
                return false
            }
        }
        return !word.isEmpty && wordIsInert()
    }

    /// `HAVRE (LE)` → `LE HAVRE `; any other text unchanged.
    private static func movingTrailingArticle(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return text }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard articles.contains(fold(String(inner)).trimmingCharacters(in: .whitespaces)) else { return text }
        return String(inner) + " " + String(trimmed[..<open])
    }

    /// Upper-case ASCII letters and digits; everything else a single space; no leading/trailing space.
    private static func fold(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        func appendSpace() {
            if let last = out.last, last != 0x20 { out.append(0x20) }
        }
        func appendLetter(_ byte: UInt8) {
            out.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: appendLetter(byte)
                default: appendSpace()
                }
                continue
            }
            switch scalar {
            case "Œ", "œ": out.append(contentsOf: Array("OE".utf8))
            case "Æ", "æ": out.append(contentsOf: Array("AE".utf8))
            case "ß": out.append(contentsOf: Array("SS".utf8))
            default:
                // Canonical decomposition puts the base letter first: É → E + U+0301.
                if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                   base.isASCII, base.properties.isAlphabetic {
                    appendLetter(UInt8(base.value))
                } else {
                    appendSpace()
                }
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops `CEDEX` and a following number of 1–3 digits.
    private static func droppingCedex(_ tokens: [String]) -> [String] {
        guard tokens.contains("CEDEX") else { return tokens }
        var result = [String]()
        var index = 0
        while index < tokens.count {
            if tokens[index] == "CEDEX" {
                index += 1
                if index < tokens.count, tokens[index].count <= 3, tokens[index].allSatisfy(\.isASCIIDigit) {
                    index += 1
                }
                continue
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    /// `[MARSEILLE, 7EME, ARRONDISSEMENT]` → `MARSEILLE 07`; nil when the tokens are not exactly
    /// a city with arrondissements, a number in range, an optional ordinal suffix and an optional
    /// word for « arrondissement ».
    private static func arrondissementForm(_ tokens: [String]) -> String? {
        guard tokens.count >= 2, let count = arrondissementCount[tokens[0]] else { return nil }
        var rest = Array(tokens.dropFirst())
        if let last = rest.last, arrondissementWords.contains(last) { rest.removeLast() }
        // The ordinal suffix is either glued (`7EME`) or a separate word (`7 EME`).
        guard rest.count == 1 || rest.count == 2 else { return nil }
        let digits = rest[0].prefix(while: \.isASCIIDigit)
        var suffix = String(rest[0].dropFirst(digits.count))
        if rest.count == 2 {
            guard suffix.isEmpty else { return nil }
            suffix = rest[1]
        }
        guard ordinalSuffixes.contains(suffix), let number = Int(digits), (1...count).contains(number) else {
            return nil
        }
        return tokens[0] + (number < 10 ? " 0" : " ") + String(number)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
