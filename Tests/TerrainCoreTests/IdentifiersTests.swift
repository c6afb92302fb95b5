import Testing
import TerrainCore

@Suite("SIRET, SIREN and VAT number (INSEE, DGFiP)")
struct IdentifiersTests {
    @Test("a SIRET with a valid Luhn key")
    func validSIRET() {
        // 39009842400034 (first row of the SIRENE sample). Luhn over 14 digits: from the left,
        // digits at odd positions are doubled (minus 9 above 9):
        // doubled 3→6, 0→0, 9→18→9, 4→8, 4→8, 0→0, 3→6 = 37; kept 9+0+8+2+0+0+4 = 23;
        // 37 + 23 = 60, a multiple of 10.
        #expect(Identifiers.isValidSIRET("39009842400034"))
        // Last digit 5 instead of 4: total 61.
        #expect(!Identifiers.isValidSIRET("39009842400035"))
    }

    @Test("shape: exactly 14 ASCII digits")
    func siretShape() {
        #expect(!Identifiers.isValidSIRET("3900984240003"))     // 13 digits
        #expect(!Identifiers.isValidSIRET("390098424000340"))   // 15 digits
        #expect(!Identifiers.isValidSIRET("390 098 424 00034")) // spaces: use normalizedSIRET
        #expect(!Identifiers.isValidSIRET("3900984240003A"))
        #expect(!Identifiers.isValidSIRET(""))
    }

    @Test("La Poste head office 35600000000048 passes the Luhn check itself")
    func laPosteHeadOffice() {
        // 3 5 6 0 0 0 0 0 0 0 0 0 4 8: doubled 3→6, 6→12→3, 0, 0, 0, 0, 4→8 = 17;
        // kept 5+0+0+0+0+0+8 = 13; 17 + 13 = 30 → valid by Luhn.
        // (Its digit sum 3+5+6+4+8 = 26 is not a multiple of 5: the La Poste rule is not what
        // makes it valid.)
        #expect(Identifiers.isValidSIRET("35600000000048"))
    }

    @Test("La Poste establishments: digit sum a multiple of 5 (INSEE exception)")
    func laPosteRule() {
        // 35600000000010: digit sum 3+5+6+1 = 15, a multiple of 5 → valid for La Poste, although
        // Luhn fails (doubled 6+3+0+0+0+0+2 = 11, kept 5+0+0+0+0+0+0 = 5, total 16).
        #expect(Identifiers.isValidSIRET("35600000000010"))
        // 35600000000011: digit sum 16 and Luhn total 17 → invalid.
        #expect(!Identifiers.isValidSIRET("35600000000011"))
        // The same NIC 00010 on another SIREN gets no exception: 39009842400010 has Luhn total
        // doubled 6+0+9+8+8+0+2 = 33, kept 9+0+8+2+0+0+0 = 19, 52 → invalid.
        #expect(!Identifiers.isValidSIRET("39009842400010"))
    }

    @Test("SIREN: 9 digits with a Luhn key")
    func siren() {
        // 390098424: from the left, positions 2, 4, 6, 8 doubled: 9→18→9, 0→0, 8→16→7, 2→4 = 20;
        // kept 3+0+9+4+4 = 20; total 40.
        #expect(Identifiers.isValidSIREN("390098424"))
        #expect(!Identifiers.isValidSIREN("390098425"))          // total 41
        #expect(!Identifiers.isValidSIREN("39009842"))
        // 356000000 (La Poste): 5→10→1 doubled, kept 3+6 = 9, total 10.
        #expect(Identifiers.isValidSIREN("356000000"))
    }

    @Test("normalisation strips spaces, no-break spaces, dots and dashes")
    func normalizedSIRET() {
        #expect(Identifiers.normalizedSIRET("390 098 424 00034") == "39009842400034")
        #expect(Identifiers.normalizedSIRET("390.098.424.00034") == "39009842400034")
        #expect(Identifiers.normalizedSIRET("390\u{00A0}098\u{202F}424-00034") == "39009842400034")
        #expect(Identifiers.normalizedSIRET("390 098 424 00035") == nil)
        #expect(Identifiers.normalizedSIREN("390 098 424") == "390098424")
    }

    @Test("intra-EU VAT number: key = (12 + 3 × (SIREN mod 97)) mod 97")
    func vatNumber() {
        // 390098424 = 97 × 4 021 633 + 23 (97 × 4 021 633 = 390 098 401); key = (12 + 69) mod 97 = 81.
        #expect(Identifiers.vatNumber(siren: "390098424") == "FR81390098424")
        // 388000029 = 97 × 4 000 000 + 29; key = (12 + 87) mod 97 = 2, written on two digits.
        #expect(Identifiers.vatNumber(siren: "388000029") == "FR02388000029")
        // 356000000 = 97 × 3 670 103 + 9 (97 × 3 670 103 = 355 999 991); key = (12 + 27) = 39.
        #expect(Identifiers.vatNumber(siren: "356000000") == "FR39356000000")
    }

    @Test("NAF codes are normalised to the INSEE notation")
    func naf() {
        #expect(NAFCode.normalize("5630Z") == "56.30Z")
        #expect(NAFCode.normalize("56.30Z") == "56.30Z")
        #expect(NAFCode.normalize("56.30z") == "56.30Z")
        #expect(NAFCode.normalize(" 56 30 Z ") == "56.30Z")
        #expect(NAFCode.normalize("563Z") == nil)
        #expect(NAFCode.normalize("56300") == nil)
        #expect(NAFCode.normalize("56,30Z") == nil)
    }

    @Test("INSEE headcount bands")
    func headcount() {
        #expect(HeadcountBand.normalize("00") == "00")
        #expect(HeadcountBand.normalize("nn") == "NN")
        #expect(HeadcountBand.normalize("1") == "01")        // a spreadsheet dropped the zero
        #expect(HeadcountBand.normalize("04") == nil)        // no such INSEE band
        #expect(HeadcountBand.label("01") == "1 ou 2 salariés")
        #expect(HeadcountBand.codes.count == 16)
    }
}
