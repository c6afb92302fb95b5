import Foundation
import TerrainCore

/// The web import of the catalogue (`ProductImportService`), with the product import rules:
/// reference, name, list price and VAT rate required; a reference already stored is skipped or
/// updated as chosen; a reference repeated in the file is skipped after its first row.
enum ProductImportFlow: ImportFlow {
    static func fieldOptions(_ language: Language) -> [(String, String)] {
        ProductField.allCases.map { ($0.rawValue, $0.label(language)) }
    }

    static func suggestedSelection(_ table: CSVTable) -> [String] {
        ProductImportParser(table: table).suggestedMapping.fields.map { $0?.rawValue ?? "" }
    }

    static func preview(_ table: CSVTable, limit: Int) -> [(Int, [String])] {
        let parser = ProductImportParser(table: table)
        return parser.preview(mapping: parser.suggestedMapping, limit: limit).map { ($0.line, $0.cells) }
    }

    /// No field twice, and a column for each required field (`missingRequiredFields`).
    static func mappingJSON(_ selected: [String], language: Language) -> Result<String, ImportMappingProblem> {
        fields(selected, as: ProductField.self, language: language).flatMap { fields in
            let mapping = ProductColumnMapping(fields: fields)
            let missing = mapping.missingRequiredFields
            guard missing.isEmpty else {
                let names = missing.map { $0.label(language) }.joined(separator: ", ")
                return .failure(ImportMappingProblem(message: Localizer(language)(.mappingMissingFields, names)))
            }
            return Result { try encoded(mapping) }.mapError { ImportMappingProblem(message: String(describing: $0)) }
        }
    }

    static func analyse(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext) async throws -> ImportAnalysis {
        let plan = try await plan(table, mappingJSON: mappingJSON, options: options, context: context)
        let l = Localizer(context.language)
        let c = plan.counts
        return ImportAnalysis(
            figures: [
                ImportFigure(id: "count-create", label: l(.productsWillCreate), value: l.integer(c.created)),
                ImportFigure(id: "count-update", label: l(.productsWillUpdate), value: l.integer(c.updated)),
                ImportFigure(id: "count-skip", label: l(.productsWillSkip), value: l.integer(c.skipped)),
                ImportFigure(id: "count-reject", label: l(.willReject), value: l.integer(c.rejected)),
            ],
            refused: options.mode == .allOrNothing && !plan.rejected.isEmpty,
            rejectedSample: sample(plan.rejected.lazy.flatMap(\.issues).map { ($0.line, $0.column, $0.reason, $0.value) })
        )
    }

    static func run(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext,
                    progress: @escaping @Sendable (Int, Int) async throws -> Void) async throws -> ImportSummary {
        let plan = try await plan(table, mappingJSON: mappingJSON, options: options, context: context)
        try await progress(0, plan.rows.count + plan.rejected.count)
        let refused = try await ProductImportService.execute(plan, allOrNothing: options.mode == .allOrNothing,
                                                             on: context.database, progress: progress)
        let c = plan.counts
        let rejected = plan.rejected.flatMap(\.issues).map { RowIssue(line: $0.line, column: $0.column, reason: $0.reason, value: $0.value) }
        let skipped = plan.skipReport(context.language).map { RowIssue(line: $0.line, column: $0.column, reason: $0.reason, value: $0.value) }
        return ImportSummary(created: refused ? 0 : c.created, updated: refused ? 0 : c.updated, skipped: c.skipped, rejected: c.rejected,
                             refused: refused, issues: ImportSummary.report(rejected: rejected, skipped: skipped))
    }

    static func resultFigures(_ job: ImportJob, _ l: Localizer) -> [ImportFigure] {
        [
            ImportFigure(id: "result-created", label: l(.created), value: l.integer(job.createdCount)),
            ImportFigure(id: "result-updated", label: l(.updated), value: l.integer(job.updatedCount)),
            ImportFigure(id: "result-skipped", label: l(.skipped), value: l.integer(job.skippedCount)),
            ImportFigure(id: "result-rejected", label: l(.rejected), value: l.integer(job.rejectedCount)),
        ]
    }

    private static func plan(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext) async throws -> ProductImportPlan {
        let mapping = try decoded(mappingJSON, as: ProductColumnMapping.self)
        return try await ProductImportService.plan(ProductImportParser(table: table), mapping: mapping, policy: options.policy, on: context.database)
    }
}
