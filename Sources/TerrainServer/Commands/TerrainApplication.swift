import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Builds a configured Terrain application for the command line (the server and the one-shot tasks).
public enum TerrainApplication {
    /// Makes and configures an application from the environment's settings.
    ///
    /// - Parameters:
    ///   - migrate: apply pending migrations (the default on SQLite; `terrain migrate` or
    ///     `serve --auto-migrate` on PostgreSQL).
    /// - Throws: `ConfigurationError` naming a malformed variable; database errors.
    public static func make(arguments: [String] = ["terrain"], migrate: Bool? = nil, requireSchema: Bool = true) async throws -> Application {
        var environment = Environment(name: "production", arguments: arguments)
        try LoggingSystem.bootstrapOnce(from: &environment)
        var config = try AppConfig.fromEnvironment()
        if let migrate { config.autoMigrate = migrate }
        let app = try await Application.make(environment)
        do {
            try await configure(app, config: config)
            try await check(app, requireSchema: requireSchema && !config.autoMigrate)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Makes the application, runs `body` with it and shuts it down exactly once, whatever happens.
    public static func withApplication<T: Sendable>(_ body: (Application) async throws -> T) async throws -> T {
        let app = try await make()
        let result: Result<T, any Error>
        do {
            result = .success(try await body(app))
        } catch {
            result = .failure(error)
        }
        try? await app.asyncShutdown()
        return try result.get()
    }

    /// Runs the HTTP server until interrupted (Ctrl-C / SIGTERM).
    public static func serve(hostname: String, port: Int, autoMigrate: Bool) async throws {
        // Info level by default, so that applied migrations and requests are logged (LOG_LEVEL overrides).
        let logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil ? ["--log", "info"] : []
        let app = try await make(arguments: ["terrain", "serve", "--hostname", hostname, "--port", String(port)] + logLevel,
                                 migrate: autoMigrate ? true : nil)
        app.logger.notice("Terrain : http://\(hostname):\(port)/")
        do {
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Runs the server on a throwaway SQLite file filled with the demo company (seed 42), printing
    /// the logins; the file is deleted when the server stops.
    public static func serveDemo(hostname: String, port: Int) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("terrain-demo-\(UUID().uuidString).sqlite").path
        setenv("DATABASE_URL", "sqlite://" + path, 1)
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let loader = try await make(migrate: true)
        do {
            let lines = try await CommandTasks.loadDemo(app: loader, seed: 42, scale: 1, start: nil, force: false) { _ in }
            lines.forEach { print($0) }
        } catch {
            try? await loader.asyncShutdown()
            throw error
        }
        try await loader.asyncShutdown()
        try await serve(hostname: hostname, port: port, autoMigrate: true)
    }

    /// Stops the start with a French message naming `DATABASE_URL` when the database cannot be
    /// reached, or when its schema was never created (PostgreSQL without `terrain migrate`).
    static func check(_ app: Application, requireSchema: Bool) async throws {
        guard let sql = app.db as? any SQLDatabase else { return }
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            throw CommandTasks.Failure("Impossible d'ouvrir la base de données indiquée par DATABASE_URL : vérifiez l'hôte, le port, l'utilisateur, le mot de passe et le nom de la base (ou le dossier du fichier SQLite).")
        }
        guard requireSchema else { return }
        do {
            try await sql.raw("SELECT COUNT(*) FROM users").run()
        } catch {
            throw CommandTasks.Failure("La base de données n'est pas initialisée : lancez d'abord « terrain migrate » (ou « terrain serve --auto-migrate »).")
        }
    }

    /// Applies pending migrations and prints what it did.
    public static func migrate() async throws {
        let app = try await make(migrate: false, requireSchema: false)
        do {
            try await app.autoMigrate()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

private let loggingBootstrapped = NIOLockedValueBox(false)

extension LoggingSystem {
    /// Bootstraps logging once per process (a second bootstrap would crash).
    static func bootstrapOnce(from environment: inout Environment) throws {
        try loggingBootstrapped.withLockedValue { done in
            guard !done else {
                // Already set up (serve --demo makes two applications): drop the option all the same,
                // so that the serve command does not meet an argument it does not know.
                if let index = environment.arguments.firstIndex(of: "--log"), index + 1 < environment.arguments.count {
                    environment.arguments.removeSubrange(index...(index + 1))
                }
                return
            }
            try LoggingSystem.bootstrap(from: &environment)
            done = true
        }
    }
}
