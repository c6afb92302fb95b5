import Foundation
import TerrainCore
import TerrainExport
import Vapor

extension CommandTasks {
    /// What `terrain import orders` reports.
    public struct OrderImportReport: Sendable {
        public let ordersCreated, linesCreated, rowsRejected, ordersSkipped: Int
        public let reportCSV: Data

        public var summary: String {
            let l = Localizer(.fr)
            return "Import de l'historique terminé : \(l.integer(ordersCreated)) commandes créées (\(l.integer(linesCreated)) lignes), "
                + "\(l.integer(ordersSkipped)) déjà présentes ignorées, \(l.integer(rowsRejected)) lignes rejetées."
        }
    }

    /// Imports an order history (one row per order line; CSV or XLSX: `ImportFile`).
    /// - Throws: `Failure` for an unreadable file.
    public static func importOrders(app: Application, file: String) async throws -> OrderImportReport {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Failure("Impossible de lire le fichier « \(file) » : il n'existe pas ou n'est pas lisible.")
        }
        let plan: OrderHistoryPlan
        do {
            plan = try await OrderHistoryImportService.run(data, on: app.db)
        } catch let error as ImportFileError {
            throw Failure("Fichier « \(file) » illisible : \(error.message)")
        }
        let l = Localizer(.fr)
        let table = ExportTable(sheetName: l(.issuesTitle), headers: [l(.lineNumber), l(.columnLabel), l(.reasonLabel), l(.valueLabel)],
                                rows: plan.report().map { [.integer($0.line), .text($0.column), .text($0.reason), .text($0.value)] })
        let counts = plan.counts
        return OrderImportReport(ordersCreated: counts.ordersCreated, linesCreated: counts.linesCreated, rowsRejected: counts.rowsRejected,
                                 ordersSkipped: counts.ordersSkipped, reportCSV: FrenchExcelCSV.encode(table))
    }

    /// Every order line as CSV or XLSX bytes.
    public static func exportOrders(app: Application, format: String) async throws -> Data {
        let table = try await OrderHistoryImportService.exportTable(on: app.db)
        switch format {
        case "csv": return FrenchExcelCSV.encode(table)
        case "xlsx": return try XLSXWriter.encode([table])
        default: throw Failure("Option --format invalide : « \(format) ». Valeurs permises : csv, xlsx.")
        }
    }
}
