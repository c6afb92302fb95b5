import Testing
@testable import TerrainExport

@Suite("iCalendar text escaping (RFC 5545 §3.3.11) and line folding (§3.1)")
struct ICSTextTests {
    // §3.3.11: ESCAPED-CHAR = ("\\" / "\;" / "\," / "\N" / "\n"); "\\" encodes \, "\n" a newline,
    // "\;" encodes ;, "\," encodes ,. ":" and DQUOTE are allowed in TEXT as they are.
    @Test func escapesBackslashSemicolonCommaAndNewlines() {
        #expect(ICSText.escaped(#"C:\Tarifs; remise 5 %, franco"#) == #"C:\\Tarifs\; remise 5 %\, franco"#)
        #expect(ICSText.escaped("Ligne 1\nLigne 2\r\nLigne 3\rFin") == #"Ligne 1\nLigne 2\nLigne 3\nFin"#)
        #expect(ICSText.escaped(#"Dit "oui" : 10:30"#) == #"Dit "oui" : 10:30"#)
        #expect(ICSText.escaped(#"\n"#) == #"\\n"#) // a literal backslash-n stays two characters
    }

    // TSAFE-CHAR excludes CONTROL (%x00-08 / %x0A-1F / %x7F) but WSP keeps HTAB; LF and CR are
    // escaped above, the rest cannot be represented and are dropped.
    @Test func dropsControlCharactersButKeepsTab() {
        #expect(ICSText.escaped("a\u{0}b\u{7}c\u{1B}d\u{7F}e\tf") == "abcde\tf")
    }

    @Test func keepsNonASCIIAsIs() {
        #expect(ICSText.escaped("Noël à l’Église 🚗") == "Noël à l’Église 🚗")
    }

    // 75 octets fit on one line; the 76th starts a continuation line " " + rest.
    @Test func foldsASCIIAtSeventyFiveOctets() {
        let exact = "SUMMARY:" + String(repeating: "a", count: 67) // 8 + 67 = 75 octets
        #expect(ICSText.folded(exact) == exact + "\r\n")
        let longer = exact + "b" // 76 octets
        #expect(ICSText.folded(longer) == exact + "\r\n b\r\n")
    }

    // "DESCRIPTION:" is 12 octets, + 200 "x" = 212. Line 1: 12 + 63 x = 75. Line 2: " " + 74 x
    // = 75. Line 3: " " + (200 - 63 - 74 = 63) x = 64.
    @Test func foldsIntoSeveralContinuationLines() {
        let line = "DESCRIPTION:" + String(repeating: "x", count: 200)
        let expected = "DESCRIPTION:" + String(repeating: "x", count: 63) + "\r\n "
            + String(repeating: "x", count: 74) + "\r\n " + String(repeating: "x", count: 63) + "\r\n"
        #expect(ICSText.folded(line) == expected)
    }

    // A French address whose "É" (C3 89, 2 octets) would occupy octets 75–76:
    //   "LOCATION:" 9 → 9; "Boulangerie " 12 → 21; "Lef" 3 → 24; "è" 2 → 26; "vre" 3 → 29;
    //   "\," 2 → 31; " 4 bis avenue de l" 18 → 49; "’" (E2 80 99) 3 → 52; "É" 2 → 54;
    //   "glise" 5 → 59; "\," 2 → 61; " 38590 " 7 → 68; "Saint-" 6 → 74; then "É" would end at
    //   76 > 75, so the fold goes before it: line 1 is 74 octets, line 2 is
    //   " " + "É" + "tienne-de-Saint-Geoirs" = 1 + 2 + 22 = 25 octets.
    @Test func foldsBeforeAnAccentedLetterThatWouldStraddleOctet75() {
        let location = "Boulangerie Lefèvre, 4 bis avenue de l’Église, 38590 Saint-Étienne-de-Saint-Geoirs"
        let folded = ICSText.folded("LOCATION:" + ICSText.escaped(location))
        let expected = "LOCATION:Boulangerie Lefèvre\\, 4 bis avenue de l’Église\\, 38590 Saint-\r\n Étienne-de-Saint-Geoirs\r\n"
        #expect(folded == expected)
        let lines = ICSReader.physicalLines(folded)
        #expect(lines?.map(\.count) == [74, 25])
    }

    // When the 2-octet letter ends exactly at octet 75 it stays: "SUMMARY:" 8 + 65 "a" = 73,
    // "é" → 75, then "t" starts line 2.
    @Test func keepsAnAccentedLetterEndingAtOctet75() {
        let line = "SUMMARY:" + String(repeating: "a", count: 65) + "ét"
        #expect(ICSText.folded(line) == "SUMMARY:" + String(repeating: "a", count: 65) + "é\r\n t\r\n")
    }

    // 3-octet "€" (E2 82 AC) after 73 octets would end at 76: folded before, line 1 = 73.
    // 4-octet "🚗" (F0 9F 9A 97) after 72 octets would end at 76: folded before, line 1 = 72.
    @Test func foldsBeforeThreeAndFourOctetCharacters() {
        let euro = "SUMMARY:" + String(repeating: "a", count: 65) + "€"
        #expect(ICSText.folded(euro) == "SUMMARY:" + String(repeating: "a", count: 65) + "\r\n €\r\n")
        let car = "SUMMARY:" + String(repeating: "a", count: 64) + "🚗"
        #expect(ICSText.folded(car) == "SUMMARY:" + String(repeating: "a", count: 64) + "\r\n 🚗\r\n")
    }
}
