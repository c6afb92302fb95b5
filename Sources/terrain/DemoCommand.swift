import ArgumentParser
import Foundation
import TerrainServer

/// `terrain demo`: the simulated beverage wholesaler, for newcomers, tests, benchmarks and classes.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remplit une base vide avec l'entreprise de démonstration (grossiste en boissons des Bouches-du-Rhône).")

    @Option(help: "Graine : la même graine donne les mêmes données.") var seed: UInt64 = 42
    @Option(help: "Échelle : multiplie commerciaux, comptes et historique.") var scale = 1
    @Option(help: "Premier jour de l'historique de 3 ans (jj/mm/aaaa), 01/01/2023 par défaut.") var start: String?
    @Flag(help: "Efface une base qui contient déjà des données.") var force = false

    func run() async throws {
        try await CommandRunner.run {
            let lines = try await TerrainApplication.withApplication { app in
                try await CommandTasks.loadDemo(app: app, seed: seed, scale: scale, start: start, force: force) { step in
                    FileHandle.standardError.write(Data((step + "\n").utf8))
                }
            }
            lines.forEach { print($0) }
        }
    }
}
