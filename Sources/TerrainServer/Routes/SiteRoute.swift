import Foundation
import Vapor

/// Every page of the web app. Links are built from it (`.path`) and routes are registered from it
/// (`.pathComponents`), so no view holds a literal path.
///
/// An `ID` of `nil` stands for the route's parameter (`:id`) when registering.
enum SiteRoute: Hashable, Sendable {
    typealias ID = UUID?

    case home, setup, login, logout, language, stylesheet, enhancementScript
    case accounts, newAccount, account(ID), editAccount(ID), archiveAccount(ID)
    case accountsExport, accountsStats
    case newContact(account: ID), contacts(account: ID), editContact(ID), contact(ID), archiveContact(ID)
    case imports, newImport, importJob(ID), importAnalysis(ID), importRun(ID), importRejected(ID)
    case profile, tokens, revokeToken(ID), password
    case users, user(ID), editUser(ID)
    case products, newProduct, product(ID), editProduct(ID), productsExport
    case orders, order(ID), newOrder(account: ID), accountOrders(account: ID), editOrder(ID), orderStatus(ID)
    case settings
    case planning, tourPlan(ID), tourPlanAdjust(ID), tourPlanCalendar(ID)
    case priceLists, priceList(ID)

    /// The path's segments; a parameter is `:id`.
    var segments: [String] {
        switch self {
        case .home: return []
        case .setup: return ["setup"]
        case .login: return ["login"]
        case .logout: return ["logout"]
        case .language: return ["language"]
        case .stylesheet: return ["assets", "terrain.css"]
        case .enhancementScript: return ["assets", "terrain.js"]
        case .accounts: return ["accounts"]
        case .newAccount: return ["accounts", "new"]
        case let .account(id): return ["accounts", Self.segment(id)]
        case let .editAccount(id): return ["accounts", Self.segment(id), "edit"]
        case let .archiveAccount(id): return ["accounts", Self.segment(id), "archive"]
        case .accountsExport: return ["accounts", "export"]
        case .accountsStats: return ["accounts", "stats"]
        case let .newContact(id): return ["accounts", Self.segment(id), "contacts", "new"]
        case let .contacts(id): return ["accounts", Self.segment(id), "contacts"]
        case let .editContact(id): return ["contacts", Self.segment(id), "edit"]
        case let .contact(id): return ["contacts", Self.segment(id)]
        case let .archiveContact(id): return ["contacts", Self.segment(id), "archive"]
        case .imports: return ["imports"]
        case .newImport: return ["imports", "new"]
        case let .importJob(id): return ["imports", Self.segment(id)]
        case let .importAnalysis(id): return ["imports", Self.segment(id), "analysis"]
        case let .importRun(id): return ["imports", Self.segment(id), "run"]
        case let .importRejected(id): return ["imports", Self.segment(id), "rejected.csv"]
        case .profile: return ["profile"]
        case .tokens: return ["profile", "tokens"]
        case let .revokeToken(id): return ["profile", "tokens", Self.segment(id), "revoke"]
        case .users: return ["users"]
        case let .user(id): return ["users", Self.segment(id)]
        case let .editUser(id): return ["users", Self.segment(id), "edit"]
        case .password: return ["profile", "password"]
        case .products: return ["products"]
        case .newProduct: return ["products", "new"]
        case let .product(id): return ["products", Self.segment(id)]
        case let .editProduct(id): return ["products", Self.segment(id), "edit"]
        case .productsExport: return ["products", "export"]
        case .orders: return ["orders"]
        case let .order(id): return ["orders", Self.segment(id)]
        case let .newOrder(id): return ["accounts", Self.segment(id), "orders", "new"]
        case let .accountOrders(id): return ["accounts", Self.segment(id), "orders"]
        case let .editOrder(id): return ["orders", Self.segment(id), "edit"]
        case let .orderStatus(id): return ["orders", Self.segment(id), "status"]
        case .settings: return ["settings"]
        case .planning: return ["planning"]
        case let .tourPlan(id): return ["planning", Self.segment(id)]
        case let .tourPlanAdjust(id): return ["planning", Self.segment(id), "adjust"]
        case let .tourPlanCalendar(id): return ["planning", Self.segment(id), "calendar.ics"]
        case .priceLists: return ["price-lists"]
        case let .priceList(id): return ["price-lists", Self.segment(id)]
        }
    }

    /// The absolute path of the page, e.g. `/accounts/3F2504E0-…/edit`.
    var path: String { "/" + segments.joined(separator: "/") }

    /// The path with a query string; items with an empty value are left out.
    func path(query: [(String, String)]) -> String {
        let items = query.filter { !$0.1.isEmpty }
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return path + "?" + encoded
    }

    /// The route pattern to register (`:id` becomes a parameter).
    var pathComponents: [PathComponent] { segments.map { PathComponent(stringLiteral: $0) } }

    private static func segment(_ id: ID) -> String { id?.uuidString ?? ":id" }
}

extension RoutesBuilder {
    @discardableResult
    func get(_ route: SiteRoute, use closure: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        get(route.pathComponents, use: closure)
    }

    @discardableResult
    func post(_ route: SiteRoute, use closure: @Sendable @escaping (Request) async throws -> some AsyncResponseEncodable) -> Route {
        post(route.pathComponents, use: closure)
    }
}

extension Request {
    /// The `:id` parameter of the route as a UUID.
    /// - Throws: `Abort(.notFound)` when it is missing or not a UUID.
    func idParameter() throws -> UUID {
        guard let id = parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }
}
