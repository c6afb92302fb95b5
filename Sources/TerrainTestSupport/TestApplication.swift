import Fluent
import Foundation
import TerrainServer
import Vapor
import VaporTesting

/// The databases the database tests run on: SQLite in memory always, and PostgreSQL when
/// `TERRAIN_TEST_POSTGRES_URL` is set (as `.ci/run` does).
public enum TestDatabase: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    /// The databases available in this run.
    public static var available: [TestDatabase] {
        ProcessInfo.processInfo.environment["TERRAIN_TEST_POSTGRES_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] } ?? [.sqlite]
    }

    public var description: String { rawValue }
}

/// Runs `body` on a Terrain application configured for tests, on a freshly migrated database.
///
/// PostgreSQL tests share one database, so they run one at a time (whatever suite they are in) and
/// each starts from an empty schema (every migration reverted, then applied again).
/// Named apart from VaporTesting's `withApp` on purpose (see DESIGN.md).
public func withTerrainApp(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
    switch database {
    case .sqlite:
        try await run(AppConfig(database: .sqliteMemory, autoMigrate: true), body)
    case .postgres:
        guard let url = ProcessInfo.processInfo.environment["TERRAIN_TEST_POSTGRES_URL"] else { return }
        await PostgresGate.shared.acquire()
        do {
            try await run(AppConfig(database: .postgres(url), autoMigrate: false), body, reset: true)
        } catch {
            await PostgresGate.shared.release()
            throw error
        }
        await PostgresGate.shared.release()
    }
}

private func run(_ config: AppConfig, _ body: (Application) async throws -> Void, reset: Bool = false) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        try await configure(app, config: config)
        if reset {
            try await app.autoRevert()
            try await app.autoMigrate()
        }
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// One PostgreSQL test at a time across all suites.
actor PostgresGate {
    static let shared = PostgresGate()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        }
        busy = true
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

/// Files of `../shared/data` (beside the repository), for tests on real data.
public enum SharedData {
    public static func url(_ relativePath: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data")
            .appendingPathComponent(relativePath)
    }

    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }
}
