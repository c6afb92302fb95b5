import Fluent
import Foundation
import TerrainCore

/// Imports a catalogue file, from the web (`ProductImportFlow`) or `terrain import products`:
/// TerrainCore parses, validates and plans (nothing is written before the plan is made); this
/// service applies the plan in one transaction per batch, or in a single one for all-or-nothing.
enum ProductImportService {
    struct Summary: Sendable {
        var counts: ProductImportPlan.Counts
        /// Rejected rows' issues and one line per skipped row, by line.
        var report: [ProductRowIssue]
        var refused: Bool
    }

    /// Rows written per transaction (and per progress report).
    static let batchSize = 500

    /// Plans the rows of `parser` under `mapping` against the stored catalogue, writing nothing.
    static func plan(_ parser: ProductImportParser, mapping: ProductColumnMapping, policy: DuplicatePolicy,
                     on database: any Database) async throws -> ProductImportPlan {
        let existing = try await Product.query(on: database).all().compactMap { product in product.id.map { (reference: product.reference, id: $0) } }
        return ProductImportPlanner(existing: existing, policy: policy).plan(parser.rows(mapping: mapping))
    }

    /// Applies a plan: creates and updates its rows. With `allOrNothing`, a plan with a rejected
    /// row writes nothing (returns `true`: refused) and a valid plan is written in one
    /// transaction, progress being reported once at the end.
    /// - Parameter progress: called with (rows done, rows in all) after each batch, outside any
    ///   transaction.
    /// - Returns: whether the import was refused.
    static func execute(_ plan: ProductImportPlan, allOrNothing: Bool, on database: any Database,
                        progress: @escaping @Sendable (Int, Int) async throws -> Void = { _, _ in }) async throws -> Bool {
        let total = plan.rows.count + plan.rejected.count
        if allOrNothing && !plan.rejected.isEmpty {
            try await progress(total, total)
            return true
        }
        let noProgress: @Sendable (Int, Int) async throws -> Void = { _, _ in }
        let batchProgress = allOrNothing ? noProgress : progress
        let write: @Sendable (any Database) async throws -> Void = { db in
            for batch in stride(from: 0, to: plan.rows.count, by: batchSize) {
                let rows = plan.rows[batch..<min(batch + batchSize, plan.rows.count)]
                try await db.transaction { tx in
                    var creates: [Product] = []
                    for row in rows {
                        switch row.action {
                        case .create:
                            let product = Product()
                            product.apply(row.draft)
                            product.version = 1
                            creates.append(product)
                        case let .update(existing):
                            guard let product = try await Product.find(existing, on: tx) else { continue }
                            product.apply(row.draft)
                            product.version += 1
                            try await product.update(on: tx)
                        case .skip:
                            continue
                        }
                    }
                    if !creates.isEmpty { try await creates.create(on: tx) }
                }
                try await batchProgress(plan.rejected.count + min(batch + batchSize, plan.rows.count), total)
            }
        }
        if allOrNothing {
            try await database.transaction { try await write($0) }
        } else {
            try await write(database)
        }
        try await progress(total, total)
        return false
    }

    /// The command line's import: a CSV or XLSX file under the automatic mapping.
    /// - Parameters:
    ///   - allOrNothing: when true, any invalid row leaves the catalogue as it was.
    /// - Throws: `ImportFileError` when the file cannot be read at all.
    static func run(_ data: Data, policy: DuplicatePolicy, allOrNothing: Bool, language: Language, on database: any Database) async throws -> Summary {
        let parser = ProductImportParser(table: try ImportFile.table(data))
        let plan = try await plan(parser, mapping: parser.suggestedMapping, policy: policy, on: database)
        let refused = try await execute(plan, allOrNothing: allOrNothing, on: database)
        var counts = plan.counts
        if refused {
            counts.created = 0
            counts.updated = 0
        }
        return Summary(counts: counts, report: plan.report(language), refused: refused)
    }
}
