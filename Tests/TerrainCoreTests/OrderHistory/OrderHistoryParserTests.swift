import Foundation
import Testing
import TerrainCore

@Suite("Order history: values, header synonyms and row issues")
struct OrderHistoryParserTests {
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test("successive discounts in one cell")
    func discounts() {
        // Each part is read like the catalogue's rates: with %, a percentage; without, below 1 a
        // fraction, 1 or more a percentage.
        #expect(OrderHistoryValueParsing.parseDiscounts("10 % + 5 %") == [d("0.10"), d("0.05")])
        #expect(OrderHistoryValueParsing.parseDiscounts("10;5") == [d("0.10"), d("0.05")])
        #expect(OrderHistoryValueParsing.parseDiscounts("5,5 %+2") == [d("0.055"), d("0.02")])
        #expect(OrderHistoryValueParsing.parseDiscounts("0,15") == [d("0.15")])
        #expect(OrderHistoryValueParsing.parseDiscounts("100 %") == [1])          // a free line
        // Blank, or zero rates only: no discount.
        #expect(OrderHistoryValueParsing.parseDiscounts("") == [])
        #expect(OrderHistoryValueParsing.parseDiscounts("  ") == [])
        #expect(OrderHistoryValueParsing.parseDiscounts("0") == [])
        #expect(OrderHistoryValueParsing.parseDiscounts("0,00 % + 10 %") == [d("0.10")])
        // Refused: above 100 %, negative, an empty part, not a number.
        #expect(OrderHistoryValueParsing.parseDiscounts("150 %") == nil)
        #expect(OrderHistoryValueParsing.parseDiscounts("-5 %") == nil)
        #expect(OrderHistoryValueParsing.parseDiscounts("10 % +") == nil)
        #expect(OrderHistoryValueParsing.parseDiscounts("dix") == nil)
    }

    @Test("document types")
    func kinds() {
        #expect(OrderHistoryValueParsing.parseKind("Commande") == .order)
        #expect(OrderHistoryValueParsing.parseKind("CDE") == .order)
        #expect(OrderHistoryValueParsing.parseKind("order") == .order)
        #expect(OrderHistoryValueParsing.parseKind("AVOIR") == .creditNote)
        #expect(OrderHistoryValueParsing.parseKind("Crédit") == .creditNote)
        #expect(OrderHistoryValueParsing.parseKind("credit note") == .creditNote)
        #expect(OrderHistoryValueParsing.parseKind("facture") == nil)
    }

