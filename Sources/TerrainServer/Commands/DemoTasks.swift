import Foundation
import TerrainCore
import Vapor

extension CommandTasks {
    /// Loads the demo company into the configured database.
    /// - Parameters:
    ///   - start: first day of the history, dd/mm/yyyy or yyyy-mm-dd; default 01/01/2023.
    ///   - force: wipe a database that already holds data instead of refusing it.
    /// - Returns: the lines to print (counts, time, logins, data sources).
    /// - Throws: `Failure` when the database holds data and `force` is false, or for a bad option.
    public static func loadDemo(app: Application, seed: UInt64, scale: Int, start: String?, force: Bool,
                                progress: @escaping @Sendable (String) -> Void) async throws -> [String] {
        guard scale >= 1 else { throw Failure("Option --scale invalide : un entier à partir de 1.") }
        var startDate = DemoLoader.defaultStart
        if let start {
            guard let parsed = DateParsing.parseFrench(start) else {
                throw Failure("Option --start invalide : « \(start) ». Forme attendue : jj/mm/aaaa.")
            }
            startDate = parsed
        }
        if try await DemoLoader.hasData(on: app.db) {
            guard force else {
                throw Failure("La base contient déjà des données : la démonstration ne s'y mélange pas. Utilisez une base vide, ou --force pour tout effacer.")
            }
            try await DemoLoader.wipe(on: app.db)
        }
        let began = Date()
        let summary = try await DemoLoader.load(seed: seed, scale: scale, start: startDate, on: app.db, progress: progress)
        let seconds = Date().timeIntervalSince(began)
        let l = Localizer(.fr)
        var lines = [
            "Démonstration chargée (graine \(seed), échelle \(scale)) en \(String(format: "%.1f", seconds)) s : "
                + "\(l.integer(summary.users)) utilisateurs, \(l.integer(summary.products)) produits, \(l.integer(summary.accounts)) comptes, "
                + "\(l.integer(summary.orders)) commandes et avoirs, \(l.integer(summary.lines)) lignes.",
            "Identifiants (mot de passe : \(DemoLoader.password)) :",
        ]
        for (email, role) in summary.logins.prefix(8) {
            lines.append("  \(email) — \(LocalizedText.role(role).fr)")
        }
        if summary.logins.count > 8 { lines.append("  … et \(summary.logins.count - 8) autres commerciaux.") }
        lines.append("Données : Source : INSEE, base Sirene ; Source : La Poste – Base officielle des codes postaux (ODbL).")
        return lines
    }
}
