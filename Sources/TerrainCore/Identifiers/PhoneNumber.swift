import Foundation

/// Telephone numbers, stored in E.164 form (`+33491234567`) and shown the French way.
///
/// Source: ARCEP, plan national de numérotation téléphonique: a French number is 10 digits
/// starting with `0` (`01`–`05` geographic, `06`–`07` mobile, `08` special, `09` other); the
/// leading `0` is the national trunk prefix, replaced by the country code `+33` in E.164. `00`
/// is the international access prefix. The overseas départements share the national 10-digit
/// plan but have their own country codes: 0590/0690/0691 → +590 (Guadeloupe), 0594/0694 →
/// +594 (Guyane), 0596/0696/0697 → +596 (Martinique), 0262/0263/0692/0693 → +262 (La Réunion),
/// 0269/0639 → +262 (Mayotte).
public enum PhoneNumber {
    /// Normalises a number typed by a user or found in a file to E.164, or returns `nil`.
    ///
    /// Spaces, dots, dashes, slashes, no-break spaces and parentheses are ignored, and a
    /// `(0)` written after a country code is dropped. Accepted:
    /// - a French number of 10 digits starting with `0` but not `00`: `"04 91 23 45 67"`,
    ///   `"04.91.23.45.67"`, `"0491234567"` → `"+33491234567"`;
    /// - an international number: `+` or `00` then 8 to 15 digits not starting with 0:
    ///   `"+33 4 91 23 45 67"`, `"0033491234567"`, `"+33 (0)4 91 23 45 67"`. For `+33`, the
    ///   national part must be 9 digits not starting with 0 (a stray `0` after `+33` is
    ///   removed: `"+33 04 91 23 45 67"` → `"+33491234567"`).
    public static func normalize(_ raw: String) -> String? {
        var text = raw
        if let range = text.range(of: "(0)") { text.removeSubrange(range) }
        var digits: [UInt8] = []
        var plus = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits.append(UInt8(scalar.value))
            case "+" where offset == 0 || (digits.isEmpty && !plus): plus = true
            case " ", ".", "-", "/", "(", ")", "\u{00A0}", "\u{202F}", "\t": continue
            default: return nil
            }
        }
        if plus { return international(digits) }
        if digits.starts(with: [0x30, 0x30]) { return international(Array(digits.dropFirst(2))) }
        guard digits.count == 10, digits[0] == 0x30 else { return nil }
        let national = Array(digits.dropFirst())        // 9 digits, first is 1–9
        let prefix = String(decoding: digits.prefix(4), as: UTF8.self)
        if let countryCode = overseasCountryCode[prefix] {
            return "+" + countryCode + String(decoding: national, as: UTF8.self)
        }
        return "+33" + String(decoding: national, as: UTF8.self)
    }

    /// Shows an E.164 number the French way when it is French (metropolitan or overseas):
    /// `"+33491234567"` → `"04 91 23 45 67"`, `"+262692123456"` → `"06 92 12 34 56"`.
    /// Any other text (foreign numbers, values that are not E.164) is returned as given.
    public static func frenchDisplay(_ e164: String) -> String {
        guard e164.hasPrefix("+") else { return e164 }
        let digits = Array(e164.utf8.dropFirst())
        guard digits.allSatisfy(\.isASCIIDigit) else { return e164 }
        var national: [UInt8]?
        if digits.count == 11, digits.starts(with: Array("33".utf8)) {
            national = [0x30] + digits.dropFirst(2)
        } else if digits.count == 12 {
            let code = String(decoding: digits.prefix(3), as: UTF8.self)
            let candidate = [0x30] + Array(digits.dropFirst(3))
            if overseasCountryCode[String(decoding: candidate.prefix(4), as: UTF8.self)] == code {
                national = candidate
            }
        }
        guard let national, national.count == 10 else { return e164 }
        var result = ""
        for pair in stride(from: 0, to: 10, by: 2) {
            if pair > 0 { result += " " }
            result += String(decoding: national[pair..<(pair + 2)], as: UTF8.self)
        }
        return result
    }

    private static func international(_ digits: [UInt8]) -> String? {
        var digits = digits
        guard let first = digits.first, first != 0x30 else { return nil }
        if digits.starts(with: Array("33".utf8)) {
            if digits.count == 12, digits[2] == 0x30 { digits.remove(at: 2) }   // "+33 0X..."
            guard digits.count == 11, digits[2] != 0x30 else { return nil }
        }
        guard (8...15).contains(digits.count) else { return nil }
        return "+" + String(decoding: digits, as: UTF8.self)
    }

    /// National 4-digit prefixes of the overseas départements → E.164 country code (ARCEP).
    private static let overseasCountryCode: [String: String] = [
        "0590": "590", "0690": "590", "0691": "590",
        "0594": "594", "0694": "594",
        "0596": "596", "0696": "596", "0697": "596",
        "0262": "262", "0263": "262", "0692": "262", "0693": "262",
        "0269": "262", "0639": "262",
    ]
}
