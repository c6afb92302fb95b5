import Foundation
import Testing
import TerrainCore

@Suite("Demo: sales team and sectors")
struct DemoTeamTests {
    let company = DemoFixture.company

    @Test("one manager and four reps, unique e-mails on the reserved domain, homes in the 13")
    func team() {
        let users = company.users
        #expect(users.count == 5)
        #expect(users[0].role == .manager && users[0].managerEmail == nil && users[0].sector.isEmpty)
        #expect(users.dropFirst().allSatisfy { $0.role == .rep && $0.managerEmail == users[0].email })
        #expect(Set(users.map(\.email)).count == 5)
        for user in users {
            #expect(user.email.hasSuffix("@boissons-du-midi.example"))
            #expect(user.email == user.email.lowercased())
            #expect(user.email.utf8.allSatisfy { $0 < 0x80 }, "\(user.email)")
            #expect(user.email.hasPrefix(DemoNames.emailLocalPart(firstName: user.firstName, lastName: user.lastName)))
            #expect(Department.code(inseeCode: user.homeInseeCode) == "13")
            #expect(Department.code(postalCode: user.homePostalCode) == "13")
            // The département lies within 43.1…44.0 N, 4.2…5.9 E.
            #expect((43.1...44.0).contains(user.homeLatitude) && (4.2...5.9).contains(user.homeLongitude))
            #expect((4...7).contains(user.carFiscalHorsepower))
        }
        #expect(DemoNames.emailLocalPart(firstName: "Émilie", lastName: "Barthélemy") == "emilie.barthelemy")
    }

    @Test("sectors: whole communes, disjoint, covering every account")
    func sectors() {
        let reps = company.users.dropFirst()
        var owner: [String: String] = [:]
        for rep in reps {
            #expect(!rep.sector.isEmpty)
            #expect(rep.sectorName?.hasPrefix("Secteur ") == true)
            for commune in rep.sector {
                #expect(owner[commune] == nil, "\(commune) in two sectors")
                owner[commune] = rep.email
            }
        }
        for account in company.accounts {
            #expect(owner[account.draft.inseeCode!] == account.sectorRepEmail)
        }
        // Balanced within reason: each rep holds 15 % to 40 % of the 1 674 accounts.
        for rep in reps {
            let count = company.accounts.filter { $0.sectorRepEmail == rep.email }.count
            #expect(count >= 251 && count <= 670, "\(rep.email): \(count)")
        }
    }

    @Test("the manager owns the three largest customers still active; reps own the rest")
    func ownership() {
        let manager = company.users[0].email
        let keys = company.accounts.filter(\.keyAccount)
        #expect(keys.count == DemoCompany.keyAccountCount)
        #expect(keys.allSatisfy { $0.ownerEmail == manager && $0.draft.status == .customer })
        #expect(company.accounts.filter { !$0.keyAccount }.allSatisfy { $0.ownerEmail == $0.sectorRepEmail })
        // They are the largest by expected revenue among active customers.
        let smallestKey = keys.map { $0.draft.revenuePotential! }.min()!
        let others = company.accounts.filter { !$0.keyAccount && $0.draft.status == .customer }
        #expect(others.allSatisfy { $0.draft.revenuePotential! <= smallestKey })
    }
}
