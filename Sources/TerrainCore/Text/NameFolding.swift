import Foundation

/// Folding of company names and search text, so that `Bar de l'Étoile SARL` and
/// `BAR DE L ETOILE` compare equal.
public enum NameFolding {
    /// French legal forms dropped by `fold(_:)` when they are the first or last word.
    public static let legalForms: Set<String> = ["sarl", "sas", "sasu", "sa", "eurl", "snc", "sci", "ei", "eirl"]

    /// Folds a company name for duplicate detection.
    ///
    /// Steps: lower case; accents removed (`é` → `e`, `ç` → `c`); `œ` → `oe`, `æ` → `ae`;
    /// every run of characters that are not letters or digits → one space; trimmed; then one
    /// leading and one trailing legal form (SARL, SAS, SASU, SA, EURL, SNC, SCI, EI, EIRL) dropped
    /// when it is a whole word and something else remains.
    /// `"SARL Le Cœur d'Or"` → `"le coeur d or"`, `"BAR TERMINUS - SAS"` → `"bar terminus"`.
    public static func fold(_ name: String) -> String {
        var words = searchKey(name).alphanumericWords()
        if words.count > 1, let first = words.first, legalForms.contains(first) { words.removeFirst() }
        if words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Lower case without accents (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`), punctuation and spacing
    /// kept: the key for accent-insensitive search. `"Débits de Boissons"` → `"debits de boissons"`.
    public static func searchKey(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "œ", "Œ": scalars.append(contentsOf: "oe".unicodeScalars)
            case "æ", "Æ": scalars.append(contentsOf: "ae".unicodeScalars)
            case "ß": scalars.append(contentsOf: "ss".unicodeScalars)
            default:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }
}

extension String {
    /// The runs of letters and digits of an already lower-cased, accent-free text.
    func alphanumericWords() -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let isAlphanumeric = scalar.isASCII
                ? (UInt8(scalar.value).isASCIILetter || UInt8(scalar.value).isASCIIDigit)
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isAlphanumeric {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
