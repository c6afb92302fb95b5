import Fluent
import Foundation
import TerrainCore

/// What the web import (`ImportController`, `ImportJobRunner`) needs of one kind of file: the
/// generic steps upload → mapping → analysis → run → report are the same, only these differ.
///
/// A selection is one field raw value per column of the file, `""` for an ignored column; the
/// mapping chosen is stored on the job as the kind's own mapping type, in JSON.
protocol ImportFlow {
    /// The field choices of the mapping screen: (raw value, label), in order.
    static func fieldOptions(_ language: Language) -> [(String, String)]
    /// The selection proposed from the file's headers.
    static func suggestedSelection(_ table: CSVTable) -> [String]
    /// The first `limit` non-blank rows: (line, cells padded to the header's width).
    static func preview(_ table: CSVTable, limit: Int) -> [(Int, [String])]
    /// The mapping of a selection as JSON, or a French/English message saying what is wrong.
    static func mappingJSON(_ selected: [String], language: Language) -> Result<String, ImportMappingProblem>
    /// What the import would do, writing nothing.
    static func analyse(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext) async throws -> ImportAnalysis
    /// Runs the import; `progress` is called with (rows done, rows in all), outside any
    /// transaction.
    static func run(_ table: CSVTable, mappingJSON: String, options: ImportOptions, context: ImportContext,
                    progress: @escaping @Sendable (Int, Int) async throws -> Void) async throws -> ImportSummary
    /// The figures of the result page, from the job's counts.
    static func resultFigures(_ job: ImportJob, _ l: Localizer) -> [ImportFigure]
}

/// Where an import runs.
struct ImportContext: Sendable {
    let database: any Database
    /// Records the user may update.
    let scope: AccessScope
    let language: Language
}

/// A mapping that cannot be used, with the message to show.
struct ImportMappingProblem: Error, Sendable {
    let message: String
}

/// One figure of an analysis or result page; `id` is the element id tests and scripts read
/// (`count-create`, `result-created`…).
struct ImportFigure: Sendable {
    let id: String
    let label: String
    let value: String
}

/// What the analysis page shows.
struct ImportAnalysis: Sendable {
    var figures: [ImportFigure]
    /// True when the all-or-nothing mode will refuse the file.
    var refused: Bool
    /// First rejected rows' issues: (line, column, reason, value).
    var rejectedSample: [(Int, String, String, String)]
    /// Possible-duplicate groups to decide on (accounts only).
    var groups: [ImportAnalysisView.Group] = []
}

extension ImportFlow {
    /// The selection as typed fields, or the message for a field chosen twice.
    static func fields<Field>(_ selected: [String], as: Field.Type, language: Language) -> Result<[Field?], ImportMappingProblem>
        where Field: RawRepresentable & Hashable, Field.RawValue == String {
        var seen = Set<Field>()
        var fields: [Field?] = []
        for raw in selected {
            let field = Field(rawValue: raw)
            if let field, !seen.insert(field).inserted {
                let label = fieldOptions(language).first { $0.0 == raw }?.1 ?? raw
                return .failure(ImportMappingProblem(message: Localizer(language)(.mappingDuplicateField, label)))
            }
            fields.append(field)
        }
        return .success(fields)
    }

    /// A mapping value as stored on the job.
    static func encoded(_ mapping: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(mapping), as: UTF8.self)
    }

    /// A stored mapping.
    static func decoded<Mapping: Decodable>(_ json: String, as type: Mapping.Type) throws -> Mapping {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The first `limit` issues of rejected rows, for the analysis page.
    static func sample(_ issues: some Sequence<(Int, String, String, String)>, limit: Int = 200) -> [(Int, String, String, String)] {
        Array(issues.prefix(limit))
    }
}
