import ArgumentParser
import Foundation
import TerrainServer

/// `terrain`: the field-sales CRM's single command. The database is chosen by `DATABASE_URL`
/// (default: `terrain.sqlite` in the working directory).
@main
struct Terrain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terrain",
        abstract: "Terrain, le CRM des commerciaux terrain.",
        discussion: "Base de données : variable DATABASE_URL (sqlite:///chemin/fichier.sqlite ou postgres://…), par défaut terrain.sqlite dans le dossier courant.",
        subcommands: [Serve.self, Migrate.self, Import.self, Export.self, UserCommand.self, Demo.self, Tour.self]
    )
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lance l'application web.")

    @Option(help: "Adresse d'écoute.") var hostname = "127.0.0.1"
    @Option(help: "Port d'écoute (1 à 65535).") var port = 8080
    @Flag(help: "Applique les migrations en attente au démarrage (toujours fait sur SQLite).") var autoMigrate = false
    @Flag(help: "Sert l'entreprise de démonstration sur une base jetable (effacée à l'arrêt) et affiche les identifiants.") var demo = false

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("Le port doit être compris entre 1 et 65535.") }
    }

    func run() async throws {
        try await CommandRunner.run {
            if demo {
                try await TerrainApplication.serveDemo(hostname: hostname, port: port)
            } else {
                try await TerrainApplication.serve(hostname: hostname, port: port, autoMigrate: autoMigrate)
            }
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Applique les migrations de schéma en attente.")

    func run() async throws {
        try await CommandRunner.run {
            try await TerrainApplication.migrate()
            print("Migrations appliquées.")
        }
    }
}

/// Runs a command's body and turns errors into a French message on standard error and exit status 1.
enum CommandRunner {

    static func run(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as CommandTasks.Failure {
            FileHandle.standardError.write(Data("Erreur : \(error.description)\n".utf8))
            throw ExitCode.failure
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("Erreur : \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
