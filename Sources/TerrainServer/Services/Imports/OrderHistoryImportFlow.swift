import Foundation
import TerrainCore

/// The web import of an order history (`OrderHistoryImportService`): one row per order line;
/// an order naming an unknown account or product is rejected whole and reported row by row,
/// never invented; an order number already stored is skipped, so importing the same file again
/// creates nothing. No settings: the whole history is written in one transaction.
enum OrderHistoryImportFlow: ImportFlow {
    static func fieldOptions(_ language: Language) -> [(String, String)] {
        OrderHistoryField.allCases.map { ($0.rawValue, $0.label(language)) }
    }

    static func suggestedSelection(_ table: CSVTable) -> [String] {
        OrderHistoryImportParser(table: table).suggestedMapping.fields.map { $0?.rawValue ?? "" }
    }

    static func preview(_ table: CSVTable, limit: Int) -> [(Int, [String])] {
        let parser = OrderHistoryImportParser(table: table)
        return parser.preview(mapping: parser.suggestedMapping, limit: limit).map { ($0.line, $0.cells) }
    }

    /// No field twice, and a column for each required field (a SIRET or a code client column
    /// for the account).
    static func mappingJSON(_ selected: [String], language: Language) -> Result<String, ImportMappingProblem> {
        fields(selected, as: OrderHistoryField.self, language: language).flatMap { fields in
            let mapping = OrderHistoryColumnMapping(fields: fields)
            let missing = mapping.missingRequiredFields
            guard missing.isEmpty else {
                let names = missing.map { $0.label(language) }.joined(separator: ", ")
                return .failure(ImportMappingProblem(message: Localizer(language)(.mappingMissingFields, names)))
            }
            return Result { try encoded(mapping) }.mapError { ImportMappingProblem(message: String(describing: $0)) }
        }
    }

    static func analyse(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext) async throws -> ImportAnalysis {
        let plan = try await plan(table, mappingJSON: mappingJSON, context: context)
        let l = Localizer(context.language)
        let c = plan.counts
        return ImportAnalysis(
            figures: [
                ImportFigure(id: "count-create", label: l(.ordersWillCreate), value: l.integer(c.ordersCreated)),
                ImportFigure(id: "count-lines", label: l(.orderLinesWillCreate), value: l.integer(c.linesCreated)),
                ImportFigure(id: "count-skip", label: l(.ordersWillSkip), value: l.integer(c.ordersSkipped)),
                ImportFigure(id: "count-reject", label: l(.willReject), value: l.integer(c.rowsRejected)),
            ],
            refused: false,
            rejectedSample: sample(plan.rejected.lazy.flatMap(\.issues).map { ($0.line, $0.column, $0.reason, $0.value) })
        )
    }

    static func run(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext,
                    progress: @escaping @Sendable (Int, Int) async throws -> Void) async throws -> ImportSummary {
        let plan = try await plan(table, mappingJSON: mappingJSON, context: context)
        let c = plan.counts
        let total = c.linesCreated + c.rowsSkipped + c.rowsRejected
        try await progress(0, total)
        try await OrderHistoryImportService.execute(plan, on: context.database)
        try await progress(total, total)
        let toRowIssue = { (entry: OrderHistoryRowIssue) in RowIssue(line: entry.line, column: entry.column, reason: entry.reason, value: entry.value) }
        return ImportSummary(created: c.ordersCreated, updated: c.linesCreated, skipped: c.ordersSkipped, rejected: c.rowsRejected,
                             issues: ImportSummary.report(rejected: plan.rejected.flatMap(\.issues).map(toRowIssue), skipped: plan.skipReport().map(toRowIssue)))
    }

    static func resultFigures(_ job: ImportJob, _ l: Localizer) -> [ImportFigure] {
        [
            ImportFigure(id: "result-created", label: l(.ordersCreated), value: l.integer(job.createdCount)),
            ImportFigure(id: "result-lines", label: l(.orderLinesCreated), value: l.integer(job.updatedCount)),
            ImportFigure(id: "result-skipped", label: l(.ordersSkipped), value: l.integer(job.skippedCount)),
            ImportFigure(id: "result-rejected", label: l(.rowsRejected), value: l.integer(job.rejectedCount)),
        ]
    }

    private static func plan(_ table: CSVTable, mappingJSON: String, context: ImportContext) async throws -> OrderHistoryPlan {
        let mapping = try decoded(mappingJSON, as: OrderHistoryColumnMapping.self)
        return try await OrderHistoryImportService.plan(OrderHistoryImportParser(table: table), mapping: mapping, on: context.database)
    }
}
