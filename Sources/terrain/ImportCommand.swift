import ArgumentParser
import Foundation
import TerrainServer

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Importe un fichier.", subcommands: [ImportAccounts.self, ImportProducts.self, ImportOrders.self])
}

/// `terrain import accounts FILE`: exit status 0 when the import ran (rejected rows are listed in
/// the report), 1 when the file is unreadable or the all-or-nothing mode refused it.
struct ImportAccounts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: "Importe un fichier CSV ou Excel (.xlsx) de comptes (clients et prospects).")

    @Argument(help: "Fichier CSV (séparateur ; , ou tabulation ; UTF-8 ou Windows-1252) ou classeur Excel .xlsx (première feuille).") var file: String
    @Option(help: "valid-rows (importe les lignes valides) ou all-or-nothing.") var mode = "valid-rows"
    @Option(name: .customLong("on-duplicate"), help: "Comptes au SIRET déjà présent : skip ou update.") var onDuplicate = "skip"
    @Option(help: "E-mail de l'utilisateur responsable des comptes créés.") var owner: String?
    @Option(help: "Écrit les lignes rejetées, ignorées et signalées dans ce fichier CSV.") var rejected: String?

    func run() async throws {
        try await CommandRunner.run {
            let progress = ProgressLine(label: "lignes")
            defer { progress.finish() }
            let report = try await TerrainApplication.withApplication { app in
                try await CommandTasks.importAccounts(app: app, file: file, mode: mode, onDuplicate: onDuplicate, ownerEmail: owner) { done, total in
                    progress.update(done, total)
                }
            }
            progress.finish()
            print(report.summary)
            try ReportFile.write(report.reportCSV, to: rejected)
            if report.refused { throw ExitCode.failure }
        }
    }
}

/// `terrain import products FILE`: the catalogue, with the same rules as accounts.
struct ImportProducts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "products", abstract: "Importe un fichier CSV ou Excel (.xlsx) de produits (catalogue).")

    @Argument(help: "Fichier CSV (séparateur ; , ou tabulation ; UTF-8 ou Windows-1252) ou classeur Excel .xlsx (première feuille).") var file: String
    @Option(help: "valid-rows (importe les lignes valides) ou all-or-nothing.") var mode = "valid-rows"
    @Option(name: .customLong("on-duplicate"), help: "Produits à la référence déjà présente : skip ou update.") var onDuplicate = "skip"
    @Option(help: "Écrit les lignes rejetées et ignorées dans ce fichier CSV.") var rejected: String?

    func run() async throws {
        try await CommandRunner.run {
            let report = try await TerrainApplication.withApplication { app in
                try await CommandTasks.importProducts(app: app, file: file, mode: mode, onDuplicate: onDuplicate)
            }
            print(report.summary)
            try ReportFile.write(report.reportCSV, to: rejected)
            if report.refused { throw ExitCode.failure }
        }
    }
}

/// `terrain import orders FILE`: an ERP's order history, one row per order line.
struct ImportOrders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Importe un historique de commandes, CSV ou Excel (.xlsx) : une ligne par ligne de commande.")

    @Argument(help: "Fichier CSV ou .xlsx : n° de commande, date, SIRET du client, référence produit, quantité, prix unitaire HT, remise.") var file: String
    @Option(help: "Écrit les lignes rejetées et ignorées dans ce fichier CSV.") var rejected: String?

    func run() async throws {
        try await CommandRunner.run {
            let report = try await TerrainApplication.withApplication { app in try await CommandTasks.importOrders(app: app, file: file) }
            print(report.summary)
            try ReportFile.write(report.reportCSV, to: rejected)
        }
    }
}

/// Writes a report or an export where the user asked, with a French message when it cannot.
enum ReportFile {
    static func write(_ data: Data, to path: String?) throws {
        guard let path else { return }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandTasks.Failure("Impossible d'écrire le fichier « \(path) » : le dossier n'existe pas ou n'est pas accessible en écriture.")
        }
    }
}

/// A progress line redrawn in place on standard error, only when it is a terminal.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastPercent = -1

    init(label: String) {
        self.label = label
    }

    func update(_ done: Int, _ total: Int) {
        guard isTerminal, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = done * 100 / total
        guard percent != lastPercent else { return }
        lastPercent = percent
        FileHandle.standardError.write(Data("\r\(done) / \(total) \(label) (\(percent) %)".utf8))
    }

    func finish() {
        guard isTerminal, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
