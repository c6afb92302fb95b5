import Foundation
import TerrainCore

/// Plans a rep's visits over working days: turns the visits and settings into a
/// `RoutingProblem` (one route per day, or two for the cloverleaf technique), solves it with
/// `VRPSolver`, and reads the solution back as a timeline per day with totals in kilometres, hours
/// and euros. Visits that cannot be placed are listed with the reason, never dropped silently.
public enum TourPlanner {
    /// Seconds in a day: day `d` of the plan occupies `[d × 86 400, (d + 1) × 86 400)` on the
    /// problem's time axis (local wall-clock time; a week never crosses two time changes).
    static let daySeconds = 86_400.0

    /// Plans `visits` under `settings`.
    /// - Parameters:
    ///   - travel: the travel model (great-circle × detour by default, OSRM when configured).
    ///   - budget: time limit and seed of the optimiser.
    /// - Throws: the travel provider's errors; `RoutingProblemError` (a bug: the problem is built
    ///   here and always valid).
    public static func plan(_ visits: [PlannedVisit], settings: PlanningSettings, travel: any TravelMatrixProvider = CrowFliesTravelModel(),
                            budget: SolveBudget = SolveBudget(timeLimit: 1)) async throws -> TourPlan {
        let end = settings.end ?? settings.start
        let points = [settings.start.coordinate, end.coordinate] + visits.map(\.coordinate)
        let matrix = try await travel.matrix(for: points)
        return try plan(visits, settings: settings, matrix: matrix, budget: budget)
    }

    /// Plans with a matrix already computed over `[start, end] + visits` (in that order).
    public static func plan(_ visits: [PlannedVisit], settings: PlanningSettings, matrix: TravelMatrix,
                            budget: SolveBudget) throws -> TourPlan {
        let shape = RouteShape(settings: settings)
        var problemMatrix = matrix
        if settings.technique == .star { problemMatrix = starMatrix(matrix, visitOffset: 2) }
        let bands = settings.technique == .zigzag ? zigzagBands(visits, dayCount: settings.days.count) : nil

        var jobs: [Job] = []
        var jobVisit: [Int] = []
        var unplaced: [UnplacedVisit] = []
        for (index, visit) in visits.enumerated() {
            var fixed: FixedAppointment?
            if let appointment = visit.appointment {
                guard let day = settings.days.firstIndex(of: appointment.day) else {
                    unplaced.append(UnplacedVisit(index: index, reason: "Le rendez-vous du \(appointment.day.french) est hors de la période planifiée."))
                    continue
                }
                fixed = FixedAppointment(vehicle: shape.vehicle(day: day, minute: appointment.minute),
                                         start: Double(day) * daySeconds + Double(appointment.minute * 60))
            }
            var windows: [Int: [TimeWindow]] = [:]
            for (day, date) in settings.days.enumerated() {
                if let locked = visit.lockedDay {
                    guard locked == date else { continue }
                } else if let bands, bands[index] != day {
                    continue
                }
                let weekday = DemoCalendar.weekday(DemoCalendar.day(date))
                let open = (visit.openingHours.windows[weekday] ?? []).map {
                    TimeWindow(start: Double(day) * daySeconds + Double($0.open * 60), end: Double(day) * daySeconds + Double($0.close * 60), rule: .fitWithin)
                }
                for vehicle in shape.vehicles(day: day) where !open.isEmpty { windows[vehicle] = open }
            }
            let priority: JobPriority
            switch visit.priority {
            case .must: priority = .must
            case let .optional(value): priority = .optional(value: NSDecimalNumber(decimal: value).doubleValue)
            }
            jobs.append(Job(location: index + 2, serviceDuration: Double(visit.durationMinutes * 60), windows: .perVehicle(windows),
                            priority: priority, fixedAppointment: fixed))
            jobVisit.append(index)
        }
        let problem = RoutingProblem(
            durations: problemMatrix.durations, distances: problemMatrix.distances,
            costPerDistance: NSDecimalNumber(decimal: settings.mileageRate).doubleValue / 1000,
            costPerTime: NSDecimalNumber(decimal: settings.hourlyCost).doubleValue / 3600,
            vehicles: shape.vehicles(settings: settings), jobs: jobs
        )
        let solution = try VRPSolver.solve(problem, budget: budget)
        for missing in solution.unassigned {
            unplaced.append(UnplacedVisit(index: jobVisit[missing.job], reason: missing.reason.frenchDescription))
        }
        let names = [settings.start.name, (settings.end ?? settings.start).name] + visits.map(\.name)
        let days = settings.days.enumerated().map { day, date in
            TourTimeline.day(date: date, index: day, routes: shape.vehicles(day: day).map { solution.routes[$0] },
                             problem: problem, jobVisit: jobVisit, names: names, settings: settings)
        }
        return TourPlan(technique: settings.technique, settings: settings, visits: visits, days: days,
                        unplaced: unplaced.sorted { $0.index < $1.index }, solverSeconds: solution.elapsed)
    }

