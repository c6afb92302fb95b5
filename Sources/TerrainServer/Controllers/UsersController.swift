import Fluent
import Foundation
import TerrainCore
import Vapor

/// User management, for administrators only.
struct UsersController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.users, use: list)
        routes.post(.users, use: create)
        routes.get(.editUser(nil), use: editForm)
        routes.post(.user(nil), use: update)
    }

    func editForm(req: Request) async throws -> WebPage {
        try requireAdmin(req)
        guard let user = try await User.find(req.idParameter(), on: req.db) else { throw TerrainError.notFound }
        let values = ["name": user.name, "role": user.role.rawValue, "manager": user.$manager.id?.uuidString ?? "", "active": user.active ? "on" : ""]
        return UserEditView.page(try await editModel(req, user: user, values: values), context: req.pageContext())
    }

    /// Saves name, role, manager, active flag and (when typed) a new password.
    func update(req: Request) async throws -> Response {
        try requireAdmin(req)
        guard let user = try await User.find(req.idParameter(), on: req.db) else { throw TerrainError.notFound }
        let form = try req.content.decode([String: String].self)
        let isSelf = user.id == (try req.currentUser().id)
        var errors: [String: String] = [:]
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors["name"] = LocalizedText.required.text(req.language) }
        let role = UserRole(rawValue: form["role"] ?? "")
        if role == nil || (isSelf && role != .admin) { errors["role"] = LocalizedText.invalidRole.text(req.language) }
        var managerID: UUID?
        if let raw = form["manager"], !raw.isEmpty {
            if let id = UUID(uuidString: raw), id != user.id, let manager = try await User.find(id, on: req.db), manager.role == .manager {
                managerID = id
            } else {
                errors["manager"] = LocalizedText.invalidManager.text(req.language)
            }
        }
        let password = form["password"] ?? ""
        if !password.isEmpty && password.count < Passwords.minimumLength { errors["password"] = LocalizedText.passwordTooShort.text(req.language) }
        guard errors.isEmpty, let role else {
            var values = form
            values["password"] = nil
            var model = try await editModel(req, user: user, values: values)
            model.errors = errors
            return try await UserEditView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
        user.name = name
        user.role = role
        user.$manager.id = managerID
        user.active = isSelf ? true : form["active"] == "on"
        if !password.isEmpty { user.passwordHash = try Passwords.hash(password) }
        try await user.save(on: req.db)
        req.flash(.userSaved, user.name)
        return req.redirect(to: SiteRoute.users.path)
    }

    private func editModel(_ req: Request, user: User, values: [String: String]) async throws -> UserEditView.Model {
        let managers = try await User.query(on: req.db).filter(\.$role == .manager).sort(\.$name).all()
        return UserEditView.Model(userID: try user.requireID(), email: user.email, values: values,
                                  managers: managers.filter { $0.id != user.id }.map { ($0.id?.uuidString ?? "", $0.name) },
                                  isSelf: user.id == (try req.currentUser().id))
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
            users: users.map { ($0.id ?? UUID(), $0.name + ($0.active ? "" : " (" + LocalizedText.inactive.text(req.language) + ")"), $0.email, $0.role, $0.manager?.name ?? "") },
            managers: users.filter { $0.role == .manager }.map { ($0.id?.uuidString ?? "", $0.name) }
        )
    }

    private func requireAdmin(_ req: Request) throws {
        guard try req.currentUser().role == .admin else { throw TerrainError.forbidden }
    }
}
