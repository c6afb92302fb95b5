import Fluent
import Foundation
import TerrainCore

/// Imports a catalogue file: TerrainCore parses, validates and plans (nothing is written before the
/// plan is made); this service applies the plan in one transaction per batch.
enum ProductImportService {
    struct Summary: Sendable {
        var counts: ProductImportPlan.Counts
        /// Rejected rows' issues and one line per skipped row, by line.
        var report: [ProductRowIssue]
        var refused: Bool
    }

    /// - Parameters:
    ///   - allOrNothing: when true, any invalid row leaves the catalogue as it was.
    /// - Throws: `CSVImportError` when the file cannot be read at all.
    static func run(_ data: Data, policy: DuplicatePolicy, allOrNothing: Bool, language: Language, on database: any Database) async throws -> Summary {
        let parser = try ProductImportParser(data: data)
        let existing = try await Product.query(on: database).all().compactMap { product in product.id.map { (reference: product.reference, id: $0) } }
        let plan = ProductImportPlanner(existing: existing, policy: policy).plan(parser.rows(mapping: parser.suggestedMapping))
        if allOrNothing && !plan.rejected.isEmpty {
            var counts = plan.counts
            counts.created = 0
            counts.updated = 0
            return Summary(counts: counts, report: plan.report(language), refused: true)
        }
        let write: @Sendable (any Database) async throws -> Void = { db in
            for batch in stride(from: 0, to: plan.rows.count, by: 500) {
                let rows = plan.rows[batch..<min(batch + 500, plan.rows.count)]
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
            }
        }
        if allOrNothing {
            try await database.transaction { try await write($0) }
        } else {
            try await write(database)
        }
        return Summary(counts: plan.counts, report: plan.report(language), refused: false)
    }
}
