import Foundation
import TerrainExport
import Vapor

/// Downloads of the filtered account list as French-Excel CSV or XLSX.
struct ExportController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accountsExport, use: export)
    }

    func export(req: Request) async throws -> Response {
        let filter = try req.query.decode(AccountFilter.self)
        let format = (try? req.query.get(String.self, at: "format")) ?? "csv"
        let table = try await AccountExport.table(filter, scope: req.accessScope(), language: req.language, on: req.db)
        return try Self.download(table, format: format, baseName: "comptes")
    }

    /// A table as a CSV (French Excel) or XLSX download named `baseName-2026-01-31-1405.ext`.
    /// - Throws: `TerrainError.badRequest` for another format.
    static func download(_ table: ExportTable, format: String, baseName: String) throws -> Response {
        let stamp = ParisTime.fileStamp(Date())
        var headers = HTTPHeaders()
        let data: Data
        let fileName: String
        switch format {
        case "xlsx":
            data = try XLSXWriter.encode([table])
            fileName = "\(baseName)-\(stamp).xlsx"
            headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "csv":
            data = FrenchExcelCSV.encode(table)
            fileName = "\(baseName)-\(stamp).csv"
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        default:
            throw TerrainError.badRequest(.unknownExportFormat)
        }
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

extension LocalizedText {
    static let unknownExportFormat = LocalizedText(fr: "Format d'export inconnu : choisissez csv ou xlsx.", en: "Unknown export format: choose csv or xlsx.")
}
