import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

@Suite("JSON API /api/v1/accounts")
struct APITests {
    func authorized(_ app: Application, role: UserRole = .admin) async throws -> HTTPHeaders {
        let user = try await Factories.user(app, email: "api@example.fr", role: role)
        let token = APITokens.generate()
        try await APIToken(userID: user.requireID(), name: "test", tokenHash: APITokens.digest(token)).create(on: app.db)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        headers.contentType = .json
        return headers
    }

    @Test("Without a token the API answers 401 in JSON", arguments: TestDatabase.available)
    func unauthenticated(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/accounts")
            #expect(response.status == .unauthorized)
            #expect(response.headers.contentType == .json)
            let body = try response.content.decode(APIErrorBody.self)
            #expect(body.error)
            var wrong = HTTPHeaders()
            wrong.bearerAuthorization = .init(token: "trn_not-a-token")
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts", headers: wrong).status == .unauthorized)
        }
    }

    @Test("Create, read, update with version, archive", arguments: TestDatabase.available)
    func lifecycle(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let headers = try await authorized(app)
            let created = try await app.testing().sendRequest(.POST, "/api/v1/accounts", headers: headers,
                body: ByteBuffer(string: #"{"legalName":"Bar des Allées","siret":"39009842400034","postalCode":"13001","phone":"0491234567","latitude":43.3,"longitude":5.37,"doNotCall":true,"revenuePotential":"1 500,25"}"#))
            #expect(created.status == .created, "\(created.body.string)")
            let dto = try created.content.decode(AccountDTO.self)
            #expect(dto.legalName == "Bar des Allées")
            #expect(dto.phone == "+33491234567")
            #expect(dto.department == "13")
            #expect(dto.doNotCall)
            #expect(dto.latitude == 43.3)
            #expect(dto.revenuePotential == "1500.25")
            #expect(dto.version == 1)

            let patched = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/\(dto.id)", headers: headers,
                body: ByteBuffer(string: #"{"version":1,"status":"customer"}"#))
            #expect(patched.status == .ok)
            let after = try patched.content.decode(AccountDTO.self)
            #expect(after.status == .customer)
            #expect(after.legalName == "Bar des Allées")
            #expect(after.version == 2)

            let stale = try await app.testing().sendRequest(.PATCH, "/api/v1/accounts/\(dto.id)", headers: headers,
                body: ByteBuffer(string: #"{"version":1,"status":"lost"}"#))
            #expect(stale.status == .conflict)

            let list = try await app.testing().sendRequest(.GET, "/api/v1/accounts?status=customer", headers: headers)
            #expect(try list.content.decode(AccountPageDTO.self).metadata.total == 1)

            let archived = try await app.testing().sendRequest(.DELETE, "/api/v1/accounts/\(dto.id)", headers: headers)
            #expect(try archived.content.decode(AccountDTO.self).archived)
            let afterArchive = try await app.testing().sendRequest(.GET, "/api/v1/accounts", headers: headers)
            #expect(try afterArchive.content.decode(AccountPageDTO.self).metadata.total == 0)
        }
    }

    @Test("Invalid fields answer 422 with a message per field", arguments: TestDatabase.available)
    func validation(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let headers = try await authorized(app)
            let response = try await app.testing().sendRequest(.POST, "/api/v1/accounts", headers: headers,
                body: ByteBuffer(string: #"{"siret":"12345678901234","email":"pas-un-email"}"#))
            #expect(response.status == .unprocessableEntity)
            let body = try response.content.decode(ValidationErrorDTO.self)
            #expect(Set(body.fields.keys) == ["legalName", "siret", "email"])
            #expect(try await Account.query(on: app.db).count() == 0)
        }
    }
}
