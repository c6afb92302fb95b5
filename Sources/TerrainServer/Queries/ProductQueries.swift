import Fluent
import FluentSQL
import Foundation
import SQLKit
import Vapor

/// The criteria of the product list (`?q=biere&family=Fûts&active=1&page=2`).
struct ProductFilter: Content, Equatable, Sendable {
    var q: String?
    var family: String?
    /// "1": active only (the default), "0": inactive only, "all": both.
    var active: String?
    var page: Int?

    var pageNumber: Int { max(page ?? 1, 1) }

    func queryItems(page: Int? = nil) -> [(String, String)] {
        [("q", q ?? ""), ("family", family ?? ""), ("active", active ?? ""), ("page", page.map(String.init) ?? "")]
    }
}

/// The catalogue queries.
enum ProductQueries {
    static let pageSize = 50

    /// Products matching the filter, sorted by family then reference.
    static func filtered(_ filter: ProductFilter, on database: any Database) -> QueryBuilder<Product> {
        let query = Product.query(on: database)
        for word in Account.searchFolded(String((filter.q ?? "").prefix(200))).split(separator: " ").prefix(8) {
            query.filter(.sql(SQLBinaryExpression(SQLColumn("search_text", table: Product.schema), .like, SQLBind("%\(word)%"))))
        }
        if let family = filter.family?.trimmingCharacters(in: .whitespaces), !family.isEmpty {
            query.filter(\.$family == family)
        }
        switch filter.active ?? "1" {
        case "0": query.filter(\.$active == false)
        case "all": break
        default: query.filter(\.$active == true)
        }
        return query.sort(\.$family).sort(\.$reference)
    }

    static func page(_ filter: ProductFilter, on database: any Database) async throws -> Fluent.Page<Product> {
        try await filtered(filter, on: database).paginate(PageRequest(page: filter.pageNumber, per: pageSize))
    }

    /// The distinct families, sorted, for the filter.
    static func families(on database: any Database) async throws -> [String] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.select().distinct().column("family").from(Product.schema)
            .where("family", .isNot, SQLLiteral.null).orderBy("family").all()
        return try rows.map { try $0.decode(column: "family", as: String.self) }
    }

    /// Another product with this reference, if any.
    static func withReference(_ reference: String, excluding id: UUID?, on database: any Database) async throws -> Product? {
        let query = Product.query(on: database).filter(\.$reference == reference)
        if let id { query.filter(\.$id != id) }
        return try await query.first()
    }
}
