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
        return SettingsView.page(.init(vatComputation: try await CompanySettings.vatComputation(on: req.db)), context: req.pageContext())
    }

    func save(req: Request) async throws -> Response {
        try requireAdmin(req)
        let posted = try req.content.decode([String: String].self)
        guard let mode = posted["vatComputation"].flatMap(VATComputation.init(rawValue:)) else {
            return try await SettingsView.page(.init(vatComputation: try await CompanySettings.vatComputation(on: req.db),
                                                     error: ValidationIssue.invalidChoice(options: []).message(req.language)),
                                               context: req.pageContext()).encodeResponse(for: req)
        }
        try await CompanySettings.setVATComputation(mode, on: req.db)
        req.flash(.settingsSaved)
        return req.redirect(to: SiteRoute.settings.path)
    }

    private func requireAdmin(_ req: Request) throws {
        guard try req.currentUser().role == .admin else { throw TerrainError.forbidden }
    }
}
