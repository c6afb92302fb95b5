import ArgumentParser
import Foundation
import TerrainCore
import TerrainRouting
import TerrainServer

/// `terrain tour`: tour planning from the terminal.
struct Tour: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: "Planification de tournées.",
        subcommands: [TourPlanCommand.self, TourSolve.self]
    )
}

/// `terrain tour plan`: plans a selection of the account file and prints the plan.
struct TourPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Planifie les visites d'une sélection de comptes et affiche le plan jour par jour."
    )

    @Option(help: "Premier jour (jj/mm/aaaa).") var from: String
    @Option(help: "Nombre de jours ouvrés (1 à 10).") var days = 5
    @Option(help: "Sélection de comptes : status=customer&department=13&q=bar&owner=EMAIL.") var accounts = "status=customer"
    @Option(help: "Lieu de départ et de retour : « 13400 Aubagne » ou « 43.2927,5.5708 ».") var home: String
    @Option(help: "Technique : daisy (marguerite), cloverleaf (trèfle), star (étoile), zigzag.") var technique = "daisy"
    @Option(help: "Durée d'une visite, en minutes.") var visitMinutes = 30

    func run() async throws {
        try await CommandRunner.run {
            let text = try await TerrainApplication.withApplication { app in
                try await CommandTasks.planTour(app: app, from: from, days: days, accounts: accounts, home: home,
                                                technique: technique, visitMinutes: visitMinutes)
            }
            print(text)
        }
    }
}

/// `terrain tour solve FILE`: solves a TSPLIB, Solomon or visit-list file under its own
/// conventions and prints one JSON object (used by `bench/routing`).
struct TourSolve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Résout un fichier TSPLIB (.tsp), Solomon (VRPTW) ou une liste de visites (CSV) et affiche le résultat en JSON.",
        discussion: """
        Sortie : {"kind":…,"cost":…,"routes":[[…]],"unassigned":[…],"seconds":…}. TSPLIB : coût entier (distances nint/GEO), \
        une tournée des nœuds numérotés comme dans le fichier ; Solomon : distance euclidienne non arrondie, flotte libre ; \
        liste de visites : une liste par jour, coût en euros, visites non placées avec la raison.
        """
    )

    @Argument(help: "Le fichier à résoudre.") var file: String
    @Option(help: "Temps de calcul maximal, en secondes.") var timeLimit: Double = 5
    @Option(help: "Graine : même graine et même nombre d'itérations, même résultat.") var seed: UInt64 = 1
    @Option(help: "Nombre maximal d'itérations (résultat reproductible d'une machine à l'autre).") var iterations: Int?
    @Option(help: "Liste de visites : domicile, « latitude,longitude » (par exemple 43.2927,5.5708).") var home: String?
    @Option(help: "Liste de visites : premier jour (jj/mm/aaaa) ; par défaut le lundi de la semaine du premier rendez-vous.") var from: String?
    @Option(help: "Liste de visites : nombre de jours ouvrés.") var days = 5
    @Flag(help: "Affiche la progression (meilleur coût trouvé) sur la sortie d'erreur, chaque seconde.") var progress = false

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit doit être un nombre de secondes positif.") }
        guard (1...31).contains(days) else { throw ValidationError("--days doit être compris entre 1 et 31.") }
        if let from, DateParsing.parseFrench(from) == nil { throw ValidationError("--from doit être une date (jj/mm/aaaa).") }
        if let home, Self.coordinate(home) == nil {
            throw ValidationError("--home doit être « latitude,longitude » en degrés décimaux (par exemple 43.2927,5.5708).")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        guard let data = try? Data(contentsOf: url) else {
            FileHandle.standardError.write(Data("Erreur : impossible de lire le fichier \(file).\n".utf8))
            throw ExitCode.failure
        }
        let options = home.flatMap(Self.coordinate).map {
            InstanceSolve.VisitOptions(home: $0, firstDay: from.flatMap(DateParsing.parseFrench), days: days)
        }
        var budget = SolveBudget(timeLimit: timeLimit, seed: seed, iterationLimit: iterations)
        if progress {
            budget.progress = { report in
                let line = String(format: "%.1f s · %d itérations · meilleur coût %.2f\n", report.elapsed, report.iterations, report.bestCost)
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        do {
            let report = try await InstanceSolve.solve(data, fileName: url.lastPathComponent, budget: budget, visitOptions: options)
            print(report.json())
        } catch {
            FileHandle.standardError.write(Data("Erreur : \(file) : \(error.message)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// "43.2927,5.5708" → a coordinate.
    static func coordinate(_ text: String) -> Coordinate? {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let latitude = parts[0], let longitude = parts[1] else { return nil }
        return try? Coordinate(latitude: latitude, longitude: longitude)
    }
}
