import Foundation
import Testing
import TerrainCore

/// Fixed UUIDs for readable expectations.
func uuid(_ n: Int) -> UUID {
    UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
}

// Valid SIRETs used below (Luhn totals, doubled digits from the left at odd positions):
// 39009842400034 → 60 (see IdentifiersTests); 39051825600024 (SIRENE row 3) → doubled
// 3→6, 0, 1→2, 2→4, 6→12→3, 0, 2→4 = 19; kept 9+5+8+5+0+0+4 = 31; total 50.
// 39121549800018 (SIRENE row 4) → doubled 3→6, 1→2, 1→2, 4→8, 8→16→7, 0, 1→2 = 27; kept 9+2+5+9+0+0+8 = 33; 60.
let siretA = "39009842400034"
let siretB = "39051825600024"
let siretC = "39121549800018"

@Suite("Duplicate index")
struct DuplicateIndexTests {
    @Test("the SIRETs used in these tests are valid")
    func fixtures() {
        #expect([siretA, siretB, siretC].allSatisfy(Identifiers.isValidSIRET))
    }

    @Test("same SIRET")
    func sameSIRET() {
        var index = DuplicateIndex<Int>()
        index.insert(AccountDraft(siret: siretA, legalName: "Bar Pierre", postalCode: "13002"), id: 1)
        let found = index.matches(AccountDraft(siret: siretA, legalName: "Autre nom"))
        #expect(found.map(\.id) == [1])
        #expect(found.map(\.reason) == [.siret])
    }

    @Test("same folded name and postal code, SIRETs different or missing")
    func nameAndPostalCode() {
        var index = DuplicateIndex<Int>()
        index.insert(AccountDraft(siret: siretA, legalName: "SARL Bar Terminus", postalCode: "13012"), id: 1)
        index.insert(AccountDraft(legalName: "Bar Terminus", postalCode: "13012"), id: 2)
        index.insert(AccountDraft(siret: siretC, legalName: "Bar Terminus", postalCode: "13013"), id: 3)
        // "BAR TERMINUS" folds like "SARL Bar Terminus" (legal form dropped) and like "Bar Terminus".
        let found = index.matches(AccountDraft(siret: siretB, legalName: "BAR TERMINUS", postalCode: "13012"))
        #expect(found.map(\.id) == [1, 2])
        #expect(found.allSatisfy { $0.reason == .nameAndPostalCode })
        // Same SIRET and same name: a SIRET match only, reported once.
        let same = index.matches(AccountDraft(siret: siretA, legalName: "Bar Terminus", postalCode: "13012"))
        #expect(same.map(\.id) == [1, 2])
        #expect(same.map(\.reason) == [.siret, .nameAndPostalCode])
        // No postal code: no name match.
        #expect(index.matches(AccountDraft(legalName: "Bar Terminus")).isEmpty)
    }

    @Test("same e-mail or phone, each account once with its strongest reason")
    func emailAndPhone() {
        var index = DuplicateIndex<Int>()
        index.insert(siret: nil, name: "Le Zinc", postalCode: "13001", email: "contact@zinc.fr", phone: nil, id: 1)
        index.insert(siret: nil, name: "Autre", postalCode: nil, email: nil, phone: "+33491234567", id: 2)
        index.insert(siret: nil, name: "Le Zinc", postalCode: "13001", email: "contact@zinc.fr",
                     phone: "+33491234567", id: 3)
        let found = index.matches(AccountDraft(legalName: "Zinc Bar", phone: "+33491234567", email: "contact@zinc.fr"))
        #expect(found.map(\.id) == [1, 3, 2])
        #expect(found.map(\.reason) == [.email, .email, .phone])
        #expect(index.count == 3)
    }
}

@Suite("Import planning")
struct ImportPlannerTests {
    func row(_ line: Int, siret: String? = nil, name: String, postalCode: String? = nil,
             email: String? = nil, phone: String? = nil) -> ParsedRow {
        .valid(line: line, draft: AccountDraft(siret: siret, legalName: name, postalCode: postalCode,
                                               phone: phone, email: email))
    }