    @Test("header synonyms, French and English")
    func synonyms() {
        let french = OrderHistoryColumnMapping.automatic(headers: [
            "Numéro de commande", "Date de commande", "SIRET client", "Code client", "Réf article", "Quantité",
            "PU HT", "Remises", "Taux de TVA", "Type de pièce",
        ])
        #expect(french.fields == OrderHistoryField.allCases.map { Optional($0) })
        let english = OrderHistoryColumnMapping.automatic(headers: [
            "n° pièce", "order date", "siret", "account reference", "SKU", "qty", "unit price", "discount", "VAT", "kind",
        ])
        #expect(english.fields == OrderHistoryField.allCases.map { Optional($0) })
        // « Client » and « Article » usually hold names, not codes: left unmapped. « Qté », « N°
        // commande », « ref article » as the brief lists them.
        #expect(OrderHistoryColumnMapping.automatic(headers: ["Client", "Article", "Qté", "N° commande", "ref article"]).fields
            == [nil, nil, .quantity, .orderNumber, .productReference])
        // Required columns: a SIRET or a code client is enough for the account.
        #expect(OrderHistoryColumnMapping(fields: [.orderNumber, .date, .productReference, .quantity, .unitPrice])
            .missingRequiredFields == [.accountSIRET])
        #expect(OrderHistoryColumnMapping(fields: [.orderNumber, .accountReference, .productReference, .unitPrice])
            .missingRequiredFields == [.date, .quantity])
    }

    /// A UTF-8 file with `,`, LF and English headers, accounts by code client, no VAT column.
    private let file = Data("""
        order number,order date,customer code,sku,qty,unit price,discount,kind
        C-1,2025-01-10,c042,ev-50,"1,5",0.45,,order
        C-1,2025-01-10,C042,BRD-075,6,6.90 EUR,,
        C-2,10/01/2025,,EV 50,0,-1,150 %,peut-être,extra
        C-3,10/01/2025,C042,EV-50,-3,0.45,,commande
        ,10/01/2025,C042,EV-50,3,0.45

        """.utf8)

    @Test("every issue of a row, in field order, under the file's column names")
    func rowIssues() throws {
        let parser = try OrderHistoryImportParser(data: file)
        #expect(parser.dialect == CSVDialect(separator: UInt8(ascii: ","), encoding: .utf8, lineEnding: .lf))
        #expect(parser.suggestedMapping.fields == [.orderNumber, .date, .accountReference, .productReference, .quantity,
                                                   .unitPrice, .discount, .kind])
        let rows = Array(parser.rows(mapping: parser.suggestedMapping))
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6])
        // Line 2: the code client as written (the planner compares it upper-cased); "1,5"
        // quoted → 1.5.
        #expect(rows[0] == .valid(OrderHistoryRow(
            line: 2, orderNumber: "C-1", date: LocalDate(year: 2025, month: 1, day: 10)!, accountSIRET: nil,
            accountReference: "c042", productReference: "EV-50", kind: .order, quantity: d("1.5"), unitPrice: d("0.45"))))
        // Line 3: "6.90 EUR" → 6.90; blank kind and positive quantity → order.
        #expect(rows[1].row?.unitPrice == d("6.90"))
        #expect(rows[1].row?.kind == .order)
        // Line 4: six cell issues in field order, then the extra ninth cell.
        #expect(rows[2] == .invalid(line: 4, orderNumber: "C-2", issues: [
            OrderHistoryRowIssue(line: 4, column: "customer code", field: .accountReference,
                                 reason: "Indiquez le SIRET du client ou son code client : l'un des deux est obligatoire.", value: ""),
            OrderHistoryRowIssue(line: 4, column: "sku", field: .productReference,
                                 reason: ValidationIssue.invalidReference.message(.fr), value: "EV 50"),
            OrderHistoryRowIssue(line: 4, column: "qty", field: .quantity,
                                 reason: "La quantité ne peut pas être nulle : une ligne de commande porte au moins une unité.", value: "0"),
            OrderHistoryRowIssue(line: 4, column: "unit price", field: .unitPrice,
                                 reason: "Le prix unitaire HT ne peut pas être négatif : pour un avoir, gardez le prix positif et indiquez « avoir » comme type de pièce (ou une quantité négative).",
                                 value: "-1"),
            OrderHistoryRowIssue(line: 4, column: "discount", field: .discount,
                                 reason: "La remise doit être un pourcentage entre 0 % et 100 % (par exemple 10 % ou 0,10) ; plusieurs remises successives s'écrivent « 10 % + 5 % ».",
                                 value: "150 %"),
            OrderHistoryRowIssue(line: 4, column: "kind", field: .kind,
                                 reason: "Le type de pièce doit être « commande » ou « avoir ».", value: "peut-être"),
            OrderHistoryRowIssue(line: 4, column: "colonne 9",
                                 reason: "Cellule en trop non vide en colonne 9 : l'en-tête n'a que 8 colonnes. Vérifiez le séparateur et les guillemets de cette ligne.",
                                 value: "extra"),
        ]))
        // Line 5: a negative quantity on an explicit « commande » is refused.
        #expect(rows[3] == .invalid(line: 5, orderNumber: "C-3", issues: [
            OrderHistoryRowIssue(line: 5, column: "qty", field: .quantity,
                                 reason: "Une commande ne peut pas avoir de quantité négative : pour un retour, indiquez « avoir » comme type de pièce.",
                                 value: "-3"),
        ]))
        // Line 6: no order number (kind missing at the end of the row: tolerated).
        #expect(rows[4] == .invalid(line: 6, orderNumber: nil, issues: [
            OrderHistoryRowIssue(line: 6, column: "order number", field: .orderNumber,
                                 reason: "Ce champ est obligatoire : saisissez une valeur.", value: ""),
        ]))
    }

    @Test("the plan of that file: accounts by code client, VAT from the catalogue")
    func planByCodeClient() throws {
        let parser = try OrderHistoryImportParser(data: file)
        let account = UUID(uuidString: "00000000-0000-0000-0000-0000000000C4")!
        let water = UUID(uuidString: "00000000-0000-0000-0000-0000000000D1")!
        let wine = UUID(uuidString: "00000000-0000-0000-0000-0000000000D2")!
        let plan = OrderHistoryPlanner(
            accountsBySIRET: [:], accountsByReference: [" C042 ": account],
            products: ["EV-50": .init(id: water, vatRate: .reduced), "BRD-075": .init(id: wine, vatRate: .standard)],
            storedOrderNumbers: []
        ).plan(parser.rows(mapping: parser.suggestedMapping))
        // C-1 (lines 2, 3) is created; lines 4, 5, 6 are rejected with their parser issues only.
        #expect(plan.counts == .init(ordersCreated: 1, linesCreated: 2, rowsRejected: 3, ordersSkipped: 0, rowsSkipped: 0))
        #expect(plan.orders.first?.accountID == account)
        #expect(plan.orders.first?.lines.map(\.orderLine.vatRate) == [.reduced, .standard])
        #expect(plan.rejected.map(\.orderNumber) == ["C-2", "C-3", nil])
        #expect(plan.rejected.map(\.issues.count) == [7, 1, 1])
        #expect(plan.highestSequences == [:])      // C-1 is not PREFIX-YYYY-N
    }
}