    /// The star technique: between two visits the rep goes back through the start place, so the
    /// leg i → j costs i → start → j.
    static func starMatrix(_ matrix: TravelMatrix, visitOffset: Int) -> TravelMatrix {
        func transform(_ m: Matrix) -> Matrix {
            Matrix(count: m.count) { i, j in
                i >= visitOffset && j >= visitOffset && i != j ? m[i, 0] + m[0, j] : m[i, j]
            }
        }
        return TravelMatrix(distances: transform(matrix.distances), durations: transform(matrix.durations))
    }

    /// The zigzag technique: visits sorted along the main axis of their spread (first principal
    /// component of their positions), cut into `dayCount` consecutive bands of equal size; band
    /// `k` is visited on day `k`. A visit with an appointment keeps its own day.
    static func zigzagBands(_ visits: [PlannedVisit], dayCount: Int) -> [Int] {
        guard !visits.isEmpty, dayCount > 0 else { return [] }
        let latitude0 = visits.map(\.coordinate.latitude).reduce(0, +) / Double(visits.count)
        let points = visits.map { ($0.coordinate.longitude * cos(latitude0 * .pi / 180), $0.coordinate.latitude) }
        let mx = points.map(\.0).reduce(0, +) / Double(points.count)
        let my = points.map(\.1).reduce(0, +) / Double(points.count)
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for (x, y) in points {
            sxx += (x - mx) * (x - mx); sxy += (x - mx) * (y - my); syy += (y - my) * (y - my)
        }
        let angle = 0.5 * atan2(2 * sxy, sxx - syy)          // direction of the largest spread
        let order = points.indices.sorted {
            let a = (points[$0].0 - mx) * cos(angle) + (points[$0].1 - my) * sin(angle)
            let b = (points[$1].0 - mx) * cos(angle) + (points[$1].1 - my) * sin(angle)
            return a == b ? $0 < $1 : a < b
        }
        var bands = Array(repeating: 0, count: visits.count)
        for (rank, visit) in order.enumerated() { bands[visit] = min(rank * dayCount / visits.count, dayCount - 1) }
        return bands
    }
}

/// How many routes a day has and when each may run (one for most techniques; the cloverleaf has a
/// morning and an afternoon loop, with lunch at home between them).
struct RouteShape {
    let perDay: Int
    /// Cloverleaf: the morning loop ends by this minute, the afternoon one starts `lunch` later.
    let split: Int

    init(settings: PlanningSettings) {
        perDay = settings.technique == .cloverleaf ? 2 : 1
        let earliest = settings.lunchEarliest ?? 12 * 60
        let latestEnd = settings.lunchLatestEnd ?? earliest + settings.lunchMinutes
        split = earliest + max(0, latestEnd - earliest - settings.lunchMinutes) / 2
    }

    func vehicles(day: Int) -> [Int] { (0..<perDay).map { day * perDay + $0 } }

    func vehicle(day: Int, minute: Int) -> Int { day * perDay + (perDay == 2 && minute >= split ? 1 : 0) }

    func vehicles(settings: PlanningSettings) -> [Vehicle] {
        settings.days.indices.flatMap { day -> [Vehicle] in
            let base = Double(day) * TourPlanner.daySeconds
            func at(_ minute: Int) -> Double { base + Double(minute * 60) }
            let maxDriving = settings.maxDrivingMinutes.map { Double($0 * 60) }
            if perDay == 2 {
                let halfDriving = maxDriving.map { $0 / 2 }
                return [Vehicle(startLocation: 0, endLocation: 1, earliestStart: at(settings.workStart), latestEnd: at(split), maxDrivingDuration: halfDriving),
                        Vehicle(startLocation: 0, endLocation: 1, earliestStart: at(split + settings.lunchMinutes), latestEnd: at(settings.workEnd),
                                maxDrivingDuration: halfDriving)]
            }
            var lunch: BreakRule?
            if let earliest = settings.lunchEarliest, let latestEnd = settings.lunchLatestEnd, settings.lunchMinutes > 0 {
                lunch = BreakRule(earliestStart: at(earliest), latestStart: at(latestEnd - settings.lunchMinutes), duration: Double(settings.lunchMinutes * 60))
            }
            return [Vehicle(startLocation: 0, endLocation: 1, earliestStart: at(settings.workStart), latestEnd: at(settings.workEnd),
                            maxDrivingDuration: maxDriving, breakRule: lunch)]
        }
    }
}
