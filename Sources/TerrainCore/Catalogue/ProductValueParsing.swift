import Foundation

/// Parsers for the values of a catalogue product: reference, VAT rate, percentage rates.
public enum ProductValueParsing {
    /// Longest reference, in characters.
    public static let referenceMaxLength = 40

    /// The comparison key of a reference: trimmed and upper-cased, nothing else checked. Used to
    /// look references up (existing products, price-list entries), so that ` ev-50 ` finds
    /// `EV-50`.
    public static func referenceKey(_ raw: String) -> String {
        (raw.trimmedNonEmpty ?? "").uppercased()
    }

    /// A reference as stored: trimmed, upper-cased, made only of ASCII letters, digits, `-`, `_`
    /// and `.` (safe in a URL, a barcode label or a file name). The length is not checked here
    /// (see `referenceMaxLength`). `" ev-50 "` → `"EV-50"`; `"EV 50"`, `"ÉV50"`, `""` → `nil`.
    public static func normalizedReference(_ raw: String) -> String? {
        guard let trimmed = raw.trimmedNonEmpty else { return nil }
        let valid = trimmed.utf8.allSatisfy { byte in
            byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        return valid ? trimmed.uppercased() : nil
    }

    /// Reads a French VAT rate.
    ///
    /// Accepted, surrounding spaces ignored:
    /// - a number read by `parseRate(_:)`: `20`, `20 %`, `20,0 %`, `0,2` → `.standard`; `10`,
    ///   `0,1` → `.intermediate`; `5,5`, `5.5 %`, `0,055` → `.reduced`; `2,1`, `2,1 %` →
    ///   `.superReduced`; `0`, `0 %` → `.zero`;
    /// - the case names and the French names of the rates, case- and accent-insensitively:
    ///   `standard`, `normal`, `taux normal`; `intermediate`, `intermédiaire`; `reduced`,
    ///   `réduit`; `superReduced`, `particulier`, `super réduit`; `zero`, `zéro`, `exonéré`.
    ///
    /// Anything else (`7 %`, `19,6` — the standard rate until 2013 —, `TVA`) gives `nil`.
    public static func parseVATRate(_ raw: String) -> VATRate? {
        if let fraction = parseRate(raw) {
            return VATRate.allCases.first { $0.rate == fraction }
        }
        switch ColumnMapping.headerKey(raw) {
        case "standard", "normal", "tauxnormal": return .standard
        case "intermediate", "intermediaire", "tauxintermediaire": return .intermediate
        case "reduced", "reduit", "tauxreduit": return .reduced
        case "superreduced", "particulier", "tauxparticulier", "superreduit": return .superReduced
        case "zero", "exonere", "exempt": return .zero
        default: return nil
        }
    }

    /// Reads a rate and returns it as a fraction (`0.15` for 15 %), without checking its range.
    ///
    /// The number is a French decimal (`FrenchNumber.parseDecimal`: comma or dot), optionally
    /// followed by `%` (spaces, including no-break ones, allowed before it):
    /// - with `%`, it is a percentage: `15 %` → 0.15, `5,5 %` → 0.055, `150 %` → 1.5;
    /// - without, a value below 1 is already a fraction (`0,15` → 0.15, as Excel writes a
    ///   percentage cell in a plain CSV) and a value of 1 or more a percentage (`15` → 0.15,
    ///   `1` → 0.01: a discount of 100 % is never meant).
    ///
    /// Negative values keep their sign (`-5 %` → −0.05). Returns `nil` when no number is read.
    public static func parseRate(_ raw: String) -> Decimal? {
        var text = Substring(raw)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace {   // incl. U+00A0, U+202F
            text = Substring(text.unicodeScalars.dropLast())
        }
        let percent = text.hasSuffix("%")
        if percent { text = text.dropLast() }
        guard let value = FrenchNumber.parseDecimal(String(text)) else { return nil }
        return percent || abs(value) >= 1 ? value * hundredth : value
    }

    /// The French label of a VAT rate: `20 %`, `10 %`, `5,5 %`, `2,1 %` or `0 %`.
    public static func label(of rate: VATRate) -> String {
        switch rate {
        case .standard: "20 %"
        case .intermediate: "10 %"
        case .reduced: "5,5 %"
        case .superReduced: "2,1 %"
        case .zero: "0 %"
        }
    }

    /// 0.01, exactly.
    private static let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)
}
