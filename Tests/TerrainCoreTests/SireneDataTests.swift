import Foundation
import Testing
import TerrainCore

/// The real SIRENE sample of `shared/data/sirene` (see its README for every figure below).
@Suite("Real SIRENE files")
struct SireneDataTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)   // Tests/TerrainCoreTests/X.swift
        .resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/sirene")
    static let utf8File = "sirene_13_debits_boissons_2016.csv"
    static let excelFile = "sirene_13_excel_fr.csv"

    static func parser(_ name: String) throws -> AccountImportParser {
        try AccountImportParser(data: Data(contentsOf: dataDirectory.appendingPathComponent(name)))
    }

    static func parsedRows(_ name: String) throws -> [ParsedRow] {
        let parser = try parser(name)
        return Array(parser.rows(mapping: parser.suggestedMapping))
    }

    /// The cells of one mapped field for every data row (valid or not).
    static func column(_ field: AccountField, of name: String) throws -> [String] {
        let parser = try parser(name)
        let column = try #require(parser.suggestedMapping.column(of: field))
        return parser.preview(mapping: parser.suggestedMapping, limit: .max).map { $0.cells[column] }
    }

    @Test("dialects: UTF-8 with commas; Windows-1252 with semicolons and CRLF")
    func dialects() throws {
        // README: the first file is the OpenDataSoft export (UTF-8, `,`); the second is
        // « Windows-1252, `;` separator, CRLF line ends ».
        let first = try Self.parser(Self.utf8File).dialect
        #expect(first.encoding == .utf8)
        #expect(first.separator == UInt8(ascii: ","))
        let second = try Self.parser(Self.excelFile).dialect
        #expect(second == CSVDialect(separator: UInt8(ascii: ";"), encoding: .windows1252, lineEnding: .crlf))
    }

    @Test("automatic mapping of both headers", arguments: [utf8File, excelFile])
    func mapping(file: String) throws {
        let parser = try Self.parser(file)
        let mapped = Dictionary(uniqueKeysWithValues: zip(parser.headers, parser.suggestedMapping.fields))
        // README column lists; the three centroid columns must stay unmapped.
        if file == Self.utf8File {
            #expect(parser.suggestedMapping.fields == [
                .siret, .legalName, .soleTrader, .nafCode, .nafLabel, .addressLine1, .postalCode, .city,
                .inseeCode, .latitude, .longitude, nil, nil, nil, .headcountBand, .creationDate])
            #expect(mapped["ecart_ods_centroide_km"] == .some(nil))
            #expect(mapped["latitude_centroide_commune"] == .some(nil))
        } else {
            #expect(parser.headers[4] == "Libellé NAF")   // 0xE9 decoded as é
            #expect(parser.suggestedMapping.fields == [
                .siret, .legalName, .soleTrader, .nafCode, .nafLabel, .addressLine1, .postalCode, .city,
                .inseeCode, .latitude, .longitude, .headcountBand, .creationDate])
        }
    }

    @Test("1 674 rows: 1 386 valid, 288 rejected only for the empty name", arguments: [utf8File, excelFile])
    func counts(file: String) throws {
        let rows = try Self.parsedRows(file)
        #expect(rows.count == 1_674)                       // README: 1 674 establishments
        #expect(rows.compactMap(\.draft).count == 1_386)   // 1 674 − 288
        let invalid = rows.filter { $0.draft == nil }
        #expect(invalid.count == 288)                      // README: 288 rows have an empty name
        #expect(invalid.allSatisfy { $0.issues.count == 1 && $0.issues[0].field == .legalName })
        #expect(invalid.allSatisfy { $0.issues[0].reason == ValidationIssue.required.message(.fr) })
        // Physical lines: header on line 1, data rows on lines 2...1 675 (no multi-line cells).
        #expect(rows.map(\.line) == Array(2...1_675))
    }

    @Test("20 rows without coordinates; NAF, headcount and SIRET facts", arguments: [utf8File, excelFile])
    func columnFacts(file: String) throws {
        // README: « 20 rows have no coordinates ».
        let latitudes = try Self.column(.latitude, of: file)
        #expect(latitudes.count == 1_674)
        #expect(latitudes.filter(\.isEmpty).count == 20)
        // README: APE codes 1 591 × 56.30Z, 43 × 70.10Z, 13 × 56.10A, 7 × 68.20B.
        var counts: [String: Int] = [:]
        for code in try Self.column(.nafCode, of: file) { counts[NAFCode.normalize(code) ?? "?", default: 0] += 1 }
        #expect(counts["56.30Z"] == 1_591)
        #expect(counts["70.10Z"] == 43)
        #expect(counts["56.10A"] == 13)
        #expect(counts["68.20B"] == 7)
        #expect(counts["?"] == nil)
        // README: headcount bands 00 × 756, 01 × 455, 02 × 196, NN × 182, 03 × 64, 11 × 14, 12 × 7.
        var bands: [String: Int] = [:]
        for code in try Self.column(.headcountBand, of: file) { bands[HeadcountBand.normalize(code) ?? "?", default: 0] += 1 }
        #expect(bands == ["00": 756, "01": 455, "02": 196, "NN": 182, "03": 64, "11": 14, "12": 7])
        // README: 1 674 distinct SIRETs, each 14 digits with a valid Luhn key.
        let sirets = try Self.column(.siret, of: file)
        #expect(Set(sirets).count == 1_674)
        #expect(sirets.allSatisfy(Identifiers.isValidSIRET))
        // Valid drafts without coordinates are among those 20.
        let drafts = try Self.parsedRows(file).compactMap(\.draft)
        #expect(drafts.filter { $0.latitude == nil }.count <= 20)
        #expect(drafts.allSatisfy { ($0.latitude == nil) == ($0.longitude == nil) })
    }

    @Test("both files give identical rows")
    func identicalDrafts() throws {
        let first = try Self.parsedRows(Self.utf8File)
        let second = try Self.parsedRows(Self.excelFile)
        #expect(first.count == second.count)
        for (a, b) in zip(first, second) {
            #expect(a.line == b.line)
            #expect(a.draft == b.draft)
        }
    }

    @Test("first row read field by field")
    func firstRow() throws {
        // Line 2 of the first file:
        // 39009842400034,BAR PIERRE,1,5630Z,Débits de boissons,55 RUE DE FORBIN,13002,MARSEILLE 2,
        // 13202,43.304965,5.368438,0.94,43.312696,5.363650,00,2008-08-31
        let draft = try #require(try Self.parsedRows(Self.excelFile).first?.draft)
        #expect(draft == AccountDraft(
            siret: "39009842400034", legalName: "BAR PIERRE", nafCode: "56.30Z", nafLabel: "Débits de boissons",
            headcountBand: "00", addressLine1: "55 RUE DE FORBIN", postalCode: "13002", city: "MARSEILLE 2",
            inseeCode: "13202", latitude: 43.304965, longitude: 5.368438, soleTrader: true,
            creationDate: LocalDate(year: 2008, month: 8, day: 31)))
        #expect(draft.department == "13")
        #expect(draft.siren == "390098424")
    }

    @Test("38 possible-duplicate groups covering 79 rows", arguments: [utf8File, excelFile])
    func duplicateGroups(file: String) throws {
        let plan = ImportPlanner(existing: DuplicateIndex<UUID>(), policy: .skip).plan(try Self.parsedRows(file))
        // README: « 79 rows fall into 38 groups that share a folded name and a postal code while
        // every SIRET differs ».
        #expect(plan.counts == ImportPlan.Counts(created: 1_386, updated: 0, skipped: 0, rejected: 288,
                                                 flagged: 79, groups: 38))
        #expect(plan.possibleDuplicateGroups.map(\.lines.count).reduce(0, +) == 79)
        #expect(plan.possibleDuplicateGroups.allSatisfy { $0.reasons == [.nameAndPostalCode] && $0.existingIDs.isEmpty })
        // README example: three `BAR TERMINUS` establishments in 13012.
        let terminus = plan.rows.filter { NameFolding.fold($0.draft.legalName) == "bar terminus" && $0.draft.postalCode == "13012" }
        #expect(terminus.count == 3)
        #expect(Set(terminus.map(\.duplicateGroup)).count == 1)
        #expect(terminus[0].duplicateGroup != nil)
    }

    @Test("re-importing the Excel file over the first one", arguments: [DuplicatePolicy.skip, .update])
    func reimport(policy: DuplicatePolicy) throws {
        var index = DuplicateIndex<UUID>()
        var ids: [String: UUID] = [:]
        for draft in try Self.parsedRows(Self.utf8File).compactMap(\.draft) {
            let id = UUID()
            ids[draft.siret!] = id
            index.insert(draft, id: id)
        }
        #expect(index.count == 1_386)
        let plan = ImportPlanner(existing: index, policy: policy).plan(try Self.parsedRows(Self.excelFile))
        // Every valid row's SIRET is already there: nothing created, nothing flagged.
        #expect(plan.counts.created == 0)
        #expect(plan.counts.rejected == 288)
        #expect(plan.counts.groups == 0)
        switch policy {
        case .skip:
            #expect(plan.counts.skipped == 1_386)
            #expect(plan.rows.allSatisfy { $0.action == .skip(.existingSIRET(existing: ids[$0.draft.siret!]!)) })
        case .update:
            #expect(plan.counts.updated == 1_386)
            #expect(plan.rows.allSatisfy { $0.action == .update(existing: ids[$0.draft.siret!]!) })
        }
    }
}
