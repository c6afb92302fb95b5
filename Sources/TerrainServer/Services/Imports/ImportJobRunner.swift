import Fluent
import Foundation
import Logging
import TerrainCore

/// Runs a web import of any kind in the background and keeps its `ImportJob` row up to date
/// (progress, counts, issues), so the progress page can follow it.
struct ImportJobRunner: Sendable {
    let jobID: UUID
    let kind: ImportKind
    let data: Data
    let mappingJSON: String
    let options: ImportOptions
    let scope: AccessScope
    let language: Language
    let database: any Database
    let logger: Logger

    func run() async {
        do {
            let table = try ImportFile.table(data)
            let context = ImportContext(database: database, scope: scope, language: language)
            let summary = try await kind.flow.run(table, mappingJSON: mappingJSON, options: options, context: context) { [jobID, database] done, total in
                try await ImportJob.query(on: database).filter(\.$id == jobID)
                    .set(\.$totalRows, to: total).set(\.$processedRows, to: done).update()
            }
            try await ImportIssueStore.save(summary.issues, jobID: jobID, on: database)
            guard let job = try await ImportJob.find(jobID, on: database) else { return }
            job.apply(summary)
            job.status = .done
            try await job.save(on: database)
        } catch {
            logger.report(error: error)
            let message = (error as? ImportFileError)?.message ?? String(describing: error)
            try? await ImportJob.query(on: database).filter(\.$id == jobID)
                .set(\.$status, to: .failed).set(\.$failure, to: message).update()
        }
    }
}

/// Saves an import's issues in batches.
enum ImportIssueStore {
    static func save(_ issues: [(kind: ImportIssue.Kind, issue: RowIssue)], jobID: UUID, on database: any Database) async throws {
        for batch in stride(from: 0, to: issues.count, by: 500) {
            let models = issues[batch..<min(batch + 500, issues.count)].map { item -> ImportIssue in
                let model = ImportIssue()
                model.$job.id = jobID
                model.kind = item.kind
                model.line = item.issue.line
                model.column = item.issue.column
                model.reason = item.issue.reason
                model.value = String(item.issue.value.prefix(500))
                return model
            }
            try await models.create(on: database)
        }
    }
}

extension ImportJob {
    /// Zero counts for a new job.
    func resetCounts() {
        totalRows = 0
        processedRows = 0
        createdCount = 0
        updatedCount = 0
        skippedCount = 0
        rejectedCount = 0
        flaggedCount = 0
        groupCount = 0
        refused = false
    }

    /// Copies an import's outcome onto the job.
    func apply(_ summary: ImportSummary) {
        createdCount = summary.created
        updatedCount = summary.updated
        skippedCount = summary.skipped
        rejectedCount = summary.rejected
        flaggedCount = summary.flagged
        groupCount = summary.groups
        refused = summary.refused
        processedRows = totalRows
    }
}
