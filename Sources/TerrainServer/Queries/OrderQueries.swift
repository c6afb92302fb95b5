import Fluent
import FluentSQL
import Foundation
import SQLKit
import TerrainCore
import Vapor

/// The criteria of the order list (`?q=CMD-2026&status=delivered&from=01/01/2026&to=31/03/2026&page=2`).
struct OrderFilter: Content, Equatable, Sendable {
    /// Words matched against the number and the account's names, SIRET, city.
    var q: String?
    /// An `OrderStatus` raw value, or empty for all.
    var status: String?
    /// An `OrderKind` raw value, or empty for both.
    var kind: String?
    /// Period (French or ISO dates), inclusive.
    var from: String?
    var to: String?
    var page: Int?

    var pageNumber: Int { max(page ?? 1, 1) }

    func queryItems(page: Int? = nil) -> [(String, String)] {
        [("q", q ?? ""), ("status", status ?? ""), ("kind", kind ?? ""), ("from", from ?? ""), ("to", to ?? ""),
         ("page", page.map(String.init) ?? "")]
    }
}

/// Order queries; an order is visible when its account is inside the user's access scope.
enum OrderQueries {
    static let pageSize = 50

    /// The latest orders of an account, newest first.
    static func forAccount(_ accountID: UUID, limit: Int = 50, on database: any Database) async throws -> [SalesOrder] {
        try await SalesOrder.query(on: database).filter(\.$account.$id == accountID)
            .sort(\.$orderedOn, .descending).sort(\.$number, .descending).limit(limit).all()
    }

    /// The order with its lines, account, rep, contact and follow-up events, if its account is
    /// inside `scope`.
    /// - Throws: `TerrainError.notFound` otherwise.
    static func find(_ id: UUID, scope: AccessScope, on database: any Database) async throws -> SalesOrder {
        guard let order = try await SalesOrder.query(on: database).filter(\.$id == id)
            .with(\.$account).with(\.$rep).with(\.$lines).with(\.$contact).with(\.$events) { $0.with(\.$user) }.first(),
            scope.contains(ownerID: order.account.$owner.id) else {
            throw TerrainError.notFound
        }
        return order
    }

    /// One page of the orders matching `filter` inside `scope`, newest first, with their accounts.
    static func page(_ filter: OrderFilter, scope: AccessScope, on database: any Database) async throws -> Fluent.Page<SalesOrder> {
        let query = SalesOrder.query(on: database).join(Account.self, on: \SalesOrder.$account.$id == \Account.$id).with(\.$account)
        if let predicate = scope.predicate { query.filter(.sql(predicate)) }
        for word in Account.searchFolded(String((filter.q ?? "").prefix(200))).split(separator: " ").prefix(8) {
            let pattern = SQLBind("%\(word)%")
            query.group(.or) { group in
                group.filter(.sql(SQLBinaryExpression(SQLColumn("search_text", table: Account.schema), .like, pattern)))
                group.filter(.sql(SQLBinaryExpression(SQLFunction("lower", args: SQLColumn("number", table: SalesOrder.schema)), .like, pattern)))
            }
        }
        if let status = filter.status.flatMap(OrderStatus.init(rawValue:)) { query.filter(\.$status == status) }
        if let kind = filter.kind.flatMap(OrderKind.init(rawValue:)) { query.filter(\.$kind == kind) }
        if let from = filter.from.flatMap(DateParsing.parseFrench) { query.filter(\.$orderedOn >= from.iso) }
        if let to = filter.to.flatMap(DateParsing.parseFrench) { query.filter(\.$orderedOn <= to.iso) }
        return try await query.sort(\.$orderedOn, .descending).sort(\.$number, .descending)
            .paginate(PageRequest(page: filter.pageNumber, per: pageSize))
    }
}
