import Fluent
import Foundation
import SQLKit
import TerrainCore
import TerrainTestSupport
import Testing
import Vapor
@testable import TerrainServer

/// The import of the two real SIRENE files, on SQLite and PostgreSQL.
/// Expected counts come from `shared/data/sirene/README.md`: 1,674 rows, 288 with an empty name,
/// 79 named rows in 38 groups sharing a folded name and a postal code with different SIRETs.
@Suite("Account import on real files", .serialized)
struct AccountImportTests {
    static let plainFile = "sirene/sirene_13_debits_boissons_2016.csv"
    static let excelFile = "sirene/sirene_13_excel_fr.csv"

    func importFile(_ app: Application, _ path: String, options: AccountImportService.Options = .init()) async throws -> AccountImportService.Summary {
        let parser = try AccountImportParser(data: SharedData.data(path))
        let plan = try await AccountImportService.plan(parser, mapping: parser.suggestedMapping, policy: options.policy, on: app.db)
        return try await AccountImportService.execute(plan, options: options, scope: .all, language: .fr, on: app.db) { _, _ in }
    }

    @Test("Each file imports 1,386 accounts, rejects 288 rows and flags 79 rows in 38 groups", arguments: TestDatabase.available, [plainFile, excelFile])
    func firstImport(database: TestDatabase, file: String) async throws {
        try await withTerrainApp(database) { app in
            let summary = try await importFile(app, file)
            #expect(summary.created == 1386)  // 1,674 rows − 288 without a name
            #expect(summary.rejected == 288)
            #expect(summary.flagged == 79)
            #expect(summary.groups == 38)
            #expect(summary.skipped == 0)
            #expect(try await Account.query(on: app.db).count() == 1386)
            #expect(try await Account.query(on: app.db).filter(\.$duplicateGroup != nil).count() == 79)
            // Every rejection is the empty legal name, reported on its line and column.
            let rejected = summary.issues.filter { $0.kind == .rejected }
            #expect(rejected.count == 288)
            #expect(rejected.allSatisfy { $0.issue.field == .legalName })
        }
    }

    @Test("One account is stored with the values of its row", arguments: TestDatabase.available)
    func storedValues(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            _ = try await importFile(app, Self.excelFile)
            // Line 2 of both files: 39009842400034;BAR PIERRE;Oui;56.30Z;Débits de boissons;55 RUE DE FORBIN;13002;MARSEILLE 2;13202;43,304965;5,368438;00;31/08/2008
            let account = try #require(try await Account.query(on: app.db).filter(\.$siret == "39009842400034").first())
            #expect(account.legalName == "BAR PIERRE")
            #expect(account.siren == "390098424")
            #expect(account.nafCode == "56.30Z")
            #expect(account.nafLabel == "Débits de boissons")
            #expect(account.addressLine1 == "55 RUE DE FORBIN")
            #expect(account.postalCode == "13002")
            #expect(account.city == "MARSEILLE 2")
            #expect(account.inseeCode == "13202")
            #expect(account.department == "13")
            #expect(account.latitude == 43.304965)
            #expect(account.longitude == 5.368438)
            #expect(account.headcountBand == "00")
            #expect(account.soleTrader == true)
            #expect(account.creationDate == "2008-08-31")
            #expect(account.status == .prospect)
            #expect(account.version == 1)
        }
    }

    @Test("Importing the other file afterwards creates nothing: same SIRETs are skipped or updated", arguments: TestDatabase.available)
    func secondImport(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            _ = try await importFile(app, Self.plainFile)
            let skipped = try await importFile(app, Self.excelFile)
            #expect(skipped.created == 0)
            #expect(skipped.skipped == 1386)
            #expect(skipped.rejected == 288)
            let updated = try await importFile(app, Self.excelFile, options: .init(policy: .update))
            #expect(updated.created == 0)
            #expect(updated.updated == 1386)
            #expect(try await Account.query(on: app.db).count() == 1386)
            // Each update bumps the version once: 1 → 2.
            #expect(try await Account.query(on: app.db).filter(\.$version == 2).count() == 1386)
        }
    }

    @Test("All or nothing: a file with invalid rows leaves the database as it was", arguments: TestDatabase.available)
    func allOrNothing(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let summary = try await importFile(app, Self.excelFile, options: .init(mode: .allOrNothing))
            #expect(summary.refused)
            #expect(summary.created == 0)
            #expect(try await Account.query(on: app.db).count() == 0)
        }
    }

    @Test("A possible-duplicate group can be left out", arguments: TestDatabase.available)
    func skipGroup(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let parser = try AccountImportParser(data: SharedData.data(Self.excelFile))
            let plan = try await AccountImportService.plan(parser, mapping: parser.suggestedMapping, policy: .skip, on: app.db)
            let group = try #require(plan.possibleDuplicateGroups.first)
            let summary = try await AccountImportService.execute(plan, options: .init(groupChoices: [group.id: .skip]), scope: .all, language: .fr, on: app.db) { _, _ in }
            #expect(summary.created == 1386 - group.lines.count)
            #expect(summary.skipped == group.lines.count)
            #expect(summary.groups == 37)
        }
    }

    @Test("The distribution by département counts the 1,386 accounts in 13", arguments: TestDatabase.available)
    func distribution(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            _ = try await importFile(app, Self.plainFile)
            let sql = try #require(app.db as? any SQLDatabase)
            let departments = try await AccountQueries.distribution(of: .department, filter: AccountFilter(), scope: .all, on: sql)
            #expect(departments.count == 1)
            #expect(departments.first?.key == "13")
            #expect(departments.first?.count == 1386)
            let statuses = try await AccountQueries.distribution(of: .status, filter: AccountFilter(), scope: .all, on: sql)
            #expect(statuses.map(\.key) == ["prospect"])
        }
    }
}
