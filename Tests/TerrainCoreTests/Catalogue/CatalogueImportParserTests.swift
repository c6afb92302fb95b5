import Foundation
import Testing
import TerrainCore

@Suite("Catalogue: product import parser")
struct CatalogueImportParserTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    private func rows(_ text: String) throws -> [ParsedProductRow] {
        let parser = try ProductImportParser(data: Data(text.utf8))
        return Array(parser.rows(mapping: parser.suggestedMapping))
    }

    @Test("header, dialect and rows of a UTF-8 file with commas")
    func basic() throws {
        let parser = try ProductImportParser(data: Data("ref,name,price,vat\nev-50,Eau plate,0.45,5.5\n".utf8))
        #expect(parser.headers == ["ref", "name", "price", "vat"])
        #expect(parser.headerLine == 1)
        #expect(parser.dialect == CSVDialect(separator: UInt8(ascii: ","), encoding: .utf8, lineEnding: .lf))
        #expect(parser.suggestedMapping.fields == [.reference, .name, .listPrice, .vatRate])
        #expect(Array(parser.rows(mapping: parser.suggestedMapping)) == [
            .valid(line: 2, draft: ProductDraft(reference: "EV-50", name: "Eau plate", listPrice: d("0.45"), vatRate: .reduced)),
        ])
    }

    @Test("issues name the file's column, the line, the value and a French reason")
    func issues() throws {
        let result = try rows("Réf;Libellé;PV HT;TVA;Prix plancher\nEV 50;Eau;1,20;7 %;1,50\n")
        #expect(result == [.invalid(line: 2, issues: [
            ProductRowIssue(line: 2, column: "Réf", field: .reference, reason: ProductIssue.invalidReference.message(.fr), value: "EV 50"),
            ProductRowIssue(line: 2, column: "TVA", field: .vatRate,
                            reason: "Le taux de TVA doit être un taux français : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.", value: "7 %"),
            // 1,50 > 1,20
            ProductRowIssue(line: 2, column: "Prix plancher", field: .floorPrice,
                            reason: ProductIssue.floorAboveListPrice.message(.fr), value: "1,50"),
        ])])
    }

    @Test("a required field without a column is reported under its French label")
    func unmappedRequired() throws {
        let result = try rows("Référence;Désignation;Prix HT\nA1;Eau;1\n")
        #expect(result == [.invalid(line: 2, issues: [
            ProductRowIssue(line: 2, column: "Taux de TVA", field: .vatRate,
                            reason: "Ce champ est obligatoire : saisissez une valeur.", value: ""),
        ])])
    }

    @Test("missing trailing cells are empty; extra non-empty cells are an issue; blank rows skipped")
    func widths() throws {
        let text = "ref;nom;prix;tva;actif\n" +   // 1
            "A1;Eau;1;20\n" +                     // 2: no "actif" cell → active by default
            ";;;;\n" +                            // 3: blank, skipped
            "A2;Eau;1;20;Non;;\n" +               // 4: two empty extra cells, fine
            "A3;Eau;1;20;Oui;x\n"                 // 5: "x" in column 6 under a 5-column header
        let result = try rows(text)
        #expect(result.map(\.line) == [2, 4, 5])
        #expect(result[0] == .valid(line: 2, draft: ProductDraft(reference: "A1", name: "Eau", listPrice: 1, vatRate: .standard)))
        #expect(result[1].draft?.active == false)
        #expect(result[2] == .invalid(line: 5, issues: [
            ProductRowIssue(line: 5, column: "colonne 6",
                            reason: "Cellule en trop non vide en colonne 6 : l'en-tête n'a que 5 colonnes. Vérifiez le séparateur et les guillemets de cette ligne.",
                            value: "x"),
        ]))
    }

    @Test("file-level errors are thrown before any row")
    func errors() {
        #expect(throws: CSVImportError.emptyFile) { try ProductImportParser(data: Data()) }
        #expect(throws: CSVImportError.unsupportedEncoding) { try ProductImportParser(data: Data([0xFF, 0xFE, 0x41, 0x00])) }
        #expect(throws: CSVImportError.noHeader(line: 1)) { try ProductImportParser(data: Data("\n\n".utf8)) }
        // The quote opened on line 3 is never closed: reported at once, not after the row of line 2.
        #expect(throws: CSVImportError.unterminatedQuote(line: 3)) {
            try ProductImportParser(data: Data("ref;nom\nA;Eau\n\"B;Eau\n".utf8))
        }
    }

    @Test("a custom mapping, and quoted cells with separators and line breaks")
    func customMappingAndQuotes() throws {
        let parser = try ProductImportParser(data: Data("c1;c2;c3;c4\nA1;\"Eau; plate\n50 cl\";2;x\n".utf8))
        #expect(parser.suggestedMapping.fields == [nil, nil, nil, nil])
        let mapping = ProductColumnMapping(fields: [.reference, .name, .listPrice, nil])
        let result = Array(parser.rows(mapping: mapping))
        // No VAT column: line 2 (the quoted name spans lines 2–3) is rejected for the missing rate.
        #expect(result.map(\.line) == [2])
        #expect(result[0].issues.map(\.field) == [.vatRate])
        let withVAT = ProductColumnMapping(fields: [.reference, .name, .listPrice, .vatRate])
        #expect(Array(parser.rows(mapping: withVAT)).first?.issues.first?.value == "x")   // "x" is not a rate
    }

    @Test("preview: padded cells and mapped values")
    func preview() throws {
        let parser = try ProductImportParser(data: Data("ref;nom;prix\nA1;Eau\nA2; Jus ;2\nA3;Vin;7\n".utf8))
        #expect(parser.preview(mapping: parser.suggestedMapping, limit: 2) == [
            ProductImportPreviewRow(line: 2, cells: ["A1", "Eau", ""], values: [.reference: "A1", .name: "Eau"]),
            ProductImportPreviewRow(line: 3, cells: ["A2", " Jus ", "2"], values: [.reference: "A2", .name: "Jus", .listPrice: "2"]),
        ])
    }

    @Test("an export (French labels, form values) imports back to the same drafts")
    func roundTrip() throws {
        let drafts = [
            ProductDraft(reference: "BRD-075", name: "Bordeaux « Cœur » ; 75 cl", family: "Vins", listPrice: d("6.9"),
                         purchaseCost: d("4.1"), vatRate: .standard, floorPrice: d("6.2"), maxDiscountRate: d("0.1")),
            ProductDraft(reference: "EV-50", name: "Eau", listPrice: d("0.45"), vatRate: .reduced, active: false),
        ]
        func cell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var text = ProductField.allCases.map { $0.label(.fr) }.joined(separator: ";") + "\r\n"
        for draft in drafts {
            let values = draft.formValues()
            text += ProductField.allCases.map { cell(values[$0] ?? "") }.joined(separator: ";") + "\r\n"
        }
        #expect(try rows(text).compactMap(\.draft) == drafts)
    }
}
