import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("JSON API: products and orders")
struct CatalogueAPITests {
    func headers(_ app: Application, _ user: User) async throws -> HTTPHeaders {
        let token = APITokens.generate()
        try await APIToken(userID: user.requireID(), name: "test", tokenHash: APITokens.digest(token)).create(on: app.db)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        headers.contentType = .json
        return headers
    }

    @Test("Managers create and update products; reps read", arguments: TestDatabase.available)
    func products(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let manager = try await headers(app, Factories.user(app, email: "chef@example.fr", role: .manager))
            let rep = try await headers(app, Factories.user(app, email: "rep@example.fr", role: .rep))
            let created = try await app.testing().sendRequest(.POST, "/api/v1/products", headers: manager,
                body: ByteBuffer(string: #"{"reference":"cafe-1kg","name":"Café en grains 1 kg","listPrice":"14,20","purchaseCost":9.5,"vatRate":"5,5 %"}"#))
            #expect(created.status == .created)
            let product = try created.content.decode(ProductDTO.self)
            #expect(product.reference == "CAFE-1KG")
            #expect(product.listPrice == "14.2")
            #expect(product.vatRate == "reduced")
            #expect(product.vatRateValue == "0.055")
            let forbidden = try await app.testing().sendRequest(.POST, "/api/v1/products", headers: rep,
                body: ByteBuffer(string: #"{"reference":"X","name":"X","listPrice":"1","vatRate":"20"}"#))
            #expect(forbidden.status == .forbidden)
            let patched = try await app.testing().sendRequest(.PATCH, "/api/v1/products/\(product.id)", headers: manager,
                body: ByteBuffer(string: #"{"version":1,"listPrice":"14,90"}"#))
            #expect(try patched.content.decode(ProductDTO.self).listPrice == "14.9")
            let list = try await app.testing().sendRequest(.GET, "/api/v1/products?q=cafe", headers: rep)
            #expect(try list.content.decode(ProductPageDTO.self).metadata.total == 1)
        }
    }

    @Test("Orders are read through their account's scope", arguments: TestDatabase.available)
    func orders(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let owner = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let stranger = try await Factories.user(app, email: "autre@example.fr", role: .rep)
            let draft = try AccountValidation.validate([.legalName: "Bar du Port"]).get()
            let accountID = try await AccountStore.create(draft, ownerID: owner.id, on: app.db).requireID()
            // 2 × 10,00 with −5 % = 19,00 excl. VAT; VAT 20 % = 3,80; incl. VAT 22,80.
            let order = try await OrderService.create(.init(accountID: accountID, repID: owner.id, orderedOn: #require(LocalDate(year: 2026, month: 2, day: 3)), lines: [
                .init(reference: "FUT-PIL-30", name: "Fût pils", line: OrderLine(quantity: 2, unitPrice: 10, discounts: [Decimal(string: "0.05")!], vatRate: .standard)),
            ]), on: app.db)
            let mine = try await headers(app, owner)
            let list = try await app.testing().sendRequest(.GET, "/api/v1/accounts/\(accountID)/orders", headers: mine)
            let orders = try list.content.decode([OrderDTO].self)
            #expect(orders.map(\.number) == ["CMD-2026-00001"])
            let one = try await app.testing().sendRequest(.GET, "/api/v1/orders/\(try order.requireID())", headers: mine)
            let dto = try one.content.decode(OrderDTO.self)
            #expect(dto.totalExcludingVAT == "19")
            #expect(dto.totalVAT == "3.8")
            #expect(dto.totalIncludingVAT == "22.8")
            #expect(dto.lines?.first?.discounts == ["0.05"])
            let theirs = try await headers(app, stranger)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/orders/\(try order.requireID())", headers: theirs).status == .notFound)
        }
    }
}