    @Test("create, skip a SIRET repeated in the file, reject invalid rows")
    func inFile() {
        let rejected = RowIssue(line: 4, column: "nom", field: .legalName, reason: "obligatoire", value: "")
        let plan = ImportPlanner(existing: DuplicateIndex(), policy: .skip).plan([
            row(2, siret: siretA, name: "Bar A"),
            row(3, siret: siretA, name: "Bar A bis"),
            .invalid(line: 4, issues: [rejected]),
            row(5, name: "Sans SIRET"),
        ])
        #expect(plan.rows.map(\.action) == [.create, .skip(.duplicateSIRETInFile(firstLine: 2)), .create])
        #expect(plan.rejected == [ImportPlan.Rejected(line: 4, issues: [rejected])])
        #expect(plan.counts == ImportPlan.Counts(created: 2, updated: 0, skipped: 1, rejected: 1, flagged: 0, groups: 0))
        #expect(ImportSkipReason.duplicateSIRETInFile(firstLine: 2).message(.fr)
                == "Même SIRET qu'à la ligne 2 du fichier : ligne ignorée.")
    }

    @Test("an existing SIRET is skipped or updated according to the policy")
    func existing() {
        var index = DuplicateIndex<UUID>()
        index.insert(AccountDraft(siret: siretA, legalName: "Bar A"), id: uuid(1))
        let rows = [row(2, siret: siretA, name: "Bar A (nouveau nom)"), row(3, siret: siretB, name: "Bar B")]
        let skip = ImportPlanner(existing: index, policy: .skip).plan(rows)
        #expect(skip.rows.map(\.action) == [.skip(.existingSIRET(existing: uuid(1))), .create])
        let update = ImportPlanner(existing: index, policy: .update).plan(rows)
        #expect(update.rows.map(\.action) == [.update(existing: uuid(1)), .create])
        #expect(update.counts == ImportPlan.Counts(created: 1, updated: 1, skipped: 0, rejected: 0, flagged: 0, groups: 0))
    }

    @Test("possible duplicates are grouped transitively, created and flagged, never merged")
    func groups() {
        var index = DuplicateIndex<UUID>()
        index.insert(AccountDraft(legalName: "Le Zinc", postalCode: "13001"), id: uuid(7))
        let plan = ImportPlanner(existing: index, policy: .skip).plan([
            row(2, siret: siretA, name: "BAR TERMINUS", postalCode: "13012"),
            row(3, name: "Le Zinc SARL", postalCode: "13001"),                                 // ~ existing 7
            row(4, siret: siretB, name: "Bar Terminus", postalCode: "13012", email: "t@bar.fr"), // ~ line 2 (name)
            row(5, name: "Chez Toto", email: "t@bar.fr"),                                       // ~ line 4 (e-mail)
            row(6, siret: siretC, name: "Bar Terminus", postalCode: "13013"),                   // other postal code
        ])
        #expect(plan.rows.map(\.action) == Array(repeating: .create, count: 5))
        #expect(plan.possibleDuplicateGroups == [
            ImportPlan.DuplicateGroup(id: 1, lines: [2, 4, 5], existingIDs: [], reasons: [.nameAndPostalCode, .email]),
            ImportPlan.DuplicateGroup(id: 2, lines: [3], existingIDs: [uuid(7)], reasons: [.nameAndPostalCode]),
        ])
        #expect(plan.rows.map(\.duplicateGroup) == [1, 2, 1, 1, nil])
        #expect(plan.counts == ImportPlan.Counts(created: 5, updated: 0, skipped: 0, rejected: 0, flagged: 4, groups: 2))
    }

    @Test("rows that update or are skipped are not flagged")
    func notFlaggedWhenNotCreated() {
        var index = DuplicateIndex<UUID>()
        index.insert(AccountDraft(siret: siretA, legalName: "Bar Terminus", postalCode: "13012"), id: uuid(1))
        index.insert(AccountDraft(siret: siretB, legalName: "Bar Terminus", postalCode: "13012"), id: uuid(2))
        let plan = ImportPlanner(existing: index, policy: .update).plan([row(2, siret: siretA, name: "Bar Terminus",
                                                                             postalCode: "13012")])
        #expect(plan.rows.map(\.action) == [.update(existing: uuid(1))])
        #expect(plan.possibleDuplicateGroups.isEmpty)
    }

    @Test("the plan is Codable")
    func codable() throws {
        let plan = ImportPlanner(existing: DuplicateIndex(), policy: .skip).plan([row(2, name: "A")])
        let decoded = try JSONDecoder().decode(ImportPlan.self, from: JSONEncoder().encode(plan))
        #expect(decoded == plan)
    }
}
