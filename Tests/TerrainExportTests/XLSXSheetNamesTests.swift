import Testing
@testable import TerrainExport

@Suite("XLSX sheet names")
struct XLSXSheetNamesTests {
    @Test func replacesForbiddenCharactersAndTrimsApostrophes() {
        #expect(XLSXSheetNames.sanitized(["a[b]c:d*e?f/g\\h", "'Cité'", "tab\there"]) == ["a_b_c_d_e_f_g_h", "Cité", "tab_here"])
    }

    @Test func cutsAt31UTF16UnitsWithoutSplittingACharacter() {
        let long = String(repeating: "é", count: 40)
        #expect(XLSXSheetNames.sanitized([long]) == [String(repeating: "é", count: 31)])
        // "👍" is two UTF-16 units: 30 × "a" + "👍" would be 32, so the emoji is dropped.
        #expect(XLSXSheetNames.sanitized([String(repeating: "a", count: 30) + "👍"]) == [String(repeating: "a", count: 30)])
    }

    @Test func fillsEmptyNamesAndDeduplicatesIgnoringCase() {
        let thirtyOne = String(repeating: "x", count: 31)
        #expect(XLSXSheetNames.sanitized(["", "Clients", "CLIENTS", "clients", "History", thirtyOne, thirtyOne, "'"])
            == ["Feuil1", "Clients", "CLIENTS (2)", "clients (3)", "History (2)",
                thirtyOne, String(repeating: "x", count: 27) + " (2)", "Feuil8"])
    }
}
