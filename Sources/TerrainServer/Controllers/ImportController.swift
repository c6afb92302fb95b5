import Fluent
import Foundation
import TerrainCore
import TerrainExport
import SQLKit
import Vapor

/// The web import of account, catalogue and order-history files (`ImportKind`), CSV or XLSX:
/// upload → column mapping → analysis → run (in the background, with progress) → result and
/// report. The steps are the same for every kind; what differs is the kind's `ImportFlow`.
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

    /// The upload form (for `?kind=`, default accounts) and the past imports.
    func list(req: Request) async throws -> WebPage {
        let kind = (try? req.query.get(String.self, at: "kind")).flatMap(ImportKind.init(rawValue:)) ?? .accounts
        guard kind.allows(try req.currentUser()) else { throw TerrainError.forbidden }
        return try await listPage(req, kind: kind, error: nil)
    }

    func upload(req: Request) async throws -> Response {
        struct Upload: Content { var file: File?; var kind: String? }
        let user = try req.currentUser()
        let form = try req.content.decode(Upload.self)
        let kind = form.kind.flatMap(ImportKind.init(rawValue:)) ?? .accounts
        guard kind.allows(user) else { throw TerrainError.forbidden }
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await listPage(req, kind: kind, error: LocalizedText.noFile.text(req.language)).encodeResponse(for: req)
        }
        let data = Data(buffer: file.data)
        do {
            _ = try ImportFile.table(data)
        } catch {
            let message = req.localizer(.fileUnreadable, file.filename, error.message)
            return try await listPage(req, kind: kind, error: message).encodeResponse(for: req)
        }
        let job = ImportJob()
        job.$user.id = try user.requireID()
        job.kind = kind.rawValue
        job.fileName = file.filename.isEmpty ? "import.csv" : file.filename
        job.fileData = data
        job.status = .uploaded
        job.mode = ImportMode.validRows.rawValue
        job.onDuplicate = DuplicatePolicy.skip.rawValue
        job.$owner.id = kind.settings.contains(.owner) ? user.id : nil
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
        let kind = job.importKind
        let form = try req.content.decode([String: String].self)
        let table = try ImportFile.table(job.fileData)
        let selected = table.headers.indices.map { form["col_\($0)"] ?? "" }
        let mappingJSON: String
        switch kind.flow.mappingJSON(selected, language: req.language) {
        case .failure(let problem):
            return try await mappingPage(req, job: job, selected: selected, error: problem.message, form: form).encodeResponse(for: req)
        case .success(let json):
            mappingJSON = json
        }
        job.mappingJSON = mappingJSON
        if kind.settings.contains(.mode) { job.mode = ImportMode(rawValue: form["mode"] ?? "")?.rawValue ?? ImportMode.validRows.rawValue }
        if kind.settings.contains(.policy) { job.onDuplicate = DuplicatePolicy(rawValue: form["policy"] ?? "")?.rawValue ?? DuplicatePolicy.skip.rawValue }
        if kind.settings.contains(.owner) {
            let owners = try await OwnerOptions.assignable(by: user, on: req.db)
            let owner = form["owner"] ?? ""
            job.$owner.id = owners.contains { $0.0 == owner } ? UUID(uuidString: owner) : nil
        }
        try await job.save(on: req.db)
        let context = ImportContext(database: req.db, scope: try await req.accessScope(), language: req.language)
        let analysis = try await kind.flow.analyse(table, mappingJSON: mappingJSON, options: Self.options(job), context: context)
        let model = ImportAnalysisView.Model(jobID: try job.requireID(), fileName: job.fileName, analysis: analysis)
        return try await ImportAnalysisView.page(model, context: req.pageContext()).encodeResponse(for: req)
    }

    /// Starts the import in the background and shows its progress page.
    func run(req: Request) async throws -> Response {
        let job = try await findJob(req)
        guard job.status == .uploaded, let mappingJSON = job.mappingJSON else {
            return req.redirect(to: SiteRoute.importJob(job.id).path)
        }
        let form = try req.content.decode([String: String].self)
        var options = Self.options(job)
        for (key, value) in form where key.hasPrefix("group_") {
            if let id = Int(key.dropFirst("group_".count)), let choice = AccountImportService.GroupChoice(rawValue: value) {
                options.groupChoices[id] = choice
            }
        }
        // Claim the job atomically: a second click, tab or retry finds it running and only sees its progress.
        guard let sql = req.db as? any SQLDatabase else { throw TerrainError.badRequest(.errorInternal) }
        let claimed = try await sql.update(ImportJob.schema).set("status", to: ImportJob.Status.running.rawValue)
            .where("id", .equal, job.requireID()).where("status", .equal, ImportJob.Status.uploaded.rawValue)
            .returning("id").all()
        guard !claimed.isEmpty else { return req.redirect(to: SiteRoute.importJob(job.id).path) }
        let runner = ImportJobRunner(jobID: try job.requireID(), kind: job.importKind, data: job.fileData, mappingJSON: mappingJSON,
                                     options: options, scope: try await req.accessScope(), language: req.language,
                                     database: req.application.db, logger: req.logger)
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

    /// The options stored on the job.
    static func options(_ job: ImportJob) -> ImportOptions {
        ImportOptions(mode: ImportMode(rawValue: job.mode) ?? .validRows, policy: DuplicatePolicy(rawValue: job.onDuplicate) ?? .skip,
                      ownerID: job.$owner.id, groupLabelPrefix: "import-" + String((job.id?.uuidString ?? "").prefix(8)))
    }

    /// The job of the route, if the user may see it: their own (an administrator sees every
    /// job), of a kind they may still import.
    private func findJob(_ req: Request) async throws -> ImportJob {
        let user = try req.currentUser()
        guard let job = try await ImportJob.find(req.idParameter(), on: req.db),
              job.$user.id == user.id || user.role == .admin else { throw TerrainError.notFound }
        guard job.importKind.allows(user) else { throw TerrainError.forbidden }
        return job
    }

    private func listPage(_ req: Request, kind: ImportKind, error: String?) async throws -> WebPage {
        let user = try req.currentUser()
        let query = ImportJob.query(on: req.db).sort(\.$createdAt, .descending).limit(50)
            .field(\.$id).field(\.$kind).field(\.$fileName).field(\.$status).field(\.$createdAt).field(\.$createdCount).field(\.$rejectedCount)
        if user.role != .admin { query.filter(\.$user.$id == (try user.requireID())) }
        let rows = try await query.all().map {
            ImportListView.Row(id: $0.id ?? UUID(), kind: $0.importKind, fileName: $0.fileName, status: $0.status,
                               createdAt: $0.createdAt.map(ParisTime.format) ?? "", created: $0.createdCount, rejected: $0.rejectedCount)
        }
        return ImportListView.page(rows: rows, kind: kind, kinds: ImportKind.allowed(for: user), error: error, context: req.pageContext())
    }

    private func mappingPage(_ req: Request, job: ImportJob, selected: [String]?, error: String?, form: [String: String] = [:]) async throws -> WebPage {
        let table = try ImportFile.table(job.fileData)
        let kind = job.importKind
        let l = req.localizer
        let read: String
        switch table.source {
        case .text(let dialect):
            let encoding: String
            switch dialect.encoding {
            case .utf8: encoding = "UTF-8"
            case .utf8BOM: encoding = "UTF-8 (BOM)"
            case .windows1252: encoding = "Windows-1252"
            }
            let separator = dialect.separator == UInt8(ascii: "\t") ? "tab" : String(dialect.separatorCharacter)
            read = l(.detectedDialect, encoding, separator, String(table.headers.count))
        case .spreadsheet(let sheetName):
            read = l(.detectedSheet, sheetName, String(table.headers.count))
        }
        let model = ImportMappingView.Model(
            jobID: try job.requireID(), kind: kind, fileName: job.fileName, dialect: read,
            headers: table.headers, fieldOptions: kind.flow.fieldOptions(req.language),
            selected: selected ?? kind.flow.suggestedSelection(table),
            preview: kind.flow.preview(table, limit: 5),
            owners: kind.settings.contains(.owner) ? try await OwnerOptions.assignable(by: req.currentUser(), on: req.db) : [],
            mode: form["mode"] ?? job.mode, policy: form["policy"] ?? job.onDuplicate,
            owner: form["owner"] ?? job.$owner.id?.uuidString ?? "", error: error
        )
        return ImportMappingView.page(model, context: req.pageContext())
    }

    private func resultPage(_ req: Request, job: ImportJob) async throws -> WebPage {
        let issues = try await ImportIssue.query(on: req.db).filter(\.$job.$id == job.requireID()).sort(\.$line).limit(200).all()
        let issueCount = try await ImportIssue.query(on: req.db).filter(\.$job.$id == job.requireID()).count()
        let model = ImportResultView.Model(
            jobID: try job.requireID(), kind: job.importKind, fileName: job.fileName, status: job.status,
            processed: job.processedRows, total: job.totalRows,
            figures: job.importKind.flow.resultFigures(job, req.localizer), refused: job.refused, failure: job.failure,
            issues: issues.map { ($0.line, $0.column, $0.reason, $0.value) }, issueCount: issueCount
        )
        return ImportResultView.page(model, context: req.pageContext())
    }
}
