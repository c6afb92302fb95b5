import Fluent
import Foundation

/// Order queries; an order is visible when its account is inside the user's access scope.
enum OrderQueries {
    /// The latest orders of an account, newest first.
    static func forAccount(_ accountID: UUID, limit: Int = 50, on database: any Database) async throws -> [SalesOrder] {
        try await SalesOrder.query(on: database).filter(\.$account.$id == accountID)
            .sort(\.$orderedOn, .descending).sort(\.$number, .descending).limit(limit).all()
    }

    /// The order with its lines, account and rep, if its account is inside `scope`.
    /// - Throws: `TerrainError.notFound` otherwise.
    static func find(_ id: UUID, scope: AccessScope, on database: any Database) async throws -> SalesOrder {
        guard let order = try await SalesOrder.query(on: database).filter(\.$id == id)
            .with(\.$account).with(\.$rep).with(\.$lines).first(),
            scope.contains(ownerID: order.account.$owner.id) else {
            throw TerrainError.notFound
        }
        return order
    }
}
