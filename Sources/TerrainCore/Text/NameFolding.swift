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
        if let folded = foldASCII(name) { return folded }
        let key = searchKey(name)
        if let folded = foldASCII(key) { return folded }
        var words = key.alphanumericWords()
        if words.count > 1, let first = words.first, legalForms.contains(first) { words.removeFirst() }
        if words.count > 1, let last = words.last, legalForms.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// `fold` for an ASCII text, on bytes; `nil` when the text is not ASCII.
    private static func foldASCII(_ text: String) -> String? {
        withUTF8Bytes(text) { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte.isASCIILetter || byte.isASCIIDigit {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte.asciiLowercased)
                } else if !out.isEmpty {
                    pendingSpace = true
                }
            }
            var lower = 0
            var upper = out.count
            if let space = out.firstIndex(of: 0x20), isLegalForm(out[0..<space]) { lower = space + 1 }
            if let space = out[lower...].lastIndex(of: 0x20), isLegalForm(out[(space + 1)...]) { upper = space }
            return String(decoding: out[lower..<upper], as: UTF8.self)
        }
    }

    private static func isLegalForm(_ word: ArraySlice<UInt8>) -> Bool {
        word.count <= 4 && legalForms.contains(String(decoding: word, as: UTF8.self))
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
