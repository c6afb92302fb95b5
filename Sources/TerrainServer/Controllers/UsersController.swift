import Fluent
import Foundation
import TerrainCore
import Vapor

/// User management, for administrators only.
struct UsersController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.users, use: list)
        routes.post(.users, use: create)
    }

    func list(req: Request) async throws -> WebPage {
        try requireAdmin(req)
        return try await UsersView.page(model(req), context: req.pageContext())
    }

    func create(req: Request) async throws -> Response {
        try requireAdmin(req)
        let form = try req.content.decode([String: String].self)
        var errors: [String: String] = [:]
        let role = UserRole(rawValue: form["role"] ?? "")
        if role == nil { errors["role"] = LocalizedText.invalidRole.text(req.language) }
        var managerID: UUID?
        if let raw = form["manager"], !raw.isEmpty {
            if let id = UUID(uuidString: raw), let manager = try await User.find(id, on: req.db), manager.role == .manager {
                managerID = id
            } else {
                errors["manager"] = LocalizedText.invalidManager.text(req.language)
            }
        }
        let input = UserService.Input(name: form["name"] ?? "", email: form["email"] ?? "", password: form["password"] ?? "",
                                      role: role ?? .rep, managerID: managerID)
        for (field, text) in try await UserService.problems(input, on: req.db) where errors[field] == nil {
            errors[field] = text.text(req.language)
        }
        guard errors.isEmpty else {
            var page = try await model(req)
            page.values = form
            page.values["password"] = nil
            page.errors = errors
            return try await UsersView.page(page, context: req.pageContext()).encodeResponse(for: req)
        }
        let user = try await UserService.create(input, on: req.db)
        req.flash(.userCreated, user.name)
        return req.redirect(to: SiteRoute.users.path)
    }

    private func model(_ req: Request) async throws -> UsersView.Model {
        let users = try await User.query(on: req.db).with(\.$manager).sort(\.$name).all()
        return UsersView.Model(
            users: users.map { ($0.name, $0.email, $0.role, $0.manager?.name ?? "") },
            managers: users.filter { $0.role == .manager }.map { ($0.id?.uuidString ?? "", $0.name) }
        )
    }

    private func requireAdmin(_ req: Request) throws {
        guard try req.currentUser().role == .admin else { throw TerrainError.forbidden }
    }
}
