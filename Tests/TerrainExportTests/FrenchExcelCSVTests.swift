import Foundation
import Testing
@testable import TerrainExport

@Suite("French Excel CSV")
struct FrenchExcelCSVTests {
    /// The bytes of `text` after the UTF-8 BOM.
    private func bomPlus(_ text: String) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    @Test func writesBOMSemicolonsCRLFDecimalCommaDatesAndBooleans() {
        let table = ExportTable(
            sheetName: "ignoré",
            headers: ["Nom", "Montant", "Date", "Actif", "Note"],
            rows: [
                [.text("Dupont; Fils"), .decimal(Decimal(string: "1234.56")!), .date(year: 2026, month: 1, day: 5),
                 .bool(true), .text("Il a dit \"oui\"")],
                [.text("=SUM(A1:A2)"), .decimal(Decimal(string: "-0.5")!), .date(year: 1999, month: 12, day: 31),
                 .bool(false), .empty],
                [.text(" espace "), .integer(1_000_000)],
            ]
        )
        let expected = bomPlus(
            "Nom;Montant;Date;Actif;Note\r\n"
                + "\"Dupont; Fils\";1234,56;05/01/2026;Oui;\"Il a dit \"\"oui\"\"\"\r\n"
                + "'=SUM(A1:A2);-0,5;31/12/1999;Non;\r\n"
                + "\" espace \";1000000;;;\r\n"
        )
        let data = FrenchExcelCSV.encode(table)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(data == expected)
        #expect(data.suffix(2) == Data([0x0D, 0x0A]))
    }

    @Test func emptyTableIsJustTheBOMAndHeaderlessTableHasNoHeaderRecord() {
        #expect(FrenchExcelCSV.encode(ExportTable(sheetName: "", headers: [])) == Data([0xEF, 0xBB, 0xBF]))
        let headerless = ExportTable(sheetName: "", headers: [], rows: [[.integer(1), .integer(2)]])
        #expect(FrenchExcelCSV.encode(headerless) == bomPlus("1;2\r\n"))
    }

    @Test func keepsAccentsAsUTF8AndPostalCodesAsPlainText() {
        let table = ExportTable(sheetName: "", headers: ["Ville", "CP", "SIRET"],
                                rows: [[.text("Bourg-en-Bresse"), .text("01000"), .text("73282932000074")]])
        #expect(FrenchExcelCSV.encode(table) == bomPlus("Ville;CP;SIRET\r\nBourg-en-Bresse;01000;73282932000074\r\n"))
        // "É" is C3 89 and "é" C3 A9 in UTF-8.
        let accented = FrenchExcelCSV.encode(ExportTable(sheetName: "", headers: ["Été"]))
        #expect(Array(accented) == [0xEF, 0xBB, 0xBF, 0xC3, 0x89, 0x74, 0xC3, 0xA9, 0x0D, 0x0A])
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-5 %", "'-5 %"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("=1+2\";=1+2", "\"'=1+2\"\";=1+2\""),
        ("a=b", "a=b"),
        ("", ""),
    ])
    func guardsTextAgainstFormulaInjection(input: String, field: String) {
        #expect(FrenchExcelCSV.field(.text(input)) == field)
    }

    @Test func injectionGuardAppliesToTextOnly() {
        #expect(FrenchExcelCSV.field(.decimal(Decimal(string: "-12.5")!)) == "-12,5")
        #expect(FrenchExcelCSV.field(.integer(-3)) == "-3")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a;b", "\"a;b\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("in side", "in side"),
        ("comma,kept", "comma,kept"),
    ])
    func quotesPerRFC4180(input: String, field: String) {
        #expect(FrenchExcelCSV.field(.text(input)) == field)
    }

    @Test func formatsNumbersAndDatesTheFrenchWay() {
        #expect(FrenchExcelCSV.field(.decimal(Decimal(string: "1234567.89")!)) == "1234567,89")
        #expect(FrenchExcelCSV.field(.decimal(Decimal(string: "0.07")!)) == "0,07")
        #expect(FrenchExcelCSV.field(.decimal(100)) == "100")
        #expect(FrenchExcelCSV.field(.decimal(.nan)) == "")
        #expect(FrenchExcelCSV.field(.date(year: 2026, month: 3, day: 9)) == "09/03/2026")
        #expect(FrenchExcelCSV.field(.date(year: 987, month: 10, day: 12)) == "12/10/0987")
        #expect(FrenchExcelCSV.field(.bool(true)) == "Oui")
        #expect(FrenchExcelCSV.field(.bool(false)) == "Non")
        #expect(FrenchExcelCSV.field(.empty) == "")
    }
}
