import Foundation
import Testing
import TerrainCore

@Suite("Catalogue: reference, VAT rate and rate parsing")
struct CatalogueValueParsingTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("references are trimmed and upper-cased; only A–Z, 0–9, - _ . are allowed", arguments: [
        (" ev-50 ", "EV-50" as String?),          // trimmed, then ev → EV
        ("jus_ora.1l", "JUS_ORA.1L"),            // _ and . kept
        ("12345", "12345"),                      // digits only is fine
        ("EV 50", nil),                          // inner space
        ("ÉV50", nil),                           // accented letter: not ASCII
        ("EV/50", nil),                          // slash
        ("", nil), ("   ", nil),                 // nothing left after trimming
    ])
    func references(raw: String, expected: String?) {
        #expect(ProductValueParsing.normalizedReference(raw) == expected)
    }

    @Test("the reference key only trims and upper-cases")
    func referenceKey() {
        #expect(ProductValueParsing.referenceKey("  ev 50 ") == "EV 50")
        #expect(ProductValueParsing.referenceKey("") == "")
    }

    @Test("VAT rates from numbers, with or without %, comma or dot", arguments: [
        ("20", VATRate.standard as VATRate?), ("20 %", .standard), ("20,0 %", .standard), ("20%", .standard),
        ("0,2", .standard),                      // below 1 without %: a fraction, 0,2 = 20 %
        ("0,20", .standard),
        ("10", .intermediate), ("10 %", .intermediate), ("0,1", .intermediate),
        ("5,5", .reduced), ("5.5 %", .reduced), ("5,5 %", .reduced), ("5,5\u{00A0}%", .reduced),
        ("0,055", .reduced),                     // 0,055 = 5,5 %
        ("2,1", .superReduced), ("2,1 %", .superReduced), ("0,021", .superReduced),
        ("0", .zero), ("0 %", .zero), ("0,0", .zero),
    ])
    func vatNumbers(raw: String, expected: VATRate?) {
        #expect(ProductValueParsing.parseVATRate(raw) == expected)
    }

    @Test("VAT rates from case names and French names", arguments: [
        ("standard", VATRate.standard as VATRate?), ("Taux normal", .standard), ("NORMAL", .standard),
        ("intermediate", .intermediate), ("Intermédiaire", .intermediate),
        ("reduced", .reduced), ("réduit", .reduced), ("Taux réduit", .reduced),
        ("superReduced", .superReduced), ("super-réduit", .superReduced), ("particulier", .superReduced),
        ("zero", .zero), ("Zéro", .zero), ("exonéré", .zero),
    ])
    func vatNames(raw: String, expected: VATRate?) {
        #expect(ProductValueParsing.parseVATRate(raw) == expected)
    }

    @Test("anything else is not a French VAT rate", arguments: [
        "7 %",        // not a French rate
        "19,6",       // the standard rate until 31/12/2013
        "1",          // 1 or more without %: 1 %, not a rate
        "0,5",        // 50 %
        "-20",        // negative
        "TVA", "", "%",
    ])
    func vatRejected(raw: String) {
        #expect(ProductValueParsing.parseVATRate(raw) == nil)
    }

    @Test("rates: % is a percentage, a bare value below 1 a fraction, 1 or more a percentage")
    func rates() {
        #expect(ProductValueParsing.parseRate("15 %") == d("0.15"))     // 15 / 100
        #expect(ProductValueParsing.parseRate("15") == d("0.15"))       // 15 ≥ 1: a percentage
        #expect(ProductValueParsing.parseRate("0,15") == d("0.15"))     // 0,15 < 1: already a fraction
        #expect(ProductValueParsing.parseRate("12,5 %") == d("0.125"))  // 12,5 / 100
        #expect(ProductValueParsing.parseRate("1") == d("0.01"))        // 1 ≥ 1: 1 %, not 100 %
        #expect(ProductValueParsing.parseRate("100 %") == 1)            // 100 / 100
        #expect(ProductValueParsing.parseRate("0") == 0)
        #expect(ProductValueParsing.parseRate("150 %") == d("1.5"))     // out of range, checked by the validation
        #expect(ProductValueParsing.parseRate("-5 %") == d("-0.05"))    // sign kept, checked by the validation
        #expect(ProductValueParsing.parseRate(" 20\u{202F}% ") == d("0.2"))  // narrow no-break space before %
        #expect(ProductValueParsing.parseRate("quinze") == nil)
        #expect(ProductValueParsing.parseRate("15 %%") == nil)          // one % only
    }

    @Test("VAT labels, French style")
    func labels() {
        #expect(VATRate.allCases.map(ProductValueParsing.label(of:)) == ["20 %", "10 %", "5,5 %", "2,1 %", "0 %"])
        // Every label reads back as its rate.
        for rate in VATRate.allCases {
            #expect(ProductValueParsing.parseVATRate(ProductValueParsing.label(of: rate)) == rate)
        }
    }
}
