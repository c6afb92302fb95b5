import Foundation
import Testing
import TerrainCore

@Suite("Catalogue: import planner")
struct CatalogueImportPlannerTests {
    private func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    private func valid(_ line: Int, _ reference: String) -> ParsedProductRow {
        .valid(line: line, draft: ProductDraft(reference: reference, name: "Produit \(line)", listPrice: 1, vatRate: .standard))
    }
    private let invalidLine3 = ParsedProductRow.invalid(line: 3, issues: [
        ProductRowIssue(line: 3, column: "Désignation", field: .name, reason: "Ce champ est obligatoire : saisissez une valeur.", value: ""),
    ])

    @Test("the first row of a reference wins; later ones are skipped with its line")
    func duplicatesInFile() {
        let plan = ProductImportPlanner(existing: [], policy: .skip).plan([valid(2, "A"), valid(4, "B"), valid(5, "A"), valid(9, "A")])
        // A on 2, 5, 9: 5 and 9 both point at 2 (the first), not at each other.
        #expect(plan.rows.map(\.action) == [.create, .create, .skip(.duplicateReferenceInFile(firstLine: 2)),
                                            .skip(.duplicateReferenceInFile(firstLine: 2))])
        #expect(ProductImportSkipReason.duplicateReferenceInFile(firstLine: 2).message(.fr)
                == "Même référence qu'à la ligne 2 du fichier : ligne ignorée.")
        #expect(ProductImportSkipReason.duplicateReferenceInFile(firstLine: 2).message(.en)
                == "Same reference as line 2 of the file: row skipped.")
    }

    @Test("an invalid earlier row does not make a later one a duplicate")
    func invalidDoesNotCount() {
        // Line 3 is invalid (whatever its reference): line 6 is created.
        let plan = ProductImportPlanner(existing: [], policy: .skip).plan([invalidLine3, valid(6, "A")])
        #expect(plan.rows.map(\.action) == [.create])
        #expect(plan.rejected == [ProductImportPlan.Rejected(line: 3, issues: invalidLine3.issues)])
        #expect(plan.counts == ProductImportPlan.Counts(created: 1, updated: 0, skipped: 0, rejected: 1))
    }

    @Test("stored references, compared trimmed and upper-cased, with each policy")
    func existing() {
        let stored = [(reference: " a ", id: id(1)), (reference: "B", id: id(2)), (reference: "b", id: id(3))]
        let rows = [valid(2, "A"), valid(3, "B"), valid(4, "C")]
        let skip = ProductImportPlanner(existing: stored, policy: .skip)
        #expect(skip.existing == ["A": id(1), "B": id(2)])   // "b" gives the key of "B": the first is kept
        #expect(skip.plan(rows).rows.map(\.action) == [.skip(.existingReference(existing: id(1))),
                                                        .skip(.existingReference(existing: id(2))), .create])
        let update = ProductImportPlanner(existing: stored, policy: .update)
        #expect(update.plan(rows).rows.map(\.action) == [.update(existing: id(1)), .update(existing: id(2)), .create])
        #expect(update.plan(rows).counts == ProductImportPlan.Counts(created: 1, updated: 2, skipped: 0, rejected: 0))
    }

    @Test("a file duplicate of a stored reference: the first row follows the policy, the later is skipped")
    func bothKinds() {
        let plan = ProductImportPlanner(existing: [("A", id(1))], policy: .update).plan([valid(2, "A"), valid(3, "A")])
        #expect(plan.rows.map(\.action) == [.update(existing: id(1)), .skip(.duplicateReferenceInFile(firstLine: 2))])
    }

    @Test("the report in English words the skips in English")
    func reportLanguage() {
        let plan = ProductImportPlanner(existing: [("A", id(1))], policy: .skip).plan([valid(2, "A"), invalidLine3])
        #expect(plan.report(.en) == [
            ProductRowIssue(line: 2, column: "Reference", field: .reference,
                            reason: "A product with this reference already exists: row skipped.", value: "A"),
            invalidLine3.issues[0],
        ])
    }
}
