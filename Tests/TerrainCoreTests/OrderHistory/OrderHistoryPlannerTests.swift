import Foundation
import Testing
import TerrainCore

@Suite("Order history: grouping, agreement within an order, account matching, sequences")
struct OrderHistoryPlannerTests {
    private let accountA = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!   // SIRET 39009842400034, code A1
    private let accountB = UUID(uuidString: "00000000-0000-0000-0000-0000000000A2")!   // SIRET 73282932000074, code B2
    private let product = UUID(uuidString: "00000000-0000-0000-0000-0000000000B1")!
    private let day = LocalDate(year: 2024, month: 6, day: 3)!

    private var planner: OrderHistoryPlanner {
        OrderHistoryPlanner(
            accountsBySIRET: ["39009842400034": accountA, "73282932000074": accountB],
            accountsByReference: ["a1": accountA, "B2": accountB],
            products: ["EV-50": .init(id: product, vatRate: .reduced)],
            storedOrderNumbers: [" CMD-2024-00001 "])
    }

    /// A valid row: order `number`, account A by SIRET, 1 × EV-50 at 1 €, unless told otherwise.
    private func row(_ line: Int, _ number: String, date: LocalDate? = nil, siret: String? = "39009842400034",
                     code: String? = nil, product: String = "EV-50", quantity: Decimal = 1,
                     kind: OrderHistoryKind = .order) -> ParsedOrderHistoryRow {
        .valid(OrderHistoryRow(line: line, orderNumber: number, date: date ?? day, accountSIRET: siret,
                               accountReference: code, productReference: product, kind: kind,
                               quantity: quantity, unitPrice: 1))
    }

    @Test("rows of one order are grouped wherever they are, lines in file order")
    func grouping() {
        let plan = planner.plan([row(2, "X-1", quantity: 1), row(3, "X-2"), row(4, "X-1", quantity: 4)])
        #expect(plan.orders.map(\.number) == ["X-1", "X-2"])
        #expect(plan.orders[0].lines.map(\.line) == [2, 4])
        #expect(plan.orders[0].lines.map(\.orderLine.quantity) == [1, 4])
        // No VAT in the rows: the product's 5,5 %; no cost known.
        #expect(plan.orders[0].lines[0].orderLine == OrderLine(quantity: 1, unitPrice: 1, vatRate: .reduced))
    }

