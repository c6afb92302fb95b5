/// Parsers for the small vocabularies shared by account and contact forms and imports.
public enum FieldParsing {
    /// Reads a yes/no answer, case- and accent-insensitively: `oui`, `o`, `yes`, `y`, `1`,
    /// `true`, `vrai`, `x` → `true`; `non`, `n`, `no`, `0`, `false`, `faux` → `false`;
    /// anything else → `nil`.
    public static func parseBoolean(_ raw: String) -> Bool? {
        switch raw {                                   // the usual spellings, without folding
        case "1", "Oui", "oui", "OUI": return true
        case "0", "Non", "non", "NON": return false
        default: break
        }
        switch NameFolding.searchKey(raw) {
        case "oui", "o", "yes", "y", "1", "true", "vrai", "x": return true
        case "non", "n", "no", "0", "false", "faux": return false
        default: return nil
        }
    }

    /// Reads an account status in French or English, case- and accent-insensitively:
    /// `prospect`; `client`, `customer`; `perdu`, `lost`.
    public static func parseStatus(_ raw: String) -> AccountStatus? {
        switch NameFolding.searchKey(raw) {
        case "prospect": return .prospect
        case "client", "customer": return .customer
        case "perdu", "lost", "client perdu": return .lost
        default: return nil
        }
    }

    /// Reads a country: two letters in any case, taken as an ISO 3166 alpha-2 code (`fr` →
    /// `FR`; not checked against the ISO list), or the name of France in French or English.
    /// Returns `nil` otherwise.
    public static func parseCountry(_ raw: String) -> String? {
        let key = NameFolding.searchKey(raw)
        if key == "france" { return "FR" }
        let bytes = Array(key.utf8)
        guard bytes.count == 2, bytes.allSatisfy(\.isASCIILetter) else { return nil }
        return key.uppercased()
    }
}
