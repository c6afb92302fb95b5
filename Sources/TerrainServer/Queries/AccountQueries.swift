import Fluent
import FluentSQL
import Foundation
import SQLKit
import TerrainCore

/// The account queries: each takes a database, an access scope and a filter, and can be tested without HTTP.
enum AccountQueries {
    /// A Fluent query of the accounts in `scope` matching `filter`, sorted as asked (then by id, for a stable order).
    static func filtered(_ filter: AccountFilter, scope: AccessScope, on database: any Database) -> QueryBuilder<Account> {
        let query = Account.query(on: database)
        if let predicate = scope.predicate { query.filter(.sql(predicate)) }
        for predicate in filter.predicates { query.filter(.sql(predicate)) }
        query.sort(FieldKey(stringLiteral: filter.sortColumn.column), filter.isDescending ? .descending : .ascending)
        query.sort(\.$id)
        return query
    }

    /// Another account (archived or not, in any portfolio) with this SIRET, if one exists.
    static func withSIRET(_ siret: String, excluding id: UUID?, on database: any Database) async throws -> Account? {
        let query = Account.query(on: database).filter(\.$siret == siret)
        if let id { query.filter(\.$id != id) }
        return try await query.first()
    }

    /// One page of the filtered list and the total count.
    static func page(_ filter: AccountFilter, scope: AccessScope, on database: any Database) async throws -> Fluent.Page<Account> {
        try await filtered(filter, scope: scope, on: database)
            .with(\.$owner)
            .paginate(PageRequest(page: filter.pageNumber, per: filter.pageSize))
    }

    /// The account with this id if it is inside `scope`.
    /// - Throws: `TerrainError.notFound` when it does not exist or is outside the scope (the two are
    ///   not told apart, so that ids of other portfolios cannot be probed).
    static func find(_ id: UUID, scope: AccessScope, on database: any Database) async throws -> Account {
        guard let account = try await Account.query(on: database).filter(\.$id == id).with(\.$owner).first(),
              scope.contains(ownerID: account.$owner.id) else {
            throw TerrainError.notFound
        }
        return account
    }

    /// A count per value of `column` ("department", "naf_code", "status", "category") for the filtered
    /// accounts, largest first; a missing value is grouped under the empty string.
    static func distribution(of column: DistributionColumn, filter: AccountFilter, scope: AccessScope, on sql: any SQLDatabase) async throws -> [(key: String, count: Int)] {
        var query = sql.select()
            .column(SQLAlias(SQLFunction("COALESCE", args: SQLColumn(column.rawValue), SQLLiteral.string("")), as: SQLIdentifier("key")))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n")))
            .from(Account.schema)
        if let predicate = scope.predicate { query = query.where(predicate) }
        for predicate in filter.predicates { query = query.where(predicate) }
        let rows = try await query
            .groupBy(SQLColumn(column.rawValue))
            .orderBy(SQLIdentifier("n"), SQLDirection.descending)
            .orderBy(SQLIdentifier("key"), SQLDirection.ascending)
            .all()
        return try rows.map { (try $0.decode(column: "key", as: String.self), try $0.decode(column: "n", as: Int.self)) }
    }

    enum DistributionColumn: String, CaseIterable, Sendable {
        case department, nafCode = "naf_code", status, category
    }
}
