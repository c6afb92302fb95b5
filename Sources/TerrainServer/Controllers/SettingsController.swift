import Fluent
import Foundation
import TerrainCore
import Vapor

/// The company settings page, for administrators: today the VAT computation mode of new orders.
struct SettingsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.settings, use: show)
        routes.post(.settings, use: save)
    }

    func show(req: Request) async throws -> WebPage {
        try requireAdmin(req)
        let identity = try await CompanySettings.identity(on: req.db)
        return SettingsView.page(.init(vatComputation: try await CompanySettings.vatComputation(on: req.db),
                                       values: ["companyName": identity.name, "companyAddress": identity.address, "companySIRET": identity.siret]),
                                 context: req.pageContext())
    }

    func save(req: Request) async throws -> Response {
        try requireAdmin(req)
        let posted = try req.content.decode([String: String].self)
        var errors: [String: String] = [:]
        let mode = posted["vatComputation"].flatMap(VATComputation.init(rawValue:))
        if mode == nil { errors["vatComputation"] = ValidationIssue.invalidChoice(options: []).message(req.language) }
        func text(_ name: String, max: Int) -> String {
            let value = (posted[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.count > max { errors[name] = ValidationIssue.tooLong(max: max).message(req.language) }
            return value
        }
        var identity = CompanySettings.Identity(name: text("companyName", max: 200), address: text("companyAddress", max: 500),
                                                siret: text("companySIRET", max: 20))
        if !identity.siret.isEmpty {
            if let siret = Identifiers.normalizedSIRET(identity.siret) {
                identity.siret = siret
            } else {
                errors["companySIRET"] = ValidationIssue.invalidSIRET.message(req.language)
            }
        }
        guard errors.isEmpty, let mode else {
            return try await SettingsView.page(.init(vatComputation: mode ?? .perRateOnTotal, values: posted, errors: errors),
                                               context: req.pageContext()).encodeResponse(for: req)
        }
        try await CompanySettings.setVATComputation(mode, on: req.db)
        try await CompanySettings.setIdentity(identity, on: req.db)
        req.flash(.settingsSaved)
        return req.redirect(to: SiteRoute.settings.path)
    }

    private func requireAdmin(_ req: Request) throws {
        guard try req.currentUser().role == .admin else { throw TerrainError.forbidden }
    }
}
