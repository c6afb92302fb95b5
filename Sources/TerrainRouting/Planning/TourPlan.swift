import Foundation
import TerrainCore

/// One moment of a day's timeline. Times are seconds after midnight of that day, local time.
public enum TourEvent: Sendable, Hashable, Codable {
    /// Leaving a start place.
    case departure(place: String, at: Int)
    /// Driving between two places.
    case drive(from: String, to: String, start: Int, end: Int, metres: Double)
    /// Waiting on site before a visit (the place is not open yet, or an appointment).
    case wait(start: Int, end: Int)
    /// A visit: index into the plan's visits.
    case visit(index: Int, arrival: Int, start: Int, end: Int)
    /// The lunch break.
    case lunch(start: Int, end: Int)
    /// Reaching the end place.
    case arrival(place: String, at: Int)

    /// When the event starts, for ordering.
    public var start: Int {
        switch self {
        case let .departure(_, at), let .arrival(_, at): at
        case let .drive(_, _, start, _, _), let .wait(start, _), let .visit(_, _, start, _), let .lunch(start, _): start
        }
    }
}

/// Kilometres, times and cost of a day or a whole plan.
public struct TourTotals: Sendable, Hashable, Codable {
    /// Road distance, metres.
    public var metres: Double = 0
    /// Driving time, seconds.
    public var drivingSeconds: Double = 0
    /// Time on site, seconds.
    public var visitingSeconds: Double = 0
    /// Number of visits.
    public var visits = 0
    /// Euros: kilometres × mileage rate + driving hours × hourly cost, rounded half-up to the cent.
    public var cost: Decimal = 0

    public init() {}

    /// Kilometres, rounded to 0.1 km.
    public var kilometres: Decimal { Rounding.halfUp(Decimal(metres) / 1000, places: 1) }

    static func + (lhs: TourTotals, rhs: TourTotals) -> TourTotals {
        var sum = TourTotals()
        sum.metres = lhs.metres + rhs.metres
        sum.drivingSeconds = lhs.drivingSeconds + rhs.drivingSeconds
        sum.visitingSeconds = lhs.visitingSeconds + rhs.visitingSeconds
        sum.visits = lhs.visits + rhs.visits
        sum.cost = lhs.cost + rhs.cost
        return sum
    }
}

/// One working day of a plan: its timeline and totals.
public struct TourDay: Sendable, Hashable, Codable {
    public var date: LocalDate
    /// In time order.
    public var events: [TourEvent]
    public var totals: TourTotals
    /// Indexes into the plan's visits, in visiting order.
    public var visitOrder: [Int] {
        events.compactMap { if case let .visit(index, _, _, _) = $0 { index } else { nil } }
    }
}

/// A visit the plan leaves out, and why (in French).
public struct UnplacedVisit: Sendable, Hashable, Codable {
    /// Index into the plan's visits.
    public var index: Int
    public var reason: String
}

/// The planner's answer: a timeline per day, the visits left out with their reasons, totals.
public struct TourPlan: Sendable, Codable {
    public var technique: TourTechnique
    public var settings: PlanningSettings
    /// The visits as given to the planner (the events and `unplaced` index them).
    public var visits: [PlannedVisit]
    public var days: [TourDay]
    public var unplaced: [UnplacedVisit]
    /// Seconds the optimiser took.
    public var solverSeconds: Double

    /// Sum of the days' totals.
    public var totals: TourTotals { days.reduce(TourTotals()) { $0 + $1.totals } }
}

extension Int {
    /// Seconds after midnight → "08:05".
    public var clockText: String {
        let minutes = (self + 30) / 60
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
