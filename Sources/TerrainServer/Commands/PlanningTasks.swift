import Fluent
import Foundation
import TerrainCore
import TerrainRouting
import Vapor

extension CommandTasks {
    /// `terrain tour plan`: plans the accounts matching `accounts` (a query string of the account
    /// list's filters: `status=customer&department=13&q=bar&owner=EMAIL`) and returns the plan as text.
    /// - Throws: `Failure` for a bad date, place or filter, or an empty selection.
    public static func planTour(app: Application, from: String, days: Int, accounts: String, home: String, technique: String,
                                visitMinutes: Int) async throws -> String {
        guard let first = DateParsing.parseFrench(from) else { throw Failure("Option --from : « \(from) » n'est pas une date (jj/mm/aaaa).") }
        guard (1...10).contains(days) else { throw Failure("Option --days : entre 1 et 10 jours.") }
        guard let chosen = TourTechnique(rawValue: technique) else {
            throw Failure("Option --technique : « \(technique) » ; valeurs permises : \(TourTechnique.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard let place = PlanningForm.place(home, gazetteer: try? Gazetteer.bundled()) else {
            throw Failure("Option --home : lieu introuvable « \(home) » (écrivez « 13400 Aubagne » ou « 43.2927,5.5708 »).")
        }
        var items: [String: String] = [:]
        for pair in accounts.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            guard parts.count == 2, ["q", "status", "department", "category", "owner"].contains(parts[0]) else {
                throw Failure("Option --accounts : « \(pair) » ; écrivez par exemple status=customer&department=13&q=bar (clés : q, status, department, category, owner).")
            }
            items[parts[0]] = parts[1]
        }
        if let email = items["owner"] {
            guard let owner = try await User.query(on: app.db).filter(\.$email == UserService.normalizedEmail(email)).first() else {
                throw Failure("Option --accounts : aucun utilisateur n'a l'adresse « \(email) ».")
            }
            items["owner"] = owner.id?.uuidString
        }
        let settings = PlanningSettings(days: PlanningSettings.weekdays(from: first, count: days), start: place, technique: chosen)
        let filter = PlanningForm(values: items).filter
        let selection = try await PlanningService.visits(filter: filter, scope: .all, visitMinutes: visitMinutes,
                                                         optionalValue: settings.optionalValue, on: app.db)
        guard !selection.visits.isEmpty else { throw Failure("Aucun compte localisable ne correspond à --accounts « \(accounts) ».") }
        let (plan, comparison) = try await PlanningService.run(selection.visits, settings: settings)
        var text = TourPlanText.render(plan)
        text += "\n\nComparaison des techniques :\n" + comparison.map {
            "  \($0.technique.french.padding(toLength: 16, withPad: " ", startingAt: 0)) \(FrenchNumber.format(Rounding.halfUp(Decimal($0.metres) / 1000, places: 1), fractionDigits: 1)) km · \(FrenchNumber.formatEuros($0.cost)) · \($0.unplaced) non placée(s)"
        }.joined(separator: "\n")
        if selection.truncated {
            text += "\n\nAttention : sélection limitée aux \(PlanningForm.maxVisits) premiers comptes par nom ; affinez --accounts."
        }
        if !selection.skipped.isEmpty {
            text += "\n\nComptes sans localisation :\n" + selection.skipped.map { "  - \($0.name) : \($0.reason)" }.joined(separator: "\n")
        }
        return text
    }
}
