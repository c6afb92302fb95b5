import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("JSON API: taking and following orders")
struct OrderAPITests {
    @Test("An API client takes an order with the web form's rules and moves it along", arguments: TestDatabase.available)
    func createAndFollow(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let fixture = try await OrderFormTests().fixture(app)
            let rep = try await CatalogueAPITests().headers(app, fixture.rep)
            let stranger = try await CatalogueAPITests().headers(app, Factories.user(app, email: "autre@example.fr", role: .rep))
            let admin = try await CatalogueAPITests().headers(app, Factories.user(app, email: "admin@example.fr", role: .admin))
            let path = "/api/v1/accounts/\(fixture.accountID)/orders"

            // 25 % off the keg is beyond the rep's 15 % maximum: refused, field by field.
            let refused = try await app.testing().sendRequest(.POST, path, headers: rep, body: ByteBuffer(string:
                #"{"orderedOn":"2026-01-15","lines":[{"product":"FUT-30","quantity":2,"discounts":[25]},{"product":"NOPE","quantity":"1"}]}"#))
            #expect(refused.status == .unprocessableEntity)
            let errors = try refused.content.decode(ValidationErrorDTO.self).fields
            #expect(errors["lines[0].discounts"]?.hasPrefix("Hors marge de manœuvre") == true)
            #expect(errors["lines[1].product"] == ValidationIssue.unknownProduct.message(.fr))

            // 2 × 95,00 (CHR list) × 0,90 = 171,00 € excl. VAT; VAT 34,20; incl. VAT 205,20. The only
            // contact, the account's address, 30 days and transfer are the defaults.
            let created = try await app.testing().sendRequest(.POST, path, headers: rep, body: ByteBuffer(string:
                #"{"orderedOn":"15/01/2026","lines":[{"product":"fut-30","quantity":2,"discounts":"10"}]}"#))
            #expect(created.status == .created)
            let order = try created.content.decode(OrderDTO.self)
            #expect(order.number == "CMD-2026-00001")
            #expect(order.totalExcludingVAT == "171")
            #expect(order.totalIncludingVAT == "205.2")
            #expect(order.contactId == fixture.contactID)
            #expect(order.paymentTerms == "net30")
            #expect(order.deliveryAddress == "12 allées Gambetta\n13001 Marseille")

            let status = "/api/v1/orders/\(order.id)/status"
            let wrong = try await app.testing().sendRequest(.POST, status, headers: rep, body: ByteBuffer(string: #"{"status":"paid","version":1}"#))
            #expect(wrong.status == .badRequest)
            let hidden = try await app.testing().sendRequest(.POST, status, headers: stranger, body: ByteBuffer(string: #"{"status":"confirmed","version":1}"#))
            #expect(hidden.status == .notFound)
            let notTheRepsStep = try await app.testing().sendRequest(.POST, status, headers: rep, body: ByteBuffer(string: #"{"status":"confirmed","version":1}"#))
            #expect(notTheRepsStep.status == .forbidden)     // confirming is the company's step
            let moved = try await app.testing().sendRequest(.POST, status, headers: admin, body: ByteBuffer(string: #"{"status":"confirmed","version":1}"#))
            #expect(try moved.content.decode(OrderDTO.self).status == .confirmed)
            let stale = try await app.testing().sendRequest(.POST, status, headers: admin, body: ByteBuffer(string: #"{"status":"delivered","version":1}"#))
            #expect(stale.status == .conflict)
        }
    }
}
