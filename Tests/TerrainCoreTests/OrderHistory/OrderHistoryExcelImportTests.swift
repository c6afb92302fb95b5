import Foundation
import Testing
import TerrainCore

/// An ERP's order history saved by French Excel as « CSV (séparateur : point-virgule) »:
/// Windows-1252 bytes, `;`, CRLF, French headers, decimal commas, `€`, « 10 % + 5 % »; then
/// parsed and planned end to end against two stored accounts and three stored products.
@Suite("Order history: an Excel (Windows-1252) file, parsed and planned")
struct OrderHistoryExcelImportTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    private let barDuPort = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!   // SIRET 390 098 424 00034
    private let cafeDeLaGare = UUID(uuidString: "00000000-0000-0000-0000-0000000000A2")! // SIRET 732 829 320 00074
    private let water = UUID(uuidString: "00000000-0000-0000-0000-0000000000B1")!        // EV-50, 5,5 %, cost 0,21
    private let wine = UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!         // BRD-075, 20 %, cost 4,10
    private let juice = UUID(uuidString: "00000000-0000-0000-0000-0000000000B3")!        // JUS-ORA-1L, 5,5 %, no cost

    private let lines = [
        "N° commande;Date;SIRET;Référence;Désignation;Qté;Prix unitaire HT;Remise;TVA;Type",                     // 1
        "CMD-2024-00012;05/03/2024;390 098 424 00034;EV-50;Eau minérale plate 50 cl;24;0,45 €;10 % + 5 %;5,5 %;Commande", // 2
        "CMD-2024-00012;05/03/2024;390 098 424 00034;brd-075;Bordeaux « Cœur de Gironde »;6;6,90;;;Commande",   // 3
        "CMD-2024-00013;2024-03-07;73282932000074;JUS-ORA-1L;Jus d'orange 1 L;12;1,85;5",                        // 4
        "CMD-2024-00013;07/03/2024;73282932000074;EV-50;Eau minérale plate 50 cl;48;0,45;0,1;;",                 // 5
        "AV-2024-00003;15/03/2024;390 098 424 00034;EV-50;Eau (retour casse);-4;0,45;10 % + 5 %;;",            // 6
        "CMD-2024-00014;20/03/2024;44306184100047;EV-50;Eau minérale plate 50 cl;10;0,45;;;Commande",           // 7
        "CMD-2024-00015;21/03/2024;39009842400034;XYZ-999;Produit mystère;1;10;;;Commande",                     // 8
        "CMD-2024-00015;21/03/2024;39009842400034;EV-50;Eau minérale plate 50 cl;24;0,45;;;Commande",           // 9
        "CMD-2025-00001;31/02/2025;39009842400034;EV-50;Eau minérale plate 50 cl;24;0,45;;;Commande",           // 10
        "CMD-2025-00001;28/02/2025;39009842400034;BRD-075;Bordeaux « Cœur de Gironde »;6;6,90;;;Commande",      // 11
        "CMD-2025-00002;03/03/2025;73282932000074;EV-50;Eau minérale plate 50 cl;24;0,45;;;Commande",           // 12
        "CMD-2025-00002;04/03/2025;73282932000074;BRD-075;Bordeaux « Cœur de Gironde »;6;6,90;;;Commande",      // 13
        "AV-2025-00001;10/03/2025;73282932000074;BRD-075;Bordeaux (avoir geste commercial);2;6,90;;20 %;Avoir", // 14
        ";;;;;;;;;",                                                                                            // 15 blank
    ]

    /// The text in Windows-1252, using the library's own byte → character table backwards.
    private func windows1252(_ text: String) -> Data {
        var table: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8.min...UInt8.max { table[Windows1252.scalar(byte)] = table[Windows1252.scalar(byte)] ?? byte }
        return Data(text.unicodeScalars.map { scalar -> UInt8 in
            guard let byte = table[scalar] else { Issue.record("not in Windows-1252: \(scalar)"); return 0x3F }
            return byte
        })
    }

    private var file: Data { windows1252(lines.joined(separator: "\r\n") + "\r\n") }

    private func planner(stored: Set<String> = []) -> OrderHistoryPlanner {
        OrderHistoryPlanner(
            accountsBySIRET: ["39009842400034": barDuPort, "732 829 320 00074": cafeDeLaGare],
            products: [
                "EV-50": .init(id: water, vatRate: .reduced, unitCost: d("0.21")),
                "brd-075": .init(id: wine, vatRate: .standard, unitCost: d("4.10")),
                "JUS-ORA-1L": .init(id: juice, vatRate: .reduced),
            ],
            storedOrderNumbers: stored)
    }

    private func plan(stored: Set<String> = []) throws -> OrderHistoryPlan {
        let parser = try OrderHistoryImportParser(data: file)
        return planner(stored: stored).plan(parser.rows(mapping: parser.suggestedMapping))
    }

    @Test("the bytes are Windows-1252 and the dialect and mapping are detected")
    func dialectAndMapping() throws {
        let data = file
        #expect(Array(data.prefix(2)) == [0x4E, 0xB0])           // "N°": ° is the single byte 0xB0
        #expect(data.contains(0x80) && data.contains(0x9C))      // € and œ
        #expect(String(data: data, encoding: .utf8) == nil)
        let parser = try OrderHistoryImportParser(data: data)
        #expect(parser.dialect == CSVDialect(separator: UInt8(ascii: ";"), encoding: .windows1252, lineEnding: .crlf))
        #expect(parser.headers[0] == "N° commande")
        // « Désignation » feeds nothing: the product's name comes from the catalogue.
        #expect(parser.suggestedMapping.fields == [
            .orderNumber, .date, .accountSIRET, .productReference, nil, .quantity, .unitPrice, .discount, .vatRate, .kind,
        ])
        #expect(parser.suggestedMapping.missingRequiredFields.isEmpty)
    }

    @Test("exact rows: values normalised, the impossible date refused, the blank line skipped")
    func rows() throws {
        let parser = try OrderHistoryImportParser(data: file)
        let rows = Array(parser.rows(mapping: parser.suggestedMapping))
        #expect(rows.map(\.line) == Array(2...14))               // line 15 (;;;;;;;;;) is blank
        // Line 2: spaces of the SIRET removed; "0,45 €" → 0.45; "10 % + 5 %" → [0.10, 0.05];
        // "5,5 %" → reduced; « Commande » → order.
        #expect(rows[0] == .valid(OrderHistoryRow(
            line: 2, orderNumber: "CMD-2024-00012", date: LocalDate(year: 2024, month: 3, day: 5)!,
            accountSIRET: "39009842400034", productReference: "EV-50", kind: .order, quantity: 24,
            unitPrice: d("0.45"), discounts: [d("0.10"), d("0.05")], vatRate: .reduced)))
        // Line 3: "brd-075" upper-cased; no discount, no VAT in the file.
        #expect(rows[1].row?.productReference == "BRD-075")
        #expect(rows[1].row?.discounts == [])
        #expect(rows[1].row?.vatRate == nil)
        // Line 4: ISO date; only 8 cells (TVA and Type missing: tolerated); "5" (1 or more, no %)
        // is 5 % = 0.05; no type and a positive quantity → order.
        #expect(rows[2] == .valid(OrderHistoryRow(
            line: 4, orderNumber: "CMD-2024-00013", date: LocalDate(year: 2024, month: 3, day: 7)!,
            accountSIRET: "73282932000074", productReference: "JUS-ORA-1L", kind: .order, quantity: 12,
            unitPrice: d("1.85"), discounts: [d("0.05")])))
        // Line 5: "0,1" (below 1, no %) is already the fraction 0.10.
        #expect(rows[3].row?.discounts == [d("0.10")])
        // Line 6: blank type and quantity −4 → a credit-note line, quantity kept at −4.
        #expect(rows[4].row?.kind == .creditNote)
        #expect(rows[4].row?.quantity == -4)
        // Line 10: 31/02/2025 does not exist (never rolled over to 3 March): the row is invalid,
        // but its order number is kept so that the planner rejects line 11 with it.
        #expect(rows[8] == .invalid(line: 10, orderNumber: "CMD-2025-00001", issues: [
            OrderHistoryRowIssue(line: 10, column: "Date", field: .date,
                                 reason: "La date doit être une date qui existe, au format jj/mm/aaaa (par exemple 31/08/2008).",
                                 value: "31/02/2025"),
        ]))
        // Line 14: « Avoir » with quantity 2 → stored as −2; "20 %" from the file.
        #expect(rows[12].row?.kind == .creditNote)
        #expect(rows[12].row?.quantity == -2)
        #expect(rows[12].row?.vatRate == .standard)
    }

    @Test("the plan: counts, created orders and their lines")
    func planOrders() throws {
        let plan = try plan()
        // Created: CMD-2024-00012 (lines 2, 3), CMD-2024-00013 (4, 5), AV-2024-00003 (6),
        // AV-2025-00001 (14) → 4 orders, 6 lines. Rejected: 7 (unknown SIRET), 8 (unknown product),
        // 9 (same order as 8), 10 (impossible date), 11 (same order as 10), 12 and 13 (dates
        // disagree) → 7 rows. Nothing stored yet → nothing skipped.
        #expect(plan.counts == OrderHistoryPlan.Counts(ordersCreated: 4, linesCreated: 6, rowsRejected: 7,
                                                       ordersSkipped: 0, rowsSkipped: 0))
        #expect(plan.orders.map(\.number) == ["CMD-2024-00012", "CMD-2024-00013", "AV-2024-00003", "AV-2025-00001"])
        #expect(plan.orders.map(\.kind) == [.order, .order, .creditNote, .creditNote])
        #expect(plan.orders.map(\.accountID) == [barDuPort, cafeDeLaGare, barDuPort, cafeDeLaGare])
        // Line 4 is ISO, line 5 French: the same day, so no conflict.
        #expect(plan.orders[1].date == LocalDate(year: 2024, month: 3, day: 7))
        // The lines: the file's VAT rate where given (lines 2 and 14), else the product's; the
        // product's unit cost (the juice has none).
        #expect(plan.orders[0].lines == [
            .init(line: 2, productID: water, productReference: "EV-50", orderLine: OrderLine(
                quantity: 24, unitPrice: d("0.45"), discounts: [d("0.10"), d("0.05")], vatRate: .reduced, unitCost: d("0.21"))),
            .init(line: 3, productID: wine, productReference: "BRD-075", orderLine: OrderLine(
                quantity: 6, unitPrice: d("6.90"), vatRate: .standard, unitCost: d("4.10"))),
        ])
        #expect(plan.orders[1].lines.map(\.orderLine) == [
            OrderLine(quantity: 12, unitPrice: d("1.85"), discounts: [d("0.05")], vatRate: .reduced),
            OrderLine(quantity: 48, unitPrice: d("0.45"), discounts: [d("0.10")], vatRate: .reduced, unitCost: d("0.21")),
        ])
        #expect(plan.orders[2].lines.map(\.orderLine) == [
            OrderLine(quantity: -4, unitPrice: d("0.45"), discounts: [d("0.10"), d("0.05")], vatRate: .reduced, unitCost: d("0.21")),
        ])
        #expect(plan.orders[3].lines.map(\.orderLine) == [
            OrderLine(quantity: -2, unitPrice: d("6.90"), vatRate: .standard, unitCost: d("4.10")),
        ])
        // Highest sequence per prefix and year, over the created orders only (CMD-2024-00014
        // and -00015 and both CMD-2025 orders are rejected).
        #expect(plan.highestSequences == ["CMD-2024": 13, "AV-2024": 3, "AV-2025": 1])
    }

    @Test("the totals of the created orders, worked by hand")
    func totals() throws {
        let plan = try plan()
        // CMD-2024-00012.
        // Line 2: 0,45 × 0,90 × 0,95 = 0,38475 net; × 24 = 9,234 → 9,23 € (5,5 %).
        // Line 3: 6 × 6,90 = 41,40 € (20 %).
        // HT = 9,23 + 41,40 = 50,63. VAT 20 %: 41,40 × 0,20 = 8,28; 5,5 %: 9,23 × 0,055 =
        // 0,50765 → 0,51. VAT = 8,79; TTC = 59,42.
        // Cost: 24 × 0,21 = 5,04 + 6 × 4,10 = 24,60 → 29,64; margin 50,63 − 29,64 = 20,99.
        let first = plan.orders[0].totals
        #expect(first.totalExcludingVAT == d("50.63"))
        #expect(first.vatBreakdown == [
            VATSubtotal(rate: .standard, base: d("41.40"), vat: d("8.28")),
            VATSubtotal(rate: .reduced, base: d("9.23"), vat: d("0.51")),
        ])
        #expect(first.totalVAT == d("8.79"))
        #expect(first.totalIncludingVAT == d("59.42"))
        #expect(first.totalCost == d("29.64"))
        #expect(first.grossMargin == d("20.99"))
        // CMD-2024-00013: 12 × 1,85 × 0,95 = 21,09; 48 × 0,45 × 0,90 = 19,44; HT 40,53 (all
        // 5,5 %): VAT 40,53 × 0,055 = 2,22915 → 2,23; TTC 42,76. The juice has no cost, so the
        // order has none (a margin on part of the lines would overstate it).
        let second = plan.orders[1].totals
        #expect(second.totalExcludingVAT == d("40.53"))
        #expect(second.totalVAT == d("2.23"))
        #expect(second.totalIncludingVAT == d("42.76"))
        #expect(second.totalCost == nil)
        // AV-2024-00003: −4 × 0,38475 = −1,539 → −1,54; VAT −1,54 × 0,055 = −0,0847 → −0,08;
        // TTC −1,62; cost −4 × 0,21 = −0,84.
        let credit = plan.orders[2].totals
        #expect(credit.totalExcludingVAT == d("-1.54"))
        #expect(credit.totalVAT == d("-0.08"))
        #expect(credit.totalIncludingVAT == d("-1.62"))
        #expect(credit.totalCost == d("-0.84"))
        // AV-2025-00001: −2 × 6,90 = −13,80; VAT 20 % −2,76; TTC −16,56.
        #expect(plan.orders[3].totals.totalIncludingVAT == d("-16.56"))
    }

    @Test("the plan: exact issues of the rejected rows")
    func rejected() throws {
        let plan = try plan()
        #expect(plan.rejected.map(\.line) == [7, 8, 9, 10, 11, 12, 13])
        #expect(plan.rejected.map(\.orderNumber) == [
            "CMD-2024-00014", "CMD-2024-00015", "CMD-2024-00015", "CMD-2025-00001", "CMD-2025-00001",
            "CMD-2025-00002", "CMD-2025-00002",
        ])
        let sameDate = "Commande CMD-2025-00002 : la ligne 13 porte la date du 04/03/2025, la ligne 12 celle du 03/03/2025 ; toutes les lignes d'une commande doivent avoir la même date."
        #expect(plan.report() == [
            // 7: the SIRET is valid but no stored account has it.
            OrderHistoryRowIssue(line: 7, column: "SIRET", field: .accountSIRET,
                                 reason: "Compte inconnu : SIRET 44306184100047 — importez d'abord le fichier clients.",
                                 value: "44306184100047"),
            // 8: unknown product; 9: a good row, rejected because its order is (never half an order).
            OrderHistoryRowIssue(line: 8, column: "Référence", field: .productReference,
                                 reason: "Produit inconnu : référence XYZ-999 — importez d'abord le catalogue.", value: "XYZ-999"),
            OrderHistoryRowIssue(line: 9, column: "N° commande", field: .orderNumber,
                                 reason: "Commande CMD-2024-00015 non importée : la ligne 8 de cette commande est en erreur (une commande n'est jamais importée à moitié).",
                                 value: "CMD-2024-00015"),
            // 10: the parser's issue; 11: rejected with its order.
            OrderHistoryRowIssue(line: 10, column: "Date", field: .date,
                                 reason: "La date doit être une date qui existe, au format jj/mm/aaaa (par exemple 31/08/2008).",
                                 value: "31/02/2025"),
            OrderHistoryRowIssue(line: 11, column: "N° commande", field: .orderNumber,
                                 reason: "Commande CMD-2025-00001 non importée : la ligne 10 de cette commande est en erreur (une commande n'est jamais importée à moitié).",
                                 value: "CMD-2025-00001"),
            // 12 and 13: the same reason on both rows, each with its own date.
            OrderHistoryRowIssue(line: 12, column: "Date", field: .date, reason: sameDate, value: "03/03/2025"),
            OrderHistoryRowIssue(line: 13, column: "Date", field: .date, reason: sameDate, value: "04/03/2025"),
        ])
    }

    @Test("importing the same file again creates nothing")
    func reimport() throws {
        let first = try plan()
        let second = try plan(stored: Set(first.orders.map(\.number)))
        // The 4 created orders are skipped (6 rows); the 7 rejected rows are rejected again.
        #expect(second.counts == OrderHistoryPlan.Counts(ordersCreated: 0, linesCreated: 0, rowsRejected: 7,
                                                         ordersSkipped: 4, rowsSkipped: 6))
        #expect(second.orders.isEmpty)
        #expect(second.highestSequences.isEmpty)
        #expect(second.skipped == [
            .init(number: "CMD-2024-00012", lines: [2, 3]), .init(number: "CMD-2024-00013", lines: [4, 5]),
            .init(number: "AV-2024-00003", lines: [6]), .init(number: "AV-2025-00001", lines: [14]),
        ])
        let report = second.report()
        #expect(report.map(\.line) == Array(2...14))
        #expect(report[0] == OrderHistoryRowIssue(
            line: 2, column: "N° commande", field: .orderNumber,
            reason: "Commande CMD-2024-00012 déjà enregistrée : ligne ignorée (importer à nouveau le même fichier ne crée rien).",
            value: "CMD-2024-00012"))
        #expect(second.rejected == first.rejected)
    }
}
