import Foundation
import TerrainCore

/// Solves a benchmark or planning file under that file's own conventions, for `terrain tour
/// solve` and `bench/routing`: a TSPLIB `.tsp` (integer `nint`/GEO distances, one closed tour),
/// a Solomon VRPTW file (unrounded Euclidean distances, travel time = distance, distance-only
/// objective with a free fleet), or a visit list CSV (a rep's week: see `VisitListFile`).
public enum InstanceSolve {
    /// What was solved and the answer, ready to print as one JSON object.
    public struct Report: Sendable {
        /// "tsplib", "solomon" or "visits".
        public var kind: String
        /// The objective in the file's units, for the benchmark harness (TSPLIB: an integer
        /// distance; Solomon: a distance). For visits it is the plan's euros, already rounded to
        /// the cent as a `Decimal` by the planner and only converted for the JSON output.
        public var cost: Double
        public var integerCost: Bool
        /// Node ids as numbered in the file (TSPLIB 1-based; Solomon customers without the
        /// depot), or visit ids, one list per route (per day for visits).
        public var routes: [[String]]
        /// Ids left out; for visits, with the reason.
        public var unassigned: [(id: String, reason: String?)]
        public var seconds: Double

        /// The JSON object `{"cost":…,"routes":[[…]],"unassigned":[…],"seconds":…}`; TSPLIB and
        /// Solomon ids are numbers, visit ids strings.
        public func json() -> String {
            let numeric = kind != "visits"
            func id(_ value: String) -> String { numeric ? value : quoted(value) }
            let costText = integerCost ? String(Int(cost.rounded())) : String(format: "%.4f", cost)
            let routesText = routes.map { "[" + $0.map(id).joined(separator: ",") + "]" }.joined(separator: ",")
            let unassignedText = unassigned.map { item -> String in
                guard let reason = item.reason else { return id(item.id) }
                return "{\"id\":\(quoted(item.id)),\"reason\":\(quoted(reason))}"
            }.joined(separator: ",")
            return "{\"kind\":\"\(kind)\",\"cost\":\(costText),\"routes\":[\(routesText)],\"unassigned\":[\(unassignedText)],\"seconds\":\(String(format: "%.4f", seconds))}"
        }

        private func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    /// A problem reading or solving the file, in French.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Options for a visit list (the other kinds carry everything in the file).
    public struct VisitOptions: Sendable {
        public var home: Coordinate
        public var firstDay: LocalDate?
        public var days: Int
        public init(home: Coordinate, firstDay: LocalDate? = nil, days: Int = 5) {
            self.home = home
            self.firstDay = firstDay
            self.days = days
        }
    }

    /// Solves the file's content. The time limit covers the whole call: reading the file and
    /// building the matrix come out of it, and 5 % is kept back for writing the answer, so that
    /// `seconds` stays within the limit.
    /// - Throws: `Failure` when the file is not one of the three kinds or cannot be read.
    public static func solve(_ data: Data, fileName: String, budget requested: SolveBudget, visitOptions: VisitOptions?) async throws(Failure) -> Report {
        let clock = Stopwatch()
        var budget = requested
        func remaining() -> SolveBudget {
            budget.timeLimit = max(0.01, requested.timeLimit * 0.95 - clock.elapsed)
            return budget
        }
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        if fileName.lowercased().hasSuffix(".tsp") || text.contains("NODE_COORD_SECTION") {
            let instance: TSPLIBInstance
            do { instance = try TSPLIBInstance(parsing: String(decoding: data, as: UTF8.self)) } catch { throw Failure(message: error.description) }
            let matrix = instance.matrix()
            let solution = TSPSolver.solve(matrix, budget: remaining())
            return Report(kind: "tsplib", cost: solution.cost, integerCost: true, routes: [solution.order.map { String($0 + 1) }],
                          unassigned: [], seconds: clock.elapsed)
        }
        if text.contains("CUSTOMER") && text.contains("VEHICLE") {
            let instance: SolomonInstance
            do { instance = try SolomonInstance(text: String(decoding: data, as: UTF8.self)) } catch { throw Failure(message: error.frenchDescription) }
            let problem = instance.routingProblem(fleet: .unlimited)
            let solution: RoutingSolution
            do { solution = try VRPSolver.solve(problem, budget: remaining()) } catch { throw Failure(message: error.frenchDescription) }
            let ids = instance.customers.map { String($0.id) }
            return Report(kind: "solomon", cost: solution.distance, integerCost: false,
                          routes: solution.usedRoutes.map { $0.stops.map { ids[$0.job] } },
                          unassigned: solution.unassigned.map { (ids[$0.job], nil) }, seconds: clock.elapsed)
        }
        guard let options = visitOptions else {
            throw Failure(message: "Fichier non reconnu : ni TSPLIB (.tsp), ni Solomon, ni liste de visites (ou --home manque).")
        }
        let visits: [PlannedVisit]
        do { visits = try VisitListFile.read(data) } catch { throw Failure(message: error.description) }
        let first = options.firstDay ?? visits.compactMap(\.appointment?.day).min().map(mondayOf) ?? LocalDate(year: 2026, month: 1, day: 5)!
        let settings = PlanningSettings(days: PlanningSettings.weekdays(from: first, count: options.days),
                                        start: PlanningPlace(name: "Domicile", coordinate: options.home))
        // A rep's plan is interactive: 40 search iterations per visit unless told otherwise
        // (`VRPSolver.interactiveBudget`), with the time limit as a guard.
        var planBudget = remaining()
        if planBudget.iterationLimit == nil { planBudget.iterationLimit = max(500, 40 * visits.count) }
        let plan: TourPlan
        do { plan = try await TourPlanner.plan(visits, settings: settings, budget: planBudget) } catch {
            throw Failure(message: "Planification impossible : \(error)")
        }
        return Report(kind: "visits", cost: NSDecimalNumber(decimal: plan.totals.cost).doubleValue, integerCost: false,
                      routes: plan.days.map { $0.visitOrder.map { visits[$0].id } },
                      unassigned: plan.unplaced.map { (visits[$0.index].id, $0.reason) }, seconds: clock.elapsed)
    }

    /// The Monday of the week holding `date`.
    static func mondayOf(_ date: LocalDate) -> LocalDate {
        let day = DemoCalendar.day(date)
        return DemoCalendar.date(day - DemoCalendar.weekday(day))
    }
}
