import Fluent
import Foundation
import TerrainCore
import TerrainTestSupport
import Testing
import VaporTesting
@testable import TerrainServer

@Suite("Web pages: setup, login, CSRF, forms")
struct WebFlowTests {
    @Test("First run: / leads to the setup page, which creates the admin once", arguments: TestDatabase.available)
    func setup(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            let home = try await web.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers.first(name: .location) == "/setup")
            try await web.setUpAdministrator()
            let admin = try #require(try await User.query(on: app.db).first())
            #expect(admin.role == .admin)
            #expect(admin.email == "admin@example.fr")
            #expect(try await web.get("/accounts").status == .ok)
            // The setup page is gone once a user exists.
            let again = try await WebSession(app: app).get("/setup")
            #expect(again.headers.first(name: .location) == "/login")
        }
    }

    @Test("Setup errors re-show the input with the message beside the field", arguments: TestDatabase.available)
    func setupErrors(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.get("/setup")
            let response = try await web.post("/setup", form: ["name": "Claire Martin", "email": "claire@exemple.fr", "password": "court", "passwordConfirmation": "autre"])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("value=\"Claire Martin\""))
            #expect(html.contains("value=\"claire@exemple.fr\""))
            #expect(html.contains(LocalizedText.passwordTooShort.fr))
            #expect(html.contains(LocalizedText.passwordMismatch.fr.replacingOccurrences(of: "'", with: "&#39;")) || html.contains("identiques"))
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test("A form posted without the CSRF token is refused and nothing is saved", arguments: TestDatabase.available)
    func csrf(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            let response = try await web.post("/accounts", form: ["legalName": "Bar du Port"], withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(try await Account.query(on: app.db).count() == 0)
        }
    }

    @Test("Login: a wrong password is refused, the right one opens a session", arguments: TestDatabase.available)
    func login(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            try await Factories.user(app, email: "rep@example.fr", role: .rep, password: "motdepasse-solide")
            let web = WebSession(app: app)
            let wrong = try await web.logIn(email: "rep@example.fr", password: "mauvais-mot")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.string.contains(LocalizedText.loginFailed.fr))
            let right = try await web.logIn(email: "REP@example.fr", password: "motdepasse-solide")
            #expect(right.status == .seeOther)
            #expect(try await web.get("/accounts").status == .ok)
        }
    }

    @Test("The account form validates, re-shows what was typed, and saves", arguments: TestDatabase.available)
    func accountForm(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/accounts/new")
            // 39009842400035: last digit changed from a valid SIRET, so the Luhn sum is off by one.
            let bad = try await web.post("/accounts", form: ["legalName": "Le Café de la Gare", "siret": "39009842400035", "postalCode": "1300", "status": "prospect", "country": "FR"])
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            #expect(html.contains("value=\"Le Café de la Gare\""))
            #expect(html.contains("value=\"39009842400035\""))
            #expect(html.components(separatedBy: "class=\"field-error\"").count - 1 == 2)
            #expect(try await Account.query(on: app.db).count() == 0)

            let good = try await web.post("/accounts", form: ["legalName": "Le Café de la Gare", "siret": "390 098 424 00034", "postalCode": "13002",
                                                              "city": "Marseille", "phone": "04.91.23.45.67", "status": "customer", "country": "FR",
                                                              "revenuePotential": "12 500,50"])
            #expect(good.status == .seeOther)
            let account = try #require(try await Account.query(on: app.db).first())
            #expect(account.siret == "39009842400034")
            #expect(account.phone == "+33491234567")
            #expect(account.department == "13")
            #expect(account.revenuePotentialCents == 1_250_050)  // 12 500,50 € = 1 250 050 cents
            #expect(account.status == .customer)
            #expect(account.version == 1)
        }
    }

    @Test("An edit based on an old version is refused with the input kept (optimistic locking)", arguments: TestDatabase.available)
    func optimisticLocking(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.post("/accounts", form: ["legalName": "Bar Tabac", "status": "prospect", "country": "FR"])
            let account = try #require(try await Account.query(on: app.db).first())
            let id = try account.requireID().uuidString
            try await web.get("/accounts/\(id)/edit")
            let first = try await web.post("/accounts/\(id)", form: ["legalName": "Bar Tabac du Marché", "status": "prospect", "country": "FR", "version": "1"])
            #expect(first.status == .seeOther)
            let stale = try await web.post("/accounts/\(id)", form: ["legalName": "Bar Tabac de la Plage", "status": "prospect", "country": "FR", "version": "1"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("value=\"Bar Tabac de la Plage\""))
            #expect(stale.body.string.contains("href=\"/accounts/\(id)/edit\""))  // a link to reload the saved record
            let stored = try #require(try await Account.find(account.requireID(), on: app.db))
            #expect(stored.legalName == "Bar Tabac du Marché")
            #expect(stored.version == 2)
        }
    }

    @Test("Search ignores case and accents", arguments: TestDatabase.available)
    func search(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            for name in ["CAFE DE LA GARE", "Le Café Noir", "BAR DU PORT"] {
                try await web.post("/accounts", form: ["legalName": name, "status": "prospect", "country": "FR", "city": "Aix-en-Provence"])
            }
            let filter = AccountFilter(q: "café")
            let page = try await AccountQueries.page(filter, scope: .all, on: app.db)
            #expect(Set(page.items.map(\.legalName)) == ["CAFE DE LA GARE", "Le Café Noir"])
            let byCity = try await AccountQueries.page(AccountFilter(q: "aix provence"), scope: .all, on: app.db)
            #expect(byCity.metadata.total == 3)
            // Hyphens and apostrophes fold to spaces on both sides: the town as usually written matches.
            let hyphenated = try await AccountQueries.page(AccountFilter(q: "Aix-en-Provence"), scope: .all, on: app.db)
            #expect(hyphenated.metadata.total == 3)
            // "café-de-la-gare" folds to the words café, de, la, gare: only "CAFE DE LA GARE" has all four.
            let gare = try await AccountQueries.page(AccountFilter(q: "café-de-la-gare"), scope: .all, on: app.db)
            #expect(gare.items.map(\.legalName) == ["CAFE DE LA GARE"])
            let html = try await web.get("/accounts?q=CAF%C3%89").body.string
            #expect(html.contains(">CAFE DE LA GARE</a>"))
            #expect(!html.contains(">BAR DU PORT</a>"))
        }
    }

    @Test("A SIRET already carried by another account is refused in the form", arguments: TestDatabase.available)
    func siretTaken(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.post("/accounts", form: ["legalName": "BAR PIERRE", "siret": "39009842400034", "status": "prospect", "country": "FR"])
            let second = try await web.post("/accounts", form: ["legalName": "Bar Pierre bis", "siret": "39009842400034", "status": "prospect", "country": "FR"])
            #expect(second.status == .unprocessableEntity)
            #expect(second.body.string.contains("BAR PIERRE"))
            #expect(try await Account.query(on: app.db).count() == 1)
            // Saving the first account again with its own SIRET is not a conflict.
            let account = try #require(try await Account.query(on: app.db).first())
            let id = try account.requireID().uuidString
            let resave = try await web.post("/accounts/\(id)", form: ["legalName": "BAR PIERRE", "siret": "39009842400034", "status": "customer", "country": "FR", "version": "1"])
            #expect(resave.status == .seeOther)
        }
    }

    @Test("Logging out says so on the login page", arguments: TestDatabase.available)
    func logout(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/accounts")
            let out = try await web.post("/logout", form: [:])
            let location = try #require(out.headers.first(name: .location))
            #expect(try await web.get(location).body.string.contains(LocalizedText.loggedOut.fr))
            #expect(try await web.get("/accounts").status == .seeOther)
        }
    }

    @Test("Quotes and markup in names, searches and redirects are escaped, never interpreted", arguments: TestDatabase.available)
    func escaping(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            let name = #"BRASSERIE "LOU BAOU" "><script>alert(1)</script>"#
            try await web.post("/accounts", form: ["legalName": name, "status": "prospect", "country": "FR"])
            let id = try #require(try await Account.query(on: app.db).first()?.requireID().uuidString)
            let edit = try await web.get("/accounts/\(id)/edit").body.string
            // The whole name comes back in the field, quotes as &quot;: saving the form keeps it.
            #expect(edit.contains(#"value="BRASSERIE &quot;LOU BAOU&quot; &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
            #expect(!edit.contains("<script>alert(1)"))
            #expect(!(try await web.get("/accounts/\(id)").body.string.contains("<script>alert(1)")))
            let search = try await web.get("/accounts?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E").body.string
            #expect(!search.contains("<svg onload"))
            let login = try await WebSession(app: app).get("/login?next=%22%3E%3Csvg%20onload%3Dalert(1)%3E").body.string
            #expect(!login.contains("<svg onload"))
            // A tab inside the path would let the browser go to another site: refused.
            #expect(AuthController.safeNext("/\t/example.com/phish") == nil)
            #expect(AuthController.safeNext("/\n/example.com") == nil)
        }
    }

    @Test("A rep cannot leave an account without owner; amounts keep their cents exactly", arguments: TestDatabase.available)
    func ownerAndCents(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            try await web.get("/accounts/new")
            let tooPrecise = try await web.post("/accounts", form: ["legalName": "Bar du Port", "status": "prospect", "country": "FR", "owner": "", "revenuePotential": "1,999"])
            #expect(tooPrecise.status == .unprocessableEntity)
            #expect(try await web.post("/accounts", form: ["legalName": "Bar du Port", "status": "prospect", "country": "FR", "owner": "", "revenuePotential": "1,99"]).status == .seeOther)
            let account = try #require(try await Account.query(on: app.db).first())
            #expect(account.$owner.id == rep.id)
            #expect(account.revenuePotentialCents == 199)
        }
    }

    @Test("A binary file is refused at upload", arguments: TestDatabase.available)
    func binaryUpload(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.get("/imports")
            // The first bytes of a PNG file: \x89 P N G \r \n \x1A \n then a NUL.
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
            let response = try await web.upload("/imports", fileName: "photo.png", data: png)
            #expect(response.status == .unprocessableEntity)
            #expect(try await ImportJob.query(on: app.db).count() == 0)
        }
    }

    @Test("A contact is added to an account and shown on its page", arguments: TestDatabase.available)
    func contact(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let web = WebSession(app: app)
            try await web.setUpAdministrator()
            try await web.post("/accounts", form: ["legalName": "Brasserie Le Provence", "status": "prospect", "country": "FR"])
            let id = try #require(try await Account.query(on: app.db).first()?.requireID().uuidString)
            try await web.get("/accounts/\(id)/contacts/new")
            let missing = try await web.post("/accounts/\(id)/contacts", form: ["firstName": "Claire"])
            #expect(missing.status == .unprocessableEntity)
            let saved = try await web.post("/accounts/\(id)/contacts", form: ["civility": "mrs", "firstName": "Claire", "lastName": "Martin",
                                                                               "role": "decider", "mobile": "06 12 34 56 78"])
            #expect(saved.status == .seeOther)
            let page = try await web.get("/accounts/\(id)").body.string
            #expect(page.contains("Mme Claire Martin"))
            #expect(page.contains("06 12 34 56 78"))
            #expect(page.contains("Décideur"))
        }
    }
}
