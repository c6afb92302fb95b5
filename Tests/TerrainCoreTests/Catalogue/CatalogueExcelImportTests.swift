import Foundation
import Testing
import TerrainCore

/// A catalogue saved by French Excel as « CSV (séparateur : point-virgule) »: Windows-1252 bytes,
/// `;`, CRLF, decimal commas, `5,5 %`, `€`; then parsed and planned end to end.
@Suite("Catalogue: an Excel (Windows-1252) product file, parsed and planned")
struct CatalogueExcelImportTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    private let existingWine = UUID(uuidString: "00000000-0000-0000-0000-000000000075")!

    private let lines = [
        "Référence;Désignation;Famille;Unité;Conditionnement;Prix HT;PA HT;TVA;Prix plancher;Remise max;Actif",   // 1
        "ev-50;Eau minérale plate 50 cl;Eaux;bouteille;Pack de 24;0,45 €;0,21;5,5 %;0,40;10 %;Oui",               // 2
        "JUS-ORA-1L;Jus d'orange 1 L;Jus de fruits;bouteille;Carton de 6;1,85;0,92;5,5 %;;0,15;",                 // 3
        "BRD-075;Bordeaux rouge « Cœur de Gironde » 75 cl;Vins;bouteille;Carton de 6;6,90;4,10;20 %;6,20;;Oui",    // 4
        "BIE-30L;Fût de bière 30 L;Bières;fût;;89;62,5;20;95;;Non",                                                // 5
        ";Sirop de menthe;Sirops;bouteille;;3,2;;5,5;;;",                                                          // 6
        "EV-50;Eau minérale plate 50 cl (bis);Eaux;bouteille;;0,47;;5,5 %;;;",                                     // 7
        "CAFE-1KG;Café en grains 1 kg;Café;paquet;;14,90;;7 %;;150 %;peut-être;extra",                             // 8
        "BRD-075-MAG;Bordeaux rouge magnum 1,5 L;Vins;magnum;;15,00 €;;taux normal;;5;",                           // 9
    ]

    /// The text in Windows-1252: Latin-1 characters are their own byte; €, Œ, œ are 0x80, 0x8C,
    /// 0x9C (CP1252.TXT).
    private func windows1252(_ text: String) -> Data {
        let high: [Unicode.Scalar: UInt8] = ["€": 0x80, "Œ": 0x8C, "œ": 0x9C]
        return Data(text.unicodeScalars.map { scalar -> UInt8 in
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
            guard let byte = high[scalar] else { Issue.record("not in the test's table: \(scalar)"); return 0x3F }
            return byte
        })
    }

    private var file: Data { windows1252(lines.joined(separator: "\r\n") + "\r\n") }

    @Test("the bytes are Windows-1252, not UTF-8")
    func bytes() {
        let data = file
        // "Référence": R, then é as the single byte 0xE9.
        #expect(Array(data.prefix(3)) == [0x52, 0xE9, 0x66])
        #expect(data.contains(0x80))                    // €
        #expect(data.contains(0x9C))                    // œ of « Cœur »
        #expect(String(data: data, encoding: .utf8) == nil)
        #expect(Windows1252.decode(data) == lines.joined(separator: "\r\n") + "\r\n")
    }

    @Test("dialect and mapping")
    func dialectAndMapping() throws {
        let parser = try ProductImportParser(data: file)
        #expect(parser.dialect == CSVDialect(separator: UInt8(ascii: ";"), encoding: .windows1252, lineEnding: .crlf))
        #expect(parser.headers[1] == "Désignation")     // é decoded
        #expect(parser.suggestedMapping.fields == [
            .reference, .name, .family, .unit, .packaging, .listPrice, .purchaseCost, .vatRate, .floorPrice,
            .maxDiscountRate, .active,
        ])
        #expect(parser.suggestedMapping.missingRequiredFields.isEmpty)
    }

    @Test("exact drafts and issues, row by row")
    func rows() throws {
        let parser = try ProductImportParser(data: file)
        let rows = Array(parser.rows(mapping: parser.suggestedMapping))
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
        // Line 2: "ev-50" upper-cased; "0,45 €" → 0.45; "5,5 %" → reduced; "10 %" → 0.10.
        #expect(rows[0] == .valid(line: 2, draft: ProductDraft(
            reference: "EV-50", name: "Eau minérale plate 50 cl", family: "Eaux", unit: "bouteille",
            packaging: "Pack de 24", listPrice: d("0.45"), purchaseCost: d("0.21"), vatRate: .reduced,
            floorPrice: d("0.40"), maxDiscountRate: d("0.10"), active: true)))
        // Line 3: no floor; "0,15" (below 1, no %) is already the fraction 0.15; empty "Actif" → true.
        #expect(rows[1] == .valid(line: 3, draft: ProductDraft(
            reference: "JUS-ORA-1L", name: "Jus d'orange 1 L", family: "Jus de fruits", unit: "bouteille",
            packaging: "Carton de 6", listPrice: d("1.85"), purchaseCost: d("0.92"), vatRate: .reduced,
            maxDiscountRate: d("0.15"))))
        // Line 4: « » and œ decoded from 0xAB, 0xBB, 0x9C; 20 % → standard; floor 6,20 ≤ 6,90.
        #expect(rows[2] == .valid(line: 4, draft: ProductDraft(
            reference: "BRD-075", name: "Bordeaux rouge « Cœur de Gironde » 75 cl", family: "Vins", unit: "bouteille",
            packaging: "Carton de 6", listPrice: d("6.90"), purchaseCost: d("4.10"), vatRate: .standard,
            floorPrice: d("6.20"))))
        // Line 5: floor 95 > list price 89 → rejected on "Prix plancher".
        #expect(rows[3] == .invalid(line: 5, issues: [
            ProductRowIssue(line: 5, column: "Prix plancher", field: .floorPrice,
                            reason: ProductIssue.floorAboveListPrice.message(.fr), value: "95"),
        ]))
        // Line 6: empty reference.
        #expect(rows[4] == .invalid(line: 6, issues: [
            ProductRowIssue(line: 6, column: "Référence", field: .reference,
                            reason: "Ce champ est obligatoire : saisissez une valeur.", value: ""),
        ]))
        // Line 7: valid for the parser (the duplicate of line 2 is the planner's business).
        #expect(rows[5].draft?.reference == "EV-50")
        #expect(rows[5].draft?.listPrice == d("0.47"))
        // Line 8: three field issues in field order (TVA, Remise max, Actif), then the extra cell
        // in column 12 of an 11-column header.
        #expect(rows[6] == .invalid(line: 8, issues: [
            ProductRowIssue(line: 8, column: "TVA", field: .vatRate, reason: ProductIssue.invalidVATRate.message(.fr), value: "7 %"),
            ProductRowIssue(line: 8, column: "Remise max", field: .maxDiscountRate,
                            reason: "La remise maximale doit être comprise entre 0 % et 100 % (par exemple 15 % ou 0,15).", value: "150 %"),
            ProductRowIssue(line: 8, column: "Actif", field: .active,
                            reason: "Répondez par Oui ou Non (O/N et 1/0 sont aussi acceptés).", value: "peut-être"),
            ProductRowIssue(line: 8, column: "colonne 12",
                            reason: "Cellule en trop non vide en colonne 12 : l'en-tête n'a que 11 colonnes. Vérifiez le séparateur et les guillemets de cette ligne.",
                            value: "extra"),
        ]))
        // Line 9: "15,00 €" → 15; "taux normal" → standard; "5" (1 or more, no %) → 5 % = 0.05.
        #expect(rows[7] == .valid(line: 9, draft: ProductDraft(
            reference: "BRD-075-MAG", name: "Bordeaux rouge magnum 1,5 L", family: "Vins", unit: "magnum",
            listPrice: 15, vatRate: .standard, maxDiscountRate: d("0.05"))))
    }

    @Test("the plan: duplicates in the file and an existing reference, policy skip")
    func planSkip() throws {
        let parser = try ProductImportParser(data: file)
        let planner = ProductImportPlanner(existing: [("brd-075", existingWine)], policy: .skip)
        let plan = planner.plan(parser.rows(mapping: parser.suggestedMapping))
        // Valid rows 2, 3, 4, 7, 9: 4 is stored already (skipped), 7 repeats line 2 (skipped).
        #expect(plan.rows.map(\.line) == [2, 3, 4, 7, 9])
        #expect(plan.rows.map(\.action) == [
            .create, .create, .skip(.existingReference(existing: existingWine)),
            .skip(.duplicateReferenceInFile(firstLine: 2)), .create,
        ])
        #expect(plan.rejected.map(\.line) == [5, 6, 8])
        #expect(plan.counts == ProductImportPlan.Counts(created: 3, updated: 0, skipped: 2, rejected: 3))
        // The report, by line: 4 skipped, 5 (1 issue), 6 (1), 7 skipped, 8 (4 issues).
        let report = plan.report(.fr)
        #expect(report.map(\.line) == [4, 5, 6, 7, 8, 8, 8, 8])
        #expect(report[0] == ProductRowIssue(line: 4, column: "Référence", field: .reference,
                                             reason: "Un produit avec cette référence existe déjà : ligne ignorée.", value: "BRD-075"))
        #expect(report[3] == ProductRowIssue(line: 7, column: "Référence", field: .reference,
                                             reason: "Même référence qu'à la ligne 2 du fichier : ligne ignorée.", value: "EV-50"))
        #expect(report[4...].map(\.column) == ["TVA", "Remise max", "Actif", "colonne 12"])
    }

    @Test("the plan with policy update overwrites the stored product")
    func planUpdate() throws {
        let parser = try ProductImportParser(data: file)
        let plan = ProductImportPlanner(existing: [("BRD-075", existingWine)], policy: .update)
            .plan(parser.rows(mapping: parser.suggestedMapping))
        #expect(plan.rows[2].action == .update(existing: existingWine))
        // The in-file duplicate is still skipped.
        #expect(plan.counts == ProductImportPlan.Counts(created: 3, updated: 1, skipped: 1, rejected: 3))
    }
}
