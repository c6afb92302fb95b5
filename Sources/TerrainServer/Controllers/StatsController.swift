import Fluent
import SQLKit
import TerrainCore
import Vapor

/// The distribution page: the same filter and scope as the list, grouped four ways.
struct StatsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accountsStats, use: distribution)
    }

    func distribution(req: Request) async throws -> WebPage {
        guard let sql = req.db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let filter = try req.query.decode(AccountFilter.self)
        let scope = try await req.accessScope()
        let l = req.localizer
        func rows(_ column: AccountQueries.DistributionColumn, label: (String) -> String) async throws -> [(String, Int)] {
            try await AccountQueries.distribution(of: column, filter: filter, scope: scope, on: sql)
                .map { ($0.key.isEmpty ? l(.notSet) : label($0.key), $0.count) }
        }
        let departments = try await rows(.department) { code in [code, Department.name(code)].compactMap { $0 }.joined(separator: " ") }
        let naf = try await rows(.nafCode) { $0 }
        let statuses = try await rows(.status) { AccountStatus(rawValue: $0).map { l(.status($0)) } ?? $0 }
        let categories = try await rows(.category) { $0 }
        let total = statuses.reduce(0) { $0 + $1.1 }
        return DistributionView.page(filter: filter, total: total, breakdowns: [
            .init(title: l(.byDepartment), rows: departments),
            .init(title: l(.byNAF), rows: naf),
            .init(title: l(.byStatus), rows: statuses),
            .init(title: l(.byCategory), rows: categories),
        ], context: req.pageContext())
    }
}
