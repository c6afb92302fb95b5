import Testing
import TerrainCore

@Suite("Phone numbers (ARCEP numbering plan, E.164)")
struct PhoneNumberTests {
    @Test("French spellings of one number", arguments: [
        "04 91 23 45 67", "04.91.23.45.67", "0491234567", "04-91-23-45-67", "+33 4 91 23 45 67",
        "0033491234567", "+33 (0)4 91 23 45 67", "+33 04 91 23 45 67", "+33491234567",
        " 04\u{00A0}91\u{00A0}23\u{00A0}45\u{00A0}67 ",
    ])
    func frenchNumber(raw: String) {
        // National 0 4 91 23 45 67: the trunk 0 is replaced by the country code +33.
        #expect(PhoneNumber.normalize(raw) == "+33491234567")
    }

    @Test("mobile and non-geographic numbers")
    func mobile() {
        #expect(PhoneNumber.normalize("06 12 34 56 78") == "+33612345678")
        #expect(PhoneNumber.normalize("07 12 34 56 78") == "+33712345678")
        #expect(PhoneNumber.normalize("09 70 12 34 56") == "+33970123456")
    }

    @Test("overseas départements use their own country codes")
    func overseas() {
        #expect(PhoneNumber.normalize("0590 12 34 56") == "+590590123456")   // Guadeloupe
        #expect(PhoneNumber.normalize("0696 12 34 56") == "+596696123456")   // Martinique mobile
        #expect(PhoneNumber.normalize("0262 12 34 56") == "+262262123456")   // La Réunion
        #expect(PhoneNumber.normalize("0269 61 23 45") == "+262269612345")   // Mayotte
    }

    @Test("international numbers: + or 00, then 8 to 15 digits")
    func international() {
        #expect(PhoneNumber.normalize("+32 2 123 45 67") == "+3221234567")   // Brussels, 10 digits
        #expect(PhoneNumber.normalize("0041 22 123 45 67") == "+41221234567")
        #expect(PhoneNumber.normalize("+1 234 567") == nil)                   // 7 digits
        #expect(PhoneNumber.normalize("+1234567890123456") == nil)            // 16 digits
    }

    @Test("rejected", arguments: [
        "", "1234", "491234567", "04 91 23 45 6", "04 91 23 45 678", "00491", "+33 4 91 23 45",
        "+33 4 91 23 45 678", "04 91 23 45 67 poste 12", "abc", "+0 491234567", "4+491234567",
    ])
    func rejected(raw: String) {
        #expect(PhoneNumber.normalize(raw) == nil)
    }

    @Test("French display")
    func display() {
        #expect(PhoneNumber.frenchDisplay("+33491234567") == "04 91 23 45 67")
        #expect(PhoneNumber.frenchDisplay("+33612345678") == "06 12 34 56 78")
        #expect(PhoneNumber.frenchDisplay("+590590123456") == "05 90 12 34 56")
        #expect(PhoneNumber.frenchDisplay("+262692123456") == "06 92 12 34 56")
        #expect(PhoneNumber.frenchDisplay("+3221234567") == "+3221234567")    // foreign: as given
        #expect(PhoneNumber.frenchDisplay("+590123456789") == "+590123456789") // not an overseas prefix
        #expect(PhoneNumber.frenchDisplay("n/a") == "n/a")
    }
}
