import Fluent
import Foundation
import TerrainCore

/// The web import of accounts (`AccountImportService`): the legal name is the one required
/// column; possible duplicates are shown as groups to create or leave out.
enum AccountImportFlow: ImportFlow {
    static func fieldOptions(_ language: Language) -> [(String, String)] {
        AccountField.allCases.map { ($0.rawValue, $0.label(language)) }
    }

    static func suggestedSelection(_ table: CSVTable) -> [String] {
        AccountImportParser(table: table).suggestedMapping.fields.map { $0?.rawValue ?? "" }
    }

    static func preview(_ table: CSVTable, limit: Int) -> [(Int, [String])] {
        let parser = AccountImportParser(table: table)
        return parser.preview(mapping: parser.suggestedMapping, limit: limit).map { ($0.line, $0.cells) }
    }

    /// A mapping must name the legal name once, and no field twice.
    static func mappingJSON(_ selected: [String], language: Language) -> Result<String, ImportMappingProblem> {
        fields(selected, as: AccountField.self, language: language).flatMap { fields in
            guard fields.contains(.legalName) else { return .failure(ImportMappingProblem(message: LocalizedText.mappingMissingName.text(language))) }
            return Result { try encoded(ColumnMapping(fields: fields)) }.mapError { ImportMappingProblem(message: String(describing: $0)) }
        }
    }

    static func analyse(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext) async throws -> ImportAnalysis {
        let parser = AccountImportParser(table: table)
        let mapping = try decoded(mappingJSON, as: ColumnMapping.self)
        let plan = try await AccountImportService.plan(parser, mapping: mapping, policy: options.policy, on: context.database)
        let byLine = Dictionary(uniqueKeysWithValues: plan.rows.map { ($0.line, $0.draft) })
        let existingIDs = plan.possibleDuplicateGroups.flatMap(\.existingIDs)
        let existing = existingIDs.isEmpty ? [] : try await Account.query(on: context.database).filter(\.$id ~~ existingIDs).all()
        let existingByID = Dictionary(uniqueKeysWithValues: existing.compactMap { a in a.id.map { ($0, a) } })
        let groups = plan.possibleDuplicateGroups.map { group in
            ImportAnalysisView.Group(
                id: group.id,
                rows: group.lines.compactMap { line in byLine[line].map { (line, $0.legalName, $0.postalCode ?? "", $0.siret ?? "") } },
                existing: group.existingIDs.compactMap { id in
                    existingByID[id].flatMap { context.scope.contains(ownerID: $0.$owner.id) ? (id, $0.legalName, $0.siret ?? "") : nil }
                }
            )
        }
        let l = Localizer(context.language)
        let c = plan.counts
        return ImportAnalysis(
            figures: [
                ImportFigure(id: "count-create", label: l(.willCreate), value: l.integer(c.created)),
                ImportFigure(id: "count-update", label: l(.willUpdate), value: l.integer(c.updated)),
                ImportFigure(id: "count-skip", label: l(.willSkip), value: l.integer(c.skipped)),
                ImportFigure(id: "count-reject", label: l(.willReject), value: l.integer(c.rejected)),
            ],
            refused: options.mode == .allOrNothing && !plan.rejected.isEmpty,
            rejectedSample: sample(plan.rejected.prefix(200).lazy.flatMap(\.issues).map { ($0.line, $0.column, $0.reason, $0.value) }),
            groups: groups
        )
    }

    static func run(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext,
                    progress: @escaping @Sendable (Int, Int) async throws -> Void) async throws -> ImportSummary {
        let parser = AccountImportParser(table: table)
        let mapping = try decoded(mappingJSON, as: ColumnMapping.self)
        let plan = try await AccountImportService.plan(parser, mapping: mapping, policy: options.policy, on: context.database)
        try await progress(0, plan.rows.count + plan.rejected.count)
        return try await AccountImportService.execute(plan, options: options, scope: context.scope, language: context.language,
                                                      on: context.database, progress: progress)
    }

    static func resultFigures(_ job: ImportJob, _ l: Localizer) -> [ImportFigure] {
        [
            ImportFigure(id: "result-created", label: l(.created), value: l.integer(job.createdCount)),
            ImportFigure(id: "result-updated", label: l(.updated), value: l.integer(job.updatedCount)),
            ImportFigure(id: "result-skipped", label: l(.skipped), value: l.integer(job.skippedCount)),
            ImportFigure(id: "result-rejected", label: l(.rejected), value: l.integer(job.rejectedCount)),
            ImportFigure(id: "result-flagged", label: l(.flagged),
                         value: l.count(job.groupCount, zero: .groupsZero, one: .groupsOne, other: .groupsMany) + ", "
                             + l.count(job.flaggedCount, zero: .rowsZero, one: .rowsOne, other: .rowsMany)),
        ]
    }
}
