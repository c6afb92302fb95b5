import Fluent
import Foundation
import TerrainCore
import TerrainExport
import Vapor

/// The work of `terrain import`, `terrain export` and `terrain user`, on a configured application.
/// The executable only parses arguments and prints.
public enum CommandTasks {
    /// What `terrain import accounts` reports.
    public struct ImportReport: Sendable {
        public let created, updated, skipped, rejected, flagged, groups: Int
        public let refused: Bool
        /// The report CSV (rejected, skipped and flagged rows), French Excel dialect.
        public let reportCSV: Data

        /// One French sentence for the terminal.
        public var summary: String {
            let l = Localizer(.fr)
            var text = "Import terminé : \(l.integer(created)) créés, \(l.integer(updated)) mis à jour, \(l.integer(skipped)) ignorés, "
                + "\(l.integer(rejected)) rejetés, \(l.integer(flagged)) doublons possibles signalés (\(l.integer(groups)) groupes)."
            if refused { text = "Import refusé (tout ou rien) : \(l.integer(rejected)) lignes invalides, rien n'a été importé." }
            return text
        }
    }

    /// A command-line error with a French message (exit status 1).
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Imports an account file (CSV or XLSX, told apart by its bytes: `ImportFile`) with the
    /// default column mapping.
    /// - Parameters:
    ///   - mode: "valid-rows" or "all-or-nothing".
    ///   - onDuplicate: "skip" or "update".
    ///   - ownerEmail: the user who will own the created accounts.
    ///   - progress: called with (rows done, rows in all).
    /// - Throws: `Failure` for an unreadable file, an unknown owner or option.
    public static func importAccounts(app: Application, file: String, mode: String, onDuplicate: String, ownerEmail: String?,
                                      progress: @escaping @Sendable (Int, Int) -> Void) async throws -> ImportReport {
        guard let importMode = AccountImportService.Mode(rawValue: mode) else {
            throw Failure("Option --mode invalide : « \(mode) ». Valeurs permises : valid-rows, all-or-nothing.")
        }
        guard let policy = DuplicatePolicy(rawValue: onDuplicate) else {
            throw Failure("Option --on-duplicate invalide : « \(onDuplicate) ». Valeurs permises : skip, update.")
        }
        var ownerID: UUID?
        if let ownerEmail {
            guard let owner = try await User.query(on: app.db).filter(\.$email == UserService.normalizedEmail(ownerEmail)).first() else {
                throw Failure("Option --owner : aucun utilisateur n'a l'adresse « \(ownerEmail) ».")
            }
            ownerID = owner.id
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Failure("Impossible de lire le fichier « \(file) » : il n'existe pas ou n'est pas lisible.")
        }
        let parser: AccountImportParser
        do {
            parser = AccountImportParser(table: try ImportFile.table(data))
        } catch {
            throw Failure("Fichier « \(file) » illisible : \(error.message)")
        }
        let mapping = parser.suggestedMapping
        if mapping.column(of: .legalName) == nil {
            throw Failure("Fichier « \(file) » : aucune colonne ne correspond à la raison sociale (en-têtes lus : \(parser.headers.joined(separator: ", "))).")
        }
        let plan = try await AccountImportService.plan(parser, mapping: mapping, policy: policy, on: app.db)
        let options = AccountImportService.Options(mode: importMode, policy: policy, ownerID: ownerID,
                                                   groupLabelPrefix: "import-" + ParisTime.fileStamp(Date()))
        let summary = try await AccountImportService.execute(plan, options: options, scope: .all, language: .fr, on: app.db) { done, total in
            progress(done, total)
        }
        let l = Localizer(.fr)
        let table = ExportTable(
            sheetName: l(.issuesTitle),
            headers: [l(.lineNumber), l(.kindLabel), l(.columnLabel), l(.reasonLabel), l(.valueLabel)],
            rows: summary.issues.map { [.integer($0.issue.line), .text(l(ImportController.kindText($0.kind))), .text($0.issue.column), .text($0.issue.reason), .text($0.issue.value)] }
        )
        return ImportReport(created: summary.created, updated: summary.updated, skipped: summary.skipped, rejected: summary.rejected,
                            flagged: summary.flagged, groups: summary.groups, refused: summary.refused, reportCSV: FrenchExcelCSV.encode(table))
    }

    /// The accounts matching the filters, as CSV (French Excel) or XLSX bytes.
    /// - Throws: `Failure` for an unknown format or owner.
    public static func exportAccounts(app: Application, format: String, search: String?, status: String?, department: String?,
                                      naf: String?, category: String?, ownerEmail: String?, includeArchived: Bool) async throws -> Data {
        var filter = AccountFilter(q: search, status: status, department: department, naf: naf, category: category,
                                   archived: includeArchived ? "1" : nil)
        if let ownerEmail {
            guard let owner = try await User.query(on: app.db).filter(\.$email == UserService.normalizedEmail(ownerEmail)).first() else {
                throw Failure("Option --owner : aucun utilisateur n'a l'adresse « \(ownerEmail) ».")
            }
            filter.owner = owner.id?.uuidString
        }
        let table = try await AccountExport.table(filter, scope: .all, language: .fr, on: app.db)
        switch format {
        case "csv": return FrenchExcelCSV.encode(table)
        case "xlsx": return try XLSXWriter.encode([table])
        default: throw Failure("Option --format invalide : « \(format) ». Valeurs permises : csv, xlsx.")
        }
    }

    /// Creates a user.
    /// - Throws: `Failure` listing every problem (e-mail taken, password too short, unknown role...).
    public static func addUser(app: Application, email: String, name: String?, role: String, password: String, managerEmail: String?) async throws {
        guard let userRole = UserRole(rawValue: role) else {
            throw Failure("Option --role invalide : « \(role) ». Valeurs permises : admin, manager, rep.")
        }
        var managerID: UUID?
        if let managerEmail {
            guard let manager = try await User.query(on: app.db).filter(\.$email == UserService.normalizedEmail(managerEmail)).first(),
                  manager.role == .manager else {
                throw Failure("Option --manager : aucun chef des ventes n'a l'adresse « \(managerEmail) ».")
            }
            managerID = manager.id
        }
        let displayName = name ?? String(email.split(separator: "@").first ?? Substring(email))
        let input = UserService.Input(name: displayName, email: email, password: password, role: userRole, managerID: managerID)
        let problems = try await UserService.problems(input, on: app.db)
        guard problems.isEmpty else {
            let text = problems.sorted { $0.key < $1.key }.map { "\($0.key) : \($0.value.fr)" }.joined(separator: " ; ")
            throw Failure("Utilisateur non créé. \(text)")
        }
        _ = try await UserService.create(input, on: app.db)
    }
}