    @Test("an order mixing order and credit-note lines is rejected on every row")
    func kindConflict() {
        // Without a type column, quantity −2 made line 3 a credit-note line (stored −2).
        let plan = planner.plan([row(2, "X-1", quantity: 5), row(3, "X-1", quantity: -2, kind: .creditNote)])
        #expect(plan.orders.isEmpty)
        let reason = "Commande X-1 : la ligne 3 est un avoir, la ligne 2 une commande ; une pièce est une commande ou un avoir, pas les deux (sans type de pièce, une quantité négative fait de la ligne un avoir)."
        #expect(plan.report() == [
            OrderHistoryRowIssue(line: 2, column: "Type de pièce", field: .kind, reason: reason, value: "commande"),
            OrderHistoryRowIssue(line: 3, column: "Type de pièce", field: .kind, reason: reason, value: "avoir"),
        ])
    }

    @Test("an order naming two customers is rejected on every row, under the file's column name")
    func accountConflict() {
        let plan = planner.plan([row(4, "X-2"), row(5, "X-2", siret: "73282932000074")],
                                columnNames: [.accountSIRET: "Siret du client"])
        let reason = "Commande X-2 : la ligne 5 désigne le client SIRET 73282932000074, la ligne 4 le client SIRET 39009842400034 ; toutes les lignes d'une commande doivent avoir le même client."
        #expect(plan.report() == [
            OrderHistoryRowIssue(line: 4, column: "Siret du client", field: .accountSIRET, reason: reason, value: "39009842400034"),
            OrderHistoryRowIssue(line: 5, column: "Siret du client", field: .accountSIRET, reason: reason, value: "73282932000074"),
        ])
    }

    @Test("accounts: by SIRET, else by code client (upper-cased); two accounts named at once are refused")
    func accounts() {
        let plan = planner.plan([
            row(2, "X-1", siret: "44306184100047", code: "b2"),   // unknown SIRET, known code → B
            row(3, "X-2", siret: nil, code: " A1 "),              // code only → A
            row(4, "X-3", siret: "39009842400034", code: "B2"),   // SIRET says A, code says B
            row(5, "X-4", siret: nil, code: "Z9"),                // unknown code
        ])
        #expect(plan.orders.map(\.accountID) == [accountB, accountA])
        #expect(plan.report() == [
            OrderHistoryRowIssue(line: 4, column: "SIRET client", field: .accountSIRET,
                                 reason: "Le SIRET 39009842400034 et le code client B2 désignent deux comptes différents : corrigez l'un des deux.",
                                 value: "39009842400034"),
            OrderHistoryRowIssue(line: 5, column: "Code client", field: .accountReference,
                                 reason: "Compte inconnu : code client Z9 — importez d'abord le fichier clients.", value: "Z9"),
        ])
    }

    @Test("several bad rows are all named on the good rows of their order")
    func wholeOrder() {
        let invalid = ParsedOrderHistoryRow.invalid(line: 4, orderNumber: "X-1", issues: [
            OrderHistoryRowIssue(line: 4, column: "Qté", field: .quantity, reason: "…", value: "abc"),
        ])
        let orphan = ParsedOrderHistoryRow.invalid(line: 6, orderNumber: nil, issues: [
            OrderHistoryRowIssue(line: 6, column: "N° commande", field: .orderNumber, reason: "…", value: ""),
        ])
        let plan = planner.plan([row(2, "X-1", product: "NOPE"), row(3, "X-1"), invalid, row(5, "X-1"), orphan])
        #expect(plan.counts == .init(ordersCreated: 0, linesCreated: 0, rowsRejected: 5, ordersSkipped: 0, rowsSkipped: 0))
        let reason = "Commande X-1 non importée : les lignes 2 et 4 de cette commande sont en erreur (une commande n'est jamais importée à moitié)."
        #expect(plan.rejected.map(\.line) == [2, 3, 4, 5, 6])
        #expect(plan.rejected[1].issues == [
            OrderHistoryRowIssue(line: 3, column: "N° de commande", field: .orderNumber, reason: reason, value: "X-1"),
        ])
        #expect(plan.rejected[3].issues.map(\.reason) == [reason])
        #expect(plan.rejected[0].issues.map(\.reason) == ["Produit inconnu : référence NOPE — importez d'abord le catalogue."])
        #expect(plan.rejected[4].orderNumber == nil)
    }

    @Test("stored numbers are skipped (compared trimmed); sequences per prefix and year")
    func skippedAndSequences() {
        let plan = planner.plan([
            row(2, "CMD-2024-00001"), row(3, "CMD-2024-7"), row(4, "CMD-2024-00012"), row(5, "cmd-2024-00099"),
            row(6, "F2024/12"), row(7, "CMD-2023-00100"), row(8, "AV-2024-00002", quantity: -1, kind: .creditNote),
        ])
        #expect(plan.skipped == [.init(number: "CMD-2024-00001", lines: [2])])
        #expect(plan.counts == .init(ordersCreated: 6, linesCreated: 6, rowsRejected: 0, ordersSkipped: 1, rowsSkipped: 1))
        // CMD-2024: max(7, 12) = 12 (the skipped 00001 is not counted); the lower-case and
        // slashed numbers do not match ^([A-Z]+)-(\d{4})-(\d+)$.
        #expect(plan.highestSequences == ["CMD-2024": 12, "CMD-2023": 100, "AV-2024": 2])
    }
}
