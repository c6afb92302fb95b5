import Foundation
import Testing
import TerrainCore

@Suite struct OrderHeaderValidationTests {
    let contact = UUID()

    func values(_ changes: [OrderHeaderField: String] = [:]) -> [OrderHeaderField: String] {
        var base: [OrderHeaderField: String] = [
            .orderedOn: "15/01/2026", .requestedDeliveryOn: "2026-01-20", .contact: contact.uuidString,
            .deliveryAddress: "12 rue de la République\n13002 Marseille", .paymentTerms: "net30", .paymentMethod: "transfer",
        ]
        base.merge(changes) { $1 }
        return base
    }

    @Test func aCompleteHeaderIsRead() throws {
        let header = try OrderHeaderValidation.validate(values([.customerReference: " BC-778 "]), contactIDs: [contact]).get()
        #expect(header.orderedOn == LocalDate(year: 2026, month: 1, day: 15))
        #expect(header.requestedDeliveryOn == LocalDate(year: 2026, month: 1, day: 20))
        #expect(header.customerReference == "BC-778")
        #expect(header.paymentTerms == .net30)
        #expect(header.paymentMethod == .transfer)
    }

    @Test func everyRubricIsRequired() {
        let empty: [OrderHeaderField: String] = [:]
        guard case let .failure(issues) = OrderHeaderValidation.validate(empty, contactIDs: [contact]) else {
            Issue.record("an empty header must fail"); return
        }
        #expect(issues.map(\.field) == [.orderedOn, .contact, .deliveryAddress, .paymentTerms, .paymentMethod])
        #expect(issues.allSatisfy { $0.issue == .required })
    }

    @Test func deliveryCannotPrecedeTheOrderAndTheContactMustBeTheAccounts() {
        guard case let .failure(issues) = OrderHeaderValidation.validate(
            values([.requestedDeliveryOn: "14/01/2026", .contact: UUID().uuidString, .paymentTerms: "90 jours"]),
            contactIDs: [contact]) else {
            Issue.record("must fail"); return
        }
        #expect(issues.map(\.field) == [.requestedDeliveryOn, .contact, .paymentTerms])
        #expect(issues.first?.issue == .deliveryBeforeOrder)
    }

    @Test func anAccountWithoutContactSaysSo() {
        guard case let .failure(issues) = OrderHeaderValidation.validate(values([.contact: ""]), contactIDs: []) else {
            Issue.record("must fail"); return
        }
        #expect(issues.map(\.issue) == [.noContactYet])
    }

    @Test func formDatesStayWithinAYearOfToday() {
        let today = LocalDate(year: 2026, month: 1, day: 10)!
        // 15/01/2026 is 5 days after today: fine. 9999 and year 1 are not.
        #expect((try? OrderHeaderValidation.validate(values(), contactIDs: [contact], today: today).get()) != nil)
        guard case let .failure(issues) = OrderHeaderValidation.validate(values([.orderedOn: "31/12/9999", .requestedDeliveryOn: ""]),
                                                                         contactIDs: [contact], today: today) else {
            Issue.record("must fail"); return
        }
        #expect(issues.map(\.issue) == [.dateOutOfRange])
    }
}
