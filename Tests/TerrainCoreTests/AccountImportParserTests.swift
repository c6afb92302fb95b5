import Foundation
import Testing
import TerrainCore

@Suite("Account import parser")
struct AccountImportParserTests {
    func parser(_ text: String) throws -> AccountImportParser {
        try AccountImportParser(data: Data(text.utf8))
    }

    func rows(_ text: String) throws -> [ParsedRow] {
        let parser = try parser(text)
        return Array(parser.rows(mapping: parser.suggestedMapping))
    }

    @Test("header, dialect and rows")
    func basic() throws {
        let parser = try parser("Raison sociale;Code postal;Téléphone\r\nBar A;13002;04 91 23 45 67\r\n")
        #expect(parser.headers == ["Raison sociale", "Code postal", "Téléphone"])
        #expect(parser.headerLine == 1)
        #expect(parser.dialect == CSVDialect(separator: UInt8(ascii: ";"), encoding: .utf8, lineEnding: .crlf))
        #expect(parser.suggestedMapping.fields == [.legalName, .postalCode, .phone])
        #expect(Array(parser.rows(mapping: parser.suggestedMapping)) == [
            .valid(line: 2, draft: AccountDraft(legalName: "Bar A", postalCode: "13002", phone: "+33491234567")),
        ])
    }

    @Test("issues name the file's column, the line and the value, in French")
    func issues() throws {
        let result = try rows("nom;cp;siret\nBar A;1300;123\n")
        #expect(result == [.invalid(line: 2, issues: [
            RowIssue(line: 2, column: "siret", field: .siret, reason: ValidationIssue.invalidSIRET.message(.fr), value: "123"),
            RowIssue(line: 2, column: "cp", field: .postalCode, reason: ValidationIssue.invalidPostalCode.message(.fr),
                     value: "1300"),
        ])])
    }

    @Test("a required field without a column is reported under its label")
    func unmappedRequired() throws {
        let result = try rows("Ville\nMarseille\n")
        #expect(result == [.invalid(line: 2, issues: [
            RowIssue(line: 2, column: "Raison sociale", field: .legalName,
                     reason: "Ce champ est obligatoire : saisissez une valeur.", value: ""),
        ])])
    }

    @Test("missing trailing cells are empty; extra non-empty cells are an issue")
    func widths() throws {
        let result = try rows("nom;cp;ville\nBar A\nBar B;13002;Marseille;;\nBar C;13002;Marseille;x;\n")
        #expect(result.count == 3)
        #expect(result[0] == .valid(line: 2, draft: AccountDraft(legalName: "Bar A")))
        #expect(result[1] == .valid(line: 3, draft: AccountDraft(legalName: "Bar B", postalCode: "13002",
                                                                 city: "Marseille")))
        // Line 4 has a 4th cell "x" under a 3-column header.
        #expect(result[2].line == 4)
        #expect(result[2].issues.count == 1)
        #expect(result[2].issues[0].column == "colonne 4")
        #expect(result[2].issues[0].value == "x")
        #expect(result[2].issues[0].reason.hasPrefix("Cellule en trop non vide en colonne 4"))
    }

    @Test("blank rows are skipped and line numbers stay physical across quoted line breaks")
    func lines() throws {
        let text = "nom;notes\n" +            // 1
            "Bar A;\"ligne 1\nligne 2\"\n" +  // 2–3
            "\n" +                            // 4
            " ; \n" +                         // 5: blank cells
            "Bar B;\n"                        // 6
        let result = try rows(text)
        #expect(result.map(\.line) == [2, 6])
        #expect(result[0].draft?.notes == "ligne 1\nligne 2")
    }

    @Test("file-level errors are thrown before any row")
    func errors() {
        #expect(throws: CSVImportError.emptyFile) { try parser("") }
        #expect(throws: CSVImportError.emptyFile) { try AccountImportParser(data: Data([0xEF, 0xBB, 0xBF])) }
        #expect(throws: CSVImportError.noHeader(line: 1)) { try parser("\n\n") }
        #expect(throws: CSVImportError.unsupportedEncoding) { try AccountImportParser(data: Data([0xFF, 0xFE, 0x41, 0x00])) }
        #expect(throws: CSVImportError.noHeader(line: 2)) { try parser("\n ; \nBar;x\n") }
        // The quote opened on line 4 is never closed: reported at once, not after 2 rows.
        #expect(throws: CSVImportError.unterminatedQuote(line: 4)) { try parser("nom\nA\nB\n\"C\nD\n") }
    }

    @Test("a custom mapping, including ignored columns")
    func customMapping() throws {
        let parser = try parser("col1,col2,col3\nBar A,5630Z,hello\n")
        #expect(parser.suggestedMapping.fields == [nil, nil, nil])
        let mapping = ColumnMapping(fields: [.legalName, .nafCode, nil])
        #expect(Array(parser.rows(mapping: mapping)) == [.valid(line: 2, draft: AccountDraft(legalName: "Bar A", nafCode: "56.30Z"))])
    }

    @Test("a row with data only in ignored columns is not taken for a blank row")
    func ignoredColumnsStillCount() throws {
        let parser = try parser("nom;autre;\"cité\"\n;x;\n;;\"\"\"\"\n;;\n")
        #expect(parser.suggestedMapping.fields == [.legalName, nil, nil])
        // Line 2 has "x" in an ignored column, line 3 a quoted quote: both are rows without a
        // name. Line 4 is blank: skipped.
        #expect(Array(parser.rows(mapping: parser.suggestedMapping)).map { [$0.line, $0.issues.count] } == [[2, 1], [3, 1]])
    }

    @Test("preview: padded cells and mapped values")
    func preview() throws {
        let parser = try parser("nom;cp;autre\nBar A;13002\nBar B; 13001 ;z\nBar C;13003;w\n")
        let preview = parser.preview(mapping: parser.suggestedMapping, limit: 2)
        #expect(preview == [
            ImportPreviewRow(line: 2, cells: ["Bar A", "13002", ""], values: [.legalName: "Bar A", .postalCode: "13002"]),
            ImportPreviewRow(line: 3, cells: ["Bar B", " 13001 ", "z"], values: [.legalName: "Bar B", .postalCode: "13001"]),
        ])
    }

    @Test("the rows can be iterated twice")
    func iterateTwice() throws {
        let parser = try parser("nom\nA\nB\n")
        let rows = parser.rows(mapping: parser.suggestedMapping)
        #expect(Array(rows).count == 2)
        #expect(Array(rows).count == 2)
    }
}
