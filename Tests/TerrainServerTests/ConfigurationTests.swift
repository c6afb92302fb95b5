import Testing
@testable import TerrainServer

@Suite("Configuration")
struct ConfigurationTests {
    @Test("DATABASE_URL forms")
    func databaseURL() throws {
        #expect(try AppConfig.parseDatabaseURL(nil) == .sqliteFile("terrain.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("") == .sqliteFile("terrain.sqlite"))
        // Three slashes: an absolute path after "sqlite://".
        #expect(try AppConfig.parseDatabaseURL("sqlite:///var/lib/terrain/t.sqlite") == .sqliteFile("/var/lib/terrain/t.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite://t.sqlite") == .sqliteFile("t.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite::memory:") == .sqliteMemory)
        #expect(try AppConfig.parseDatabaseURL("postgres://u:p@localhost:5432/db") == .postgres("postgres://u:p@localhost:5432/db"))
        #expect(try AppConfig.parseDatabaseURL("postgresql://u@db.example/db") == .postgres("postgresql://u@db.example/db"))
    }

    @Test("A malformed DATABASE_URL names the variable, never its value")
    func malformed() {
        do {
            _ = try AppConfig.parseDatabaseURL("mysql://root:secret@h/db")
            Issue.record("expected an error")
        } catch {
            let text = String(describing: error)
            #expect(text.contains("DATABASE_URL"))
            #expect(!text.contains("secret"))
        }
    }

    @Test("PostgreSQL does not migrate on start unless asked; SQLite does")
    func autoMigrate() throws {
        #expect(try AppConfig.fromEnvironment([:]).autoMigrate == true)
        #expect(try AppConfig.fromEnvironment(["DATABASE_URL": "postgres://u:p@h/db"]).autoMigrate == false)
        #expect(try AppConfig.fromEnvironment(["TERRAIN_SECURE_COOKIES": "1"]).secureCookies == true)
    }

    @Test("Accept-Language picks the highest-quality of fr and en (RFC 9110 §12.5.4)")
    func acceptLanguage() {
        #expect(LanguageMiddleware.fromAcceptLanguage(nil) == .fr)
        #expect(LanguageMiddleware.fromAcceptLanguage("en-GB,en;q=0.9") == .en)
        #expect(LanguageMiddleware.fromAcceptLanguage("de-DE,fr;q=0.5,en;q=0.8") == .en)
        #expect(LanguageMiddleware.fromAcceptLanguage("fr-CA,en;q=0.3") == .fr)
        #expect(LanguageMiddleware.fromAcceptLanguage("de-DE") == .fr)
    }

    @Test("Integers are grouped by thousands the French way (U+202F) and the English way")
    func integers() {
        #expect(Localizer(.fr).integer(1386) == "1\u{202F}386")
        #expect(Localizer(.fr).integer(200000) == "200\u{202F}000")
        #expect(Localizer(.en).integer(1234567) == "1,234,567")
        #expect(Localizer(.fr).integer(-42) == "-42")
    }

    @Test("Only same-site paths are followed after login")
    func safeNext() {
        #expect(AuthController.safeNext("/accounts?q=bar") == "/accounts?q=bar")
        #expect(AuthController.safeNext("//evil.example/") == nil)
        #expect(AuthController.safeNext("https://evil.example/") == nil)
        #expect(AuthController.safeNext("") == nil)
    }
}
