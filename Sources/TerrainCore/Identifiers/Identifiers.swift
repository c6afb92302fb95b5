/// French company identifiers: SIREN (company), SIRET (establishment), intra-EU VAT number.
///
/// Source: INSEE, « Système d'identification du répertoire des entreprises » and « ... des
/// établissements »: a SIREN is 9 digits whose last one is a Luhn check digit; a SIRET is the
/// SIREN followed by a 5-digit NIC, the 14 digits again satisfying the Luhn check. Exception
/// documented by INSEE: La Poste (SIREN 356 000 000) numbers its many establishments so that the
/// plain sum of the 14 digits is a multiple of 5 instead.
public enum Identifiers {
    /// The SIREN of La Poste, whose establishments follow the sum-multiple-of-5 rule.
    public static let laPosteSIREN = "356000000"

    /// `true` when `s` is exactly 14 ASCII digits that pass the Luhn check, or, for a La Poste
    /// establishment (first 9 digits `356000000`), whose digit sum is a multiple of 5 (INSEE).
    /// No spaces are tolerated here: use `normalizedSIRET(_:)` for user input.
    public static func isValidSIRET(_ s: String) -> Bool {
        withUTF8Bytes(s) { digits in
            guard digits.count == 14, digits.allSatisfy(\.isASCIIDigit) else { return false }
            if luhnIsValid(digits) { return true }
            if digits.starts(with: laPosteSIREN.utf8) {
                let sum = digits.reduce(0) { $0 + Int($1 - 0x30) }
                return sum % 5 == 0
            }
            return false
        }
    }

    /// `true` when `s` is exactly 9 ASCII digits that pass the Luhn check (INSEE).
    public static func isValidSIREN(_ s: String) -> Bool {
        withUTF8Bytes(s) { digits in
            digits.count == 9 && digits.allSatisfy(\.isASCIIDigit) && luhnIsValid(digits)
        }
    }

    /// Cleans user input (spaces, no-break spaces, dots, dashes) and returns the 14-digit SIRET
    /// when it is valid, else `nil`. `"390 098 424 00034"` gives `"39009842400034"`.
    public static func normalizedSIRET(_ raw: String) -> String? {
        let cleaned = stripSeparators(raw)
        return isValidSIRET(cleaned) ? cleaned : nil
    }

    /// Cleans user input like `normalizedSIRET(_:)` and returns the 9-digit SIREN when valid.
    public static func normalizedSIREN(_ raw: String) -> String? {
        let cleaned = stripSeparators(raw)
        return isValidSIREN(cleaned) ? cleaned : nil
    }

    /// French intra-community VAT number of a company: `FR` + 2-digit key + SIREN, where
    /// key = (12 + 3 × (SIREN mod 97)) mod 97, written on two digits (DGFiP rule).
    /// `vatNumber(siren: "390098424")` gives `"FR81390098424"` (390098424 mod 97 = 23; 12 + 69 = 81).
    /// - Precondition: `siren` is 9 digits (not checked for Luhn validity).
    public static func vatNumber(siren: String) -> String {
        var remainder = 0
        for byte in siren.utf8 where byte.isASCIIDigit {
            remainder = (remainder * 10 + Int(byte - 0x30)) % 97
        }
        let key = (12 + 3 * remainder) % 97
        return "FR" + (key < 10 ? "0" : "") + String(key) + siren
    }

    /// Luhn check over ASCII digits: from the right, every second digit is doubled (minus 9
    /// when above 9); the total must be a multiple of 10.
    static func luhnIsValid(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        var sum = 0
        for offset in 0..<digits.count {
            var value = Int(digits[digits.count - 1 - offset] &- 0x30)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    private static func stripSeparators(_ raw: String) -> String {
        if raw.utf8.allSatisfy(\.isASCIIDigit) { return raw }
        return String(String.UnicodeScalarView(raw.unicodeScalars.filter {
            !($0 == " " || $0 == "." || $0 == "-" || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\t")
        }))
    }
}
