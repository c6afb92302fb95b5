import Fluent
import Foundation
import TerrainCore
import TerrainExport
import SQLKit
import Vapor

/// The web import of account files: upload → column mapping → analysis → run (in the background,
/// with progress) → result and report.
struct ImportController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.imports, use: list)
        routes.get(.newImport, use: list)
        routes.on(.POST, SiteRoute.imports.pathComponents, body: .collect(maxSize: "64mb"), use: upload)
        routes.get(.importJob(nil), use: show)
        routes.post(.importAnalysis(nil), use: analyse)
        routes.post(.importRun(nil), use: run)
        routes.get(.importRejected(nil), use: report)
    }

    func list(req: Request) async throws -> WebPage {
        try await listPage(req, error: nil)
    }

    func upload(req: Request) async throws -> Response {
        struct Upload: Content { var file: File? }
        let user = try req.currentUser()
        guard let file = try req.content.decode(Upload.self).file, file.data.readableBytes > 0 else {
            return try await listPage(req, error: LocalizedText.noFile.text(req.language)).encodeResponse(for: req)
        }
        let data = Data(buffer: file.data)
        do {
            _ = try AccountImportParser(data: data)
        } catch {
            let message = req.localizer(.fileUnreadable, file.filename, error.message)
            return try await listPage(req, error: message).encodeResponse(for: req)
        }
        let job = ImportJob()
        job.$user.id = try user.requireID()
        job.fileName = file.filename.isEmpty ? "import.csv" : file.filename
        job.fileData = data
        job.status = .uploaded
        job.mode = AccountImportService.Mode.validRows.rawValue
        job.onDuplicate = DuplicatePolicy.skip.rawValue
        job.$owner.id = user.id
        job.resetCounts()
        try await job.create(on: req.db)
        return req.redirect(to: SiteRoute.importJob(job.id).path)
    }

    func show(req: Request) async throws -> Response {
        let job = try await findJob(req)
        switch job.status {
        case .uploaded:
            return try await mappingPage(req, job: job, selected: nil, error: nil).encodeResponse(for: req)
        case .running, .done, .failed:
            return try await resultPage(req, job: job).encodeResponse(for: req)
        }
    }

    /// Reads the chosen mapping and options, plans the import and shows what it will do.
    func analyse(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let job = try await findJob(req)
        guard job.status == .uploaded else { return req.redirect(to: SiteRoute.importJob(job.id).path) }
        let form = try req.content.decode([String: String].self)
        let parser = try AccountImportParser(data: job.fileData)
        let selected = parser.headers.indices.map { form["col_\($0)"] ?? "" }
        let mapping = ColumnMapping(fields: selected.map { AccountField(rawValue: $0) })
        if let error = Self.mappingProblem(mapping, language: req.language) {
            return try await mappingPage(req, job: job, selected: selected, error: error, form: form).encodeResponse(for: req)
        }
        let owners = try await OwnerOptions.assignable(by: user, on: req.db)
        let owner = form["owner"] ?? ""
        job.mappingJSON = String(decoding: try JSONEncoder().encode(mapping), as: UTF8.self)
        job.mode = AccountImportService.Mode(rawValue: form["mode"] ?? "")?.rawValue ?? AccountImportService.Mode.validRows.rawValue
        job.onDuplicate = DuplicatePolicy(rawValue: form["policy"] ?? "")?.rawValue ?? DuplicatePolicy.skip.rawValue
        job.$owner.id = owners.contains { $0.0 == owner } ? UUID(uuidString: owner) : nil
        try await job.save(on: req.db)

        let plan = try await AccountImportService.plan(parser, mapping: mapping, policy: DuplicatePolicy(rawValue: job.onDuplicate) ?? .skip, on: req.db)
        let byLine = Dictionary(uniqueKeysWithValues: plan.rows.map { ($0.line, $0.draft) })
        let existingIDs = plan.possibleDuplicateGroups.flatMap(\.existingIDs)
        let existing = existingIDs.isEmpty ? [] : try await Account.query(on: req.db).filter(\.$id ~~ existingIDs).all()
        let existingByID = Dictionary(uniqueKeysWithValues: existing.compactMap { a in a.id.map { ($0, a) } })
        let scope = try await req.accessScope()
        let groups = plan.possibleDuplicateGroups.map { group in
            ImportAnalysisView.Group(
                id: group.id,
                rows: group.lines.compactMap { line in byLine[line].map { (line, $0.legalName, $0.postalCode ?? "", $0.siret ?? "") } },
                existing: group.existingIDs.compactMap { id in
                    existingByID[id].flatMap { scope.contains(ownerID: $0.$owner.id) ? (id, $0.legalName, $0.siret ?? "") : nil }
                }
            )
        }
        let rejected = plan.rejected.prefix(200).flatMap { $0.issues }.prefix(200).map { ($0.line, $0.column, $0.reason, $0.value) }
        let model = ImportAnalysisView.Model(
            jobID: try job.requireID(), fileName: job.fileName, counts: plan.counts,
            refused: job.mode == AccountImportService.Mode.allOrNothing.rawValue && !plan.rejected.isEmpty,
            groups: groups, rejectedSample: Array(rejected)
        )
        return try await ImportAnalysisView.page(model, context: req.pageContext()).encodeResponse(for: req)
    }

    /// Starts the import in the background and shows its progress page.
    func run(req: Request) async throws -> Response {
        let job = try await findJob(req)
        guard job.status == .uploaded, let mappingJSON = job.mappingJSON else {
            return req.redirect(to: SiteRoute.importJob(job.id).path)
        }
        let form = try req.content.decode([String: String].self)
        var choices: [Int: AccountImportService.GroupChoice] = [:]
        for (key, value) in form where key.hasPrefix("group_") {
            if let id = Int(key.dropFirst("group_".count)), let choice = AccountImportService.GroupChoice(rawValue: value) {
                choices[id] = choice
            }
        }
        let mapping = try JSONDecoder().decode(ColumnMapping.self, from: Data(mappingJSON.utf8))
        let options = AccountImportService.Options(
            mode: AccountImportService.Mode(rawValue: job.mode) ?? .validRows,
            policy: DuplicatePolicy(rawValue: job.onDuplicate) ?? .skip,
            ownerID: job.$owner.id, groupChoices: choices,
            groupLabelPrefix: "import-" + String((job.id?.uuidString ?? "").prefix(8))
        )
        // Claim the job atomically: a second click, tab or retry finds it running and only sees its progress.
        guard let sql = req.db as? any SQLDatabase else { throw TerrainError.badRequest(.errorInternal) }
        let claimed = try await sql.update(ImportJob.schema).set("status", to: ImportJob.Status.running.rawValue)
            .where("id", .equal, job.requireID()).where("status", .equal, ImportJob.Status.uploaded.rawValue)
            .returning("id").all()
        guard !claimed.isEmpty else { return req.redirect(to: SiteRoute.importJob(job.id).path) }
        let runner = ImportJobRunner(jobID: try job.requireID(), data: job.fileData, mapping: mapping, options: options,
                                     scope: try await req.accessScope(), language: req.language, database: req.application.db, logger: req.logger)
        Task.detached { await runner.run() }
        return req.redirect(to: SiteRoute.importJob(job.id).path)
    }

    /// The rejected, skipped and flagged rows as a French-Excel CSV.
    func report(req: Request) async throws -> Response {
        let job = try await findJob(req)
        let issues = try await ImportIssue.query(on: req.db).filter(\.$job.$id == job.requireID()).sort(\.$line).all()
        let l = req.localizer
        let table = ExportTable(
            sheetName: l(.issuesTitle),
            headers: [l(.lineNumber), l(.kindLabel), l(.columnLabel), l(.reasonLabel), l(.valueLabel)],
            rows: issues.map { [.integer($0.line), .text(l(Self.kindText($0.kind))), .text($0.column), .text($0.reason), .text($0.value)] }
        )
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        // Only letters, digits, "-" and "_" of the uploaded name reach the header (no path, no quote).
        let base = String((job.fileName as NSString).deletingPathExtension.unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" || $0 == "_" ? Character($0) : "_" }
            .prefix(80))
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(base.isEmpty ? "import" : base)-rapport.csv\"")
        return Response(status: .ok, headers: headers, body: .init(data: FrenchExcelCSV.encode(table)))
    }

    static func kindText(_ kind: ImportIssue.Kind) -> LocalizedText {
        switch kind {
        case .rejected: return .kindRejected
        case .skipped: return .kindSkipped
        case .possibleDuplicate: return .kindDuplicate
        }
    }

    /// A mapping must name the legal name once, and no field twice.
    static func mappingProblem(_ mapping: ColumnMapping, language: Language) -> String? {
        var seen = Set<AccountField>()
        for field in mapping.fields.compactMap({ $0 }) {
            if !seen.insert(field).inserted { return Localizer(language)(.mappingDuplicateField, field.label(language)) }
        }
        return seen.contains(.legalName) ? nil : LocalizedText.mappingMissingName.text(language)
    }

    private func findJob(_ req: Request) async throws -> ImportJob {
        let user = try req.currentUser()
        guard let job = try await ImportJob.find(req.idParameter(), on: req.db),
              job.$user.id == user.id || user.role == .admin else { throw TerrainError.notFound }
        return job
    }

    private func listPage(_ req: Request, error: String?) async throws -> WebPage {
        let user = try req.currentUser()
        let query = ImportJob.query(on: req.db).sort(\.$createdAt, .descending).limit(50)
            .field(\.$id).field(\.$fileName).field(\.$status).field(\.$createdAt).field(\.$createdCount).field(\.$rejectedCount)
        if user.role != .admin { query.filter(\.$user.$id == (try user.requireID())) }
        let rows = try await query.all().map {
            ImportListView.Row(id: $0.id ?? UUID(), fileName: $0.fileName, status: $0.status,
                               createdAt: $0.createdAt.map(ParisTime.format) ?? "", created: $0.createdCount, rejected: $0.rejectedCount)
        }
        return ImportListView.page(rows: rows, error: error, context: req.pageContext())
    }

    private func mappingPage(_ req: Request, job: ImportJob, selected: [String]?, error: String?, form: [String: String] = [:]) async throws -> WebPage {
        let parser = try AccountImportParser(data: job.fileData)
        let l = req.localizer
        let encoding: String
        switch parser.dialect.encoding {
        case .utf8: encoding = "UTF-8"
        case .utf8BOM: encoding = "UTF-8 (BOM)"
        case .windows1252: encoding = "Windows-1252"
        }
        let separator = parser.dialect.separator == UInt8(ascii: "\t") ? "tab" : String(parser.dialect.separatorCharacter)
        let model = ImportMappingView.Model(
            jobID: try job.requireID(), fileName: job.fileName,
            dialect: l(.detectedDialect, encoding, separator, String(parser.headers.count)),
            headers: parser.headers,
            selected: selected ?? parser.suggestedMapping.fields.map { $0?.rawValue ?? "" },
            preview: parser.preview(mapping: parser.suggestedMapping, limit: 5).map { ($0.line, $0.cells) },
            owners: try await OwnerOptions.assignable(by: req.currentUser(), on: req.db),
            mode: form["mode"] ?? job.mode, policy: form["policy"] ?? job.onDuplicate,
            owner: form["owner"] ?? job.$owner.id?.uuidString ?? "", error: error
        )
        return ImportMappingView.page(model, context: req.pageContext())
    }

    private func resultPage(_ req: Request, job: ImportJob) async throws -> WebPage {
        let issues = try await ImportIssue.query(on: req.db).filter(\.$job.$id == job.requireID()).sort(\.$line).limit(200).all()
        let issueCount = try await ImportIssue.query(on: req.db).filter(\.$job.$id == job.requireID()).count()
        let model = ImportResultView.Model(
            jobID: try job.requireID(), fileName: job.fileName, status: job.status,
            processed: job.processedRows, total: job.totalRows,
            created: job.createdCount, updated: job.updatedCount, skipped: job.skippedCount, rejected: job.rejectedCount,
            flagged: job.flaggedCount, groups: job.groupCount, refused: job.refused, failure: job.failure,
            issues: issues.map { ($0.line, $0.column, $0.reason, $0.value) }, issueCount: issueCount
        )
        return ImportResultView.page(model, context: req.pageContext())
    }
}
