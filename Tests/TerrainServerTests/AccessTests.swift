import Fluent
import Foundation
import SQLKit
import TerrainCore
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

/// A rep sees their portfolio, a manager their team's, an admin all — in lists, pages, exports,
/// charts and the API alike.
@Suite("Access scoping")
struct AccessTests {
    struct World {
        let admin: User, manager: User, rep1: User, rep2: User, otherRep: User
        let accountOf: [String: UUID]
    }

    func makeWorld(_ app: Application) async throws -> World {
        let admin = try await Factories.user(app, email: "admin@example.fr", role: .admin)
        let manager = try await Factories.user(app, email: "chef@example.fr", role: .manager)
        let rep1 = try await Factories.user(app, email: "rep1@example.fr", role: .rep, managerID: manager.id)
        let rep2 = try await Factories.user(app, email: "rep2@example.fr", role: .rep, managerID: manager.id)
        let otherRep = try await Factories.user(app, email: "autre@example.fr", role: .rep)
        var ids: [String: UUID] = [:]
        for (name, owner) in [("Compte Rep1", rep1), ("Compte Rep2", rep2), ("Compte Chef", manager), ("Compte Autre", otherRep)] {
            let draft = try AccountValidation.validate([.legalName: name]).get()
            ids[name] = try await AccountStore.create(draft, ownerID: owner.id, on: app.db).requireID()
        }
        return World(admin: admin, manager: manager, rep1: rep1, rep2: rep2, otherRep: otherRep, accountOf: ids)
    }

    func names(_ user: User, _ app: Application) async throws -> Set<String> {
        let scope = try await AccessScope.of(user, on: app.db)
        return Set(try await AccountQueries.filtered(AccountFilter(), scope: scope, on: app.db).all().map(\.legalName))
    }

    @Test("Each role sees its own scope", arguments: TestDatabase.available)
    func scopes(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let world = try await makeWorld(app)
            #expect(try await names(world.rep1, app) == ["Compte Rep1"])
            #expect(try await names(world.manager, app) == ["Compte Rep1", "Compte Rep2", "Compte Chef"])
            #expect(try await names(world.admin, app) == ["Compte Rep1", "Compte Rep2", "Compte Chef", "Compte Autre"])
        }
    }

    @Test("A rep cannot open, edit or export another rep's account", arguments: TestDatabase.available)
    func pagesAndExports(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let world = try await makeWorld(app)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep1@example.fr", password: "motdepasse-solide")
            let other = try #require(world.accountOf["Compte Rep2"]).uuidString
            #expect(try await web.get("/accounts/\(other)").status == .notFound)
            #expect(try await web.get("/accounts/\(other)/edit").status == .notFound)
            #expect(try await web.post("/accounts/\(other)/archive", form: [:]).status == .notFound)
            let csv = try await web.get("/accounts/export?format=csv").body.string
            #expect(csv.contains("Compte Rep1"))
            #expect(!csv.contains("Compte Rep2"))
            let sql = try #require(app.db as? any SQLDatabase)
            let scope = try await AccessScope.of(world.rep1, on: app.db)
            let statuses = try await AccountQueries.distribution(of: .status, filter: AccountFilter(), scope: scope, on: sql)
            #expect(statuses.map(\.count) == [1])
            #expect(try await web.get("/accounts/stats").status == .ok)
        }
    }

    @Test("The API applies the same scope", arguments: TestDatabase.available)
    func api(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let world = try await makeWorld(app)
            let token = APITokens.generate()
            try await APIToken(userID: world.rep1.requireID(), name: "test", tokenHash: APITokens.digest(token)).create(on: app.db)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)
            let list = try await app.testing().sendRequest(.GET, "/api/v1/accounts", headers: headers)
            let page = try list.content.decode(AccountPageDTO.self)
            #expect(page.metadata.total == 1)
            #expect(page.items.map(\.legalName) == ["Compte Rep1"])
            let other = try #require(world.accountOf["Compte Autre"]).uuidString
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts/\(other)", headers: headers).status == .notFound)
        }
    }
}

@Suite("User management")
struct UserManagementTests {
    @Test("An administrator disables a user, who can no longer log in or use a token; users change their own password", arguments: TestDatabase.available)
    func disableAndPassword(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let token = APITokens.generate()
            try await APIToken(userID: rep.requireID(), name: "t", tokenHash: APITokens.digest(token)).create(on: app.db)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: token)

            let repWeb = WebSession(app: app)
            try await repWeb.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            try await repWeb.get("/profile")
            let wrong = try await repWeb.post("/profile/password", form: ["currentPassword": "pas-le-bon", "password": "nouveau-secret", "passwordConfirmation": "nouveau-secret"])
            #expect(wrong.status == .ok)  // the profile page again, with the error beside the field
            #expect(wrong.body.string.contains(LocalizedText.wrongCurrentPassword.fr.replacingOccurrences(of: "'", with: "&#39;")) || wrong.body.string.contains("mot de passe actuel n"))
            let changed = try await repWeb.post("/profile/password", form: ["currentPassword": "motdepasse-solide", "password": "nouveau-secret", "passwordConfirmation": "nouveau-secret"])
            #expect(changed.status == .seeOther)
            #expect(try await WebSession(app: app).logIn(email: "rep@example.fr", password: "nouveau-secret").status == .seeOther)

            try await Factories.user(app, email: "admin@example.fr", role: .admin)
            let admin = WebSession(app: app)
            try await admin.logIn(email: "admin@example.fr", password: "motdepasse-solide")
            try await admin.get("/users/\(try rep.requireID())/edit")
            let saved = try await admin.post("/users/\(try rep.requireID())", form: ["name": "Rep", "role": "rep", "manager": "", "password": ""])
            #expect(saved.status == .seeOther)
            #expect(try await User.find(rep.requireID(), on: app.db)?.active == false)
            // The open session ends, a new login is refused, the token no longer works.
            #expect(try await repWeb.get("/accounts").status == .seeOther)
            #expect(try await WebSession(app: app).logIn(email: "rep@example.fr", password: "nouveau-secret").status == .unauthorized)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/accounts", headers: headers).status == .unauthorized)
        }
    }
}
