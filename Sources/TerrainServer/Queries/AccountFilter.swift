import Foundation
import SQLKit
import TerrainCore
import Vapor

/// The criteria of the account list, shared by the page, the CSV/XLSX export, the charts and the API.
///
/// Decoded from the query string (`?q=bar&status=customer&department=13&sort=city&page=2`).
struct AccountFilter: Content, Equatable, Sendable {
    /// Free text: every word must appear in the folded name, trade name, city, postal code or SIRET.
    var q: String?
    var status: String?
    var department: String?
    var naf: String?
    var category: String?
    /// Owner's user id, or "none" for accounts without owner.
    var owner: String?
    /// Include archived accounts ("1").
    var archived: String?
    /// Column to sort by: see `AccountSort`.
    var sort: String?
    /// "asc" or "desc".
    var dir: String?
    var page: Int?
    var per: Int?

    static let defaultPageSize = 50
    static let maxPageSize = 500

    var sortColumn: AccountSort { sort.flatMap(AccountSort.init(rawValue:)) ?? .legalName }
    var isDescending: Bool { dir == "desc" }
    var pageNumber: Int { max(page ?? 1, 1) }
    var pageSize: Int { min(max(per ?? Self.defaultPageSize, 1), Self.maxPageSize) }
    var includesArchived: Bool { archived == "1" }

    /// The words of `q`, folded for accent- and case-insensitive matching.
    var searchWords: [String] {
        guard let q else { return [] }
        // At most 8 words of the first 200 characters: enough for any real search, and a bounded query.
        return Account.searchFolded(String(q.prefix(200))).split(separator: " ").prefix(8).map(String.init)
    }

    /// The SQL conditions of the filter (without the access scope), with bound parameters.
    var predicates: [any SQLExpression] {
        var result: [any SQLExpression] = []
        let table = Account.schema
        for word in searchWords {
            result.append(SQLBinaryExpression(SQLColumn("search_text", table: table), .like, SQLBind("%\(word)%")))
        }
        func equal(_ column: String, _ value: String?) {
            guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return }
            result.append(SQLBinaryExpression(SQLColumn(column, table: table), .equal, SQLBind(value)))
        }
        equal("status", status)
        equal("department", department?.uppercased())
        equal("naf_code", naf.map(Self.normalizedNAF))
        equal("category", category)
        if let owner, !owner.isEmpty {
            if owner == "none" {
                result.append(SQLBinaryExpression(SQLColumn("owner_id", table: table), .is, SQLLiteral.null))
            } else if let id = UUID(uuidString: owner) {
                result.append(SQLBinaryExpression(SQLColumn("owner_id", table: table), .equal, SQLBind(id)))
            }
        }
        if !includesArchived {
            result.append(SQLBinaryExpression(SQLColumn("archived_at", table: table), .is, SQLLiteral.null))
        }
        return result
    }

    /// "5630z" → "56.30Z", so that a filter typed either way matches the stored form.
    static func normalizedNAF(_ raw: String) -> String {
        let compact = raw.uppercased().filter { !$0.isWhitespace && $0 != "." }
        guard compact.count == 5 else { return raw.uppercased() }
        return String(compact.prefix(2)) + "." + String(compact.dropFirst(2))
    }

    /// The filter as query items, for links that keep it (sorting, pagination, export).
    func queryItems(page: Int? = nil, sort: AccountSort? = nil, dir: String? = nil) -> [(String, String)] {
        [
            ("q", q ?? ""), ("status", status ?? ""), ("department", department ?? ""), ("naf", naf ?? ""),
            ("category", category ?? ""), ("owner", owner ?? ""), ("archived", archived ?? ""),
            ("sort", (sort ?? self.sort.flatMap(AccountSort.init(rawValue:)))?.rawValue ?? ""),
            ("dir", dir ?? self.dir ?? ""),
            ("page", page.map(String.init) ?? ""),
        ]
    }
}

/// The columns the account list can be sorted by (a whitelist: never a user-given column name).
enum AccountSort: String, CaseIterable, Sendable {
    case legalName, city, postalCode, department, status, nafCode, updatedAt

    var column: String {
        switch self {
        case .legalName: return "legal_name"
        case .city: return "city"
        case .postalCode: return "postal_code"
        case .department: return "department"
        case .status: return "status"
        case .nafCode: return "naf_code"
        case .updatedAt: return "updated_at"
        }
    }
}
