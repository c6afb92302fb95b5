import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Sets up a Terrain application: database, migrations, sessions, middleware and routes.
///
/// - Parameters:
///   - app: the Vapor application to configure.
///   - config: settings read by `AppConfig.fromEnvironment`.
/// - Throws: `ConfigurationError` for a malformed PostgreSQL URL; database errors while migrating.
public func configure(_ app: Application, config: AppConfig) async throws {
    switch config.database {
    case let .sqliteFile(path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case let .postgres(url):
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw ConfigurationError.invalid(variable: "DATABASE_URL", expected: "postgres://utilisateur:motdepasse@hôte:5432/base")
        }
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
    app.registerMigrations()
    app.storage[AppConfigKey.self] = config

    app.routes.defaultMaxBodySize = "64mb"
    app.sessions.use(.fluent)
    app.sessions.configuration.cookieName = "terrain_session"
    app.sessions.configuration.cookieFactory = { sessionID in
        HTTPCookies.Value(
            string: sessionID.string,
            expires: Date(timeIntervalSinceNow: 60 * 60 * 24 * 7),
            maxAge: 60 * 60 * 24 * 7,
            path: "/",
            isSecure: config.secureCookies,
            isHTTPOnly: true,
            sameSite: .lax
        )
    }

    app.middleware = .init()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(TerrainErrorMiddleware(environment: app.environment))
    app.middleware.use(app.sessions.middleware)

    if case .sqliteFile = config.database, let sql = app.db as? any SQLDatabase {
        // Write-ahead logging: readers do not wait for a writer, and commits cost less (sqlite.org/wal.html).
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
    if config.autoMigrate {
        try await app.autoMigrate()
    }
    try registerRoutes(app)
}

/// Where the typed configuration is kept on the application.
struct AppConfigKey: StorageKey {
    typealias Value = AppConfig
}

extension Application {
    /// The settings the application was configured with.
    var terrainConfig: AppConfig {
        storage[AppConfigKey.self] ?? AppConfig(database: .sqliteMemory)
    }
}
