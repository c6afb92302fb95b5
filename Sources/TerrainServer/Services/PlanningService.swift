import Fluent
import Foundation
import TerrainCore
import TerrainRouting

/// Tour planning for the web and the CLI: turns a selection of the account file into visits,
/// runs the planner for the chosen technique and compares the others, saves the result.
enum PlanningService {
    /// Accounts of the selection that could not be located (no coordinates and no commune found).
    struct Skipped: Sendable, Hashable {
        var name: String
        var reason: String
    }

    /// Opening hours assumed for an account (no opening hours are stored yet): Monday to
    /// Saturday, 08:00–19:00.
    static let assumedOpeningHours = OpeningHours.parse(days: "lun-sam", hours: "08:00-19:00")!

    /// The visits of the accounts matching `filter` in `scope` (at most `PlanningForm.maxVisits`,
    /// by name): the account's own coordinates, else its commune's point (approximate). Customers
    /// are must-visits, prospects optional ones.
    static func visits(filter: AccountFilter, scope: AccessScope, visitMinutes: Int, optionalValue: Decimal,
                       on database: any Database) async throws -> (visits: [PlannedVisit], skipped: [Skipped], truncated: Bool) {
        let accounts = try await AccountQueries.filtered(filter, scope: scope, on: database).limit(PlanningForm.maxVisits + 1).all()
        let gazetteer = try? Gazetteer.bundled()
        var visits: [PlannedVisit] = []
        var skipped: [Skipped] = []
        for account in accounts.prefix(PlanningForm.maxVisits) {
            let own = account.latitude.flatMap { latitude in account.longitude.flatMap { try? Coordinate(latitude: latitude, longitude: $0) } }
            let point: (Coordinate, Bool)?
            if let own {
                point = (own, false)
            } else if let placement = gazetteer?.place(coordinate: nil, postalCode: account.postalCode, city: account.city) {
                switch placement {
                case let .located(located): point = (located.coordinate, true)
                case let .unplaced(failure):
                    point = nil
                    skipped.append(Skipped(name: account.legalName, reason: failure.message))
                }
            } else {
                point = nil
                skipped.append(Skipped(name: account.legalName, reason: "Adresse introuvable."))
            }
            guard let (coordinate, approximate) = point, let id = account.id else { continue }
            visits.append(PlannedVisit(
                id: id.uuidString, name: account.tradeName ?? account.legalName, coordinate: coordinate, approximateLocation: approximate,
                durationMinutes: visitMinutes, openingHours: assumedOpeningHours,
                priority: account.status == .customer ? .must : .optional(value: optionalValue),
                address: [account.addressLine1, [account.postalCode, account.city].compactMap { $0 }.joined(separator: " ")]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            ))
        }
        return (visits, skipped, accounts.count > PlanningForm.maxVisits)
    }

    /// Plans `visits` with the settings' technique (200 search iterations per visit, at most 3 s)
    /// and each other technique (40 per visit, at most 1 s) for the comparison. Iteration-limited,
    /// so the same visits and settings give the same plan (unless a machine hits the time guard).
    static func run(_ visits: [PlannedVisit], settings: PlanningSettings) async throws -> (TourPlan, [TechniqueSummary]) {
        let travel = try TravelMatrixProviders.fromEnvironment()
        let end = settings.end ?? settings.start
        let matrix = try await travel.matrix(for: [settings.start.coordinate, end.coordinate] + visits.map(\.coordinate))
        var chosenPlan: TourPlan?
        var summaries: [TechniqueSummary] = []
        for technique in TourTechnique.allCases {
            var variant = settings
            variant.technique = technique
            let chosen = technique == settings.technique
            let budget = SolveBudget(timeLimit: chosen ? 3 : 1, seed: 1, iterationLimit: max(500, (chosen ? 200 : 40) * visits.count))
            let plan = try TourPlanner.plan(visits, settings: variant, matrix: matrix, budget: budget)
            if technique == settings.technique { chosenPlan = plan }
            let totals = plan.totals
            summaries.append(TechniqueSummary(technique: technique, metres: totals.metres, drivingSeconds: totals.drivingSeconds,
                                              cost: totals.cost, placed: totals.visits, unplaced: plan.unplaced.count))
        }
        return (chosenPlan!, summaries)
    }

    /// Saves a new plan for `userID`, or replaces `record`'s plan.
    static func save(_ plan: TourPlan, comparison: [TechniqueSummary], userID: UUID, record: TourPlanRecord? = nil,
                     on database: any Database) async throws -> TourPlanRecord {
        let record = record ?? TourPlanRecord()
        record.$user.id = userID
        let first = plan.settings.days.first ?? LocalDate(year: 2026, month: 1, day: 1)!
        record.name = "Semaine du \(first.french)"
        record.firstDay = first.iso
        record.dayCount = plan.settings.days.count
        record.technique = plan.technique.rawValue
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        record.planJSON = String(decoding: try encoder.encode(plan), as: UTF8.self)
        record.comparisonJSON = String(decoding: try encoder.encode(comparison), as: UTF8.self)
        record.totalMetres = plan.totals.metres
        try await record.save(on: database)
        return record
    }
}
