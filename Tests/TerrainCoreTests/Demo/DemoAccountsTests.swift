import Foundation
import Testing
import TerrainCore

@Suite("Demo: accounts from the SIRENE sample")
struct DemoAccountsTests {
    let company = DemoFixture.company

    @Test("1 674 accounts in file order, every SIRET the file's, valid and unique")
    func counts() throws {
        #expect(company.accounts.count == 1_674)                 // README: 1 674 establishments
        #expect(company.skippedSireneLines.isEmpty)
        #expect(company.accounts.map(\.sireneLine) == Array(2...1_675).map { Optional($0) })
        let sirets = company.accounts.compactMap(\.draft.siret)
        #expect(sirets.count == 1_674)
        #expect(Set(sirets).count == 1_674)
        #expect(sirets.allSatisfy(Identifiers.isValidSIRET))
        #expect(sirets.first == "39009842400034")                // line 2: BAR PIERRE
        #expect(company.accounts[0].draft.legalName == "BAR PIERRE")
        #expect(company.accounts.allSatisfy { !$0.isSynthetic && $0.draft.department == "13" })
        #expect(company.accounts.allSatisfy { $0.draft.category == "CHR" && $0.draft.source == DemoAccount.sireneSource })
    }

    @Test("288 nameless sole traders get an invented trade name, marked")
    func inventedNames() {
        let invented = company.accounts.filter(\.inventedName)
        #expect(invented.count == 288)                           // README: 288 rows with an empty name
        #expect(invented.allSatisfy { $0.draft.soleTrader == true })
        #expect(invented.allSatisfy { $0.draft.tradeName == $0.draft.legalName && !$0.draft.legalName.isEmpty })
        #expect(invented.allSatisfy { $0.draft.notes?.contains(DemoAccount.inventedNameNote) == true })
        #expect(company.accounts.filter { !$0.inventedName }.allSatisfy {
            $0.draft.notes?.contains(DemoAccount.inventedNameNote) != true
        })
        // Invented names come from the word lists and are distinct from every other name of their
        // postal code (folded as the duplicate detection folds them).
        var seen: [String: Set<String>] = [:]
        for account in company.accounts where !account.inventedName {
            seen[account.draft.postalCode!, default: []].insert(NameFolding.fold(account.draft.legalName))
        }
        for account in invented {
            let folded = NameFolding.fold(account.draft.legalName)
            #expect(seen[account.draft.postalCode!, default: []].insert(folded).inserted, "\(account.draft.legalName)")
            let name = account.draft.legalName
            #expect(DemoNames.kinds.contains { name.hasPrefix($0 + " ") } || name.hasPrefix("Chez ")
                    || DemoNames.standalone.contains(name), "\(name)")
        }
    }

    @Test("20 establishments without coordinates placed at their commune's point, marked")
    func approximateLocations() {
        let approximate = company.accounts.filter(\.approximateLocation)
        #expect(approximate.count == 20)                          // README: 20 rows have no coordinates
        #expect(company.accounts.allSatisfy { $0.draft.latitude != nil && $0.draft.longitude != nil })
        // The first of them in the file: SARL TERMINUS, Port-de-Bouc (13077), which La Poste's
        // table places at 43.4233518835, 4.99266322339: kept to the millionth of a degree.
        let terminus = approximate.first
        #expect(terminus?.draft.siret == "34358978400010")
        #expect(terminus?.draft.inseeCode == "13077")
        #expect(terminus?.draft.latitude == 43.423352)
        #expect(terminus?.draft.longitude == 4.992663)
        #expect(approximate.allSatisfy { $0.draft.notes?.contains(DemoAccount.approximateLocationNote) == true })
    }

    @Test("a third customers, 5 % of them lost, the rest prospects")
    func statuses() {
        var counts: [AccountStatus: Int] = [:]
        for account in company.accounts { counts[account.draft.status, default: 0] += 1 }
        // (1 674 + 1) / 3 = 558 ordered; 5 % of 558 = 27,9 → 28 lost.
        #expect(counts == [.customer: 530, .lost: 28, .prospect: 1_116])
        #expect(company.customerIndices.count == 558)
        #expect(company.customerIndices.allSatisfy { company.accounts[$0].draft.status != .prospect })
        #expect(company.accounts.allSatisfy { ($0.draft.revenuePotential ?? 0) > 0 })
    }

    @Test("every account survives the account validation unchanged")
    func validation() {
        for account in company.accounts {
            let result = AccountValidation.validate(account.draft.formValues())
            #expect(result == .success(account.draft), "\(account.draft.siret ?? "")")
        }
    }
}
