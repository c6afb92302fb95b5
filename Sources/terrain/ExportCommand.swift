import ArgumentParser
import Foundation
import TerrainServer

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Exporte des données.", subcommands: [ExportAccounts.self, ExportProducts.self, ExportOrders.self])
}

struct ExportAccounts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: "Exporte les comptes (CSV pour Excel ou XLSX).")

    @Option(help: "csv (séparateur ;, UTF-8 avec BOM, CRLF) ou xlsx.") var format = "csv"
    @Option(help: "Fichier de sortie (par défaut : la sortie standard).") var output: String?
    @Option(name: .customLong("q"), help: "Recherche : nom, enseigne, ville, code postal, SIRET.") var search: String?
    @Option(help: "prospect, customer ou lost.") var status: String?
    @Option(help: "Département (13, 2A, 971…).") var department: String?
    @Option(help: "Code NAF (56.30Z).") var naf: String?
    @Option(help: "Catégorie.") var category: String?
    @Option(help: "E-mail du responsable.") var owner: String?
    @Flag(help: "Inclut les comptes archivés.") var archived = false

    func run() async throws {
        try await CommandRunner.run {
            let data = try await TerrainApplication.withApplication { app in
                try await CommandTasks.exportAccounts(app: app, format: format, search: search, status: status, department: department,
                                                                     naf: naf, category: category, ownerEmail: owner, includeArchived: archived)
            }
            if let output { try ReportFile.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
        }
    }
}

struct ExportProducts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "products", abstract: "Exporte le catalogue (CSV pour Excel ou XLSX).")

    @Option(help: "csv (séparateur ;, UTF-8 avec BOM, CRLF) ou xlsx.") var format = "csv"
    @Option(help: "Fichier de sortie (par défaut : la sortie standard).") var output: String?
    @Flag(help: "Inclut les produits inactifs.") var inactive = false

    func run() async throws {
        try await CommandRunner.run {
            let data = try await TerrainApplication.withApplication { app in try await CommandTasks.exportProducts(app: app, format: format, includeInactive: inactive) }
            if let output { try ReportFile.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
        }
    }
}

struct ExportOrders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Exporte les commandes, une ligne par ligne de commande.")

    @Option(help: "csv (séparateur ;, UTF-8 avec BOM, CRLF) ou xlsx.") var format = "csv"
    @Option(help: "Fichier de sortie (par défaut : la sortie standard).") var output: String?

    func run() async throws {
        try await CommandRunner.run {
            let data = try await TerrainApplication.withApplication { app in try await CommandTasks.exportOrders(app: app, format: format) }
            if let output { try ReportFile.write(data, to: output) } else { FileHandle.standardOutput.write(data) }
        }
    }
}
