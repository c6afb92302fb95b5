import Foundation

/// Terrain's settings, read once from the environment at start.
///
/// Every setting has a default that works on a laptop: without `DATABASE_URL` the embedded SQLite
/// file `terrain.sqlite` in the working directory is used.
public struct AppConfig: Sendable, Equatable {
    /// Where the records live.
    public enum DatabaseLocation: Sendable, Equatable {
        /// A SQLite file at this path (relative paths are resolved against the working directory).
        case sqliteFile(String)
        /// A throwaway SQLite database in memory (tests, `serve --demo`).
        case sqliteMemory
        /// A PostgreSQL server, as a `postgres://user:pass@host:port/db` URL.
        case postgres(String)
    }

    public var database: DatabaseLocation
    /// Whether session cookies carry the `Secure` flag (`TERRAIN_SECURE_COOKIES=1` behind HTTPS).
    public var secureCookies: Bool
    /// Whether `serve` applies pending migrations itself (always on SQLite; `--auto-migrate` on PostgreSQL).
    public var autoMigrate: Bool

    public init(database: DatabaseLocation, secureCookies: Bool = false, autoMigrate: Bool = true) {
        self.database = database
        self.secureCookies = secureCookies
        self.autoMigrate = autoMigrate
    }

    /// Reads the settings from environment variables.
    ///
    /// - `DATABASE_URL`: `sqlite:///absolute/path.sqlite`, `sqlite://relative.sqlite`,
    ///   `sqlite::memory:`, or `postgres://…` / `postgresql://…`; default `terrain.sqlite`.
    /// - `TERRAIN_SECURE_COOKIES`: `1`/`true` to mark cookies `Secure`.
    /// - Throws: `ConfigurationError` naming the variable (never its value) when it is malformed.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        let database = try parseDatabaseURL(environment["DATABASE_URL"])
        let secure = try parseBool(environment["TERRAIN_SECURE_COOKIES"], variable: "TERRAIN_SECURE_COOKIES") ?? false
        var config = AppConfig(database: database, secureCookies: secure)
        if case .postgres = database { config.autoMigrate = false }
        return config
    }

    /// Parses the `DATABASE_URL` forms listed on `fromEnvironment`.
    /// - Throws: `ConfigurationError.invalid("DATABASE_URL", …)` for any other form.
    public static func parseDatabaseURL(_ raw: String?) throws -> DatabaseLocation {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return .sqliteFile("terrain.sqlite")
        }
        if raw == "sqlite::memory:" || raw == "sqlite://:memory:" { return .sqliteMemory }
        if raw.hasPrefix("sqlite://") {
            let path = String(raw.dropFirst("sqlite://".count))
            guard !path.isEmpty else {
                throw ConfigurationError.invalid(variable: "DATABASE_URL", expected: "sqlite:///chemin/vers/fichier.sqlite")
            }
            return .sqliteFile(path)
        }
        if raw.hasPrefix("postgres://") || raw.hasPrefix("postgresql://") {
            guard let url = URL(string: raw), url.host != nil, (url.port ?? 5432) >= 1, (url.port ?? 5432) <= 65_535 else {
                throw ConfigurationError.invalid(variable: "DATABASE_URL", expected: "postgres://utilisateur:motdepasse@hôte:5432/base")
            }
            return .postgres(raw)
        }
        throw ConfigurationError.invalid(variable: "DATABASE_URL", expected: "sqlite:///chemin/fichier.sqlite ou postgres://utilisateur:motdepasse@hôte/base")
    }

    static func parseBool(_ raw: String?, variable: String) throws -> Bool? {
        guard let raw, !raw.isEmpty else { return nil }
        switch raw.lowercased() {
        case "1", "true", "yes", "oui": return true
        case "0", "false", "no", "non": return false
        default: throw ConfigurationError.invalid(variable: variable, expected: "1 ou 0")
        }
    }
}

/// A setting that stops the start. The message names the variable, never its value (it may hold a password).
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case invalid(variable: String, expected: String)

    public var description: String {
        switch self {
        case let .invalid(variable, expected):
            return "La variable d'environnement \(variable) est invalide. Forme attendue : \(expected)."
        }
    }
}
