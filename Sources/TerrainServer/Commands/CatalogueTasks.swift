import Foundation
import TerrainCore
import TerrainExport
import Vapor

extension CommandTasks {
    /// What `terrain import products` reports.
    public struct ProductImportReport: Sendable {
        public let created, updated, skipped, rejected: Int
        public let refused: Bool
        /// Rejected and skipped rows as a French-Excel CSV.
        public let reportCSV: Data

        public var summary: String {
            let l = Localizer(.fr)
            if refused { return "Import refusé (tout ou rien) : \(l.integer(rejected)) lignes invalides, rien n'a été importé." }
            return "Import du catalogue terminé : \(l.integer(created)) créés, \(l.integer(updated)) mis à jour, \(l.integer(skipped)) ignorés, \(l.integer(rejected)) rejetés."
        }
    }

    /// Imports a catalogue file (CSV or XLSX: `ImportFile`) with the automatic column mapping.
    /// - Throws: `Failure` for an unreadable file or an unknown option value.
    public static func importProducts(app: Application, file: String, mode: String, onDuplicate: String) async throws -> ProductImportReport {
        guard mode == "valid-rows" || mode == "all-or-nothing" else {
            throw Failure("Option --mode invalide : « \(mode) ». Valeurs permises : valid-rows, all-or-nothing.")
        }
        guard let policy = DuplicatePolicy(rawValue: onDuplicate) else {
            throw Failure("Option --on-duplicate invalide : « \(onDuplicate) ». Valeurs permises : skip, update.")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Failure("Impossible de lire le fichier « \(file) » : il n'existe pas ou n'est pas lisible.")
        }
        let summary: ProductImportService.Summary
        do {
            summary = try await ProductImportService.run(data, policy: policy, allOrNothing: mode == "all-or-nothing", language: .fr, on: app.db)
        } catch let error as ImportFileError {
            throw Failure("Fichier « \(file) » illisible : \(error.message)")
        }
        let l = Localizer(.fr)
        let table = ExportTable(sheetName: l(.issuesTitle), headers: [l(.lineNumber), l(.columnLabel), l(.reasonLabel), l(.valueLabel)],
                                rows: summary.report.map { [.integer($0.line), .text($0.column), .text($0.reason), .text($0.value)] })
        let counts = summary.counts
        return ProductImportReport(created: counts.created, updated: counts.updated, skipped: counts.skipped, rejected: counts.rejected,
                                   refused: summary.refused, reportCSV: FrenchExcelCSV.encode(table))
    }

    /// The catalogue (active products unless `includeInactive`) as CSV or XLSX bytes.
    public static func exportProducts(app: Application, format: String, includeInactive: Bool) async throws -> Data {
        let table = try await ProductExport.table(ProductFilter(active: includeInactive ? "all" : "1"), language: .fr, on: app.db)
        switch format {
        case "csv": return FrenchExcelCSV.encode(table)
        case "xlsx": return try XLSXWriter.encode([table])
        default: throw Failure("Option --format invalide : « \(format) ». Valeurs permises : csv, xlsx.")
        }
    }
}
