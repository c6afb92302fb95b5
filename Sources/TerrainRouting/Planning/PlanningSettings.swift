import Foundation
import TerrainCore

/// The classic ways of building a tour taught in sales training (glossary: marguerite, trèfle,
/// étoile, zigzag), each turned into a routing problem so that their kilometres and costs can be
/// compared on the same visits.
public enum TourTechnique: String, Sendable, Hashable, CaseIterable, Codable {
    /// Marguerite (daisy): one loop a day from home and back home in the evening — the default.
    case daisy
    /// Trèfle (cloverleaf): two smaller loops a day, back home for lunch between them.
    case cloverleaf
    /// Étoile (star): back to the start place after every visit (one visit per trip).
    case star
    /// Zigzag: the sector is swept from one end to the other along its main axis, one band of
    /// visits a day, in the order of the sweep, rather than grouped around home.
    case zigzag

    /// French name, as taught.
    public var french: String {
        switch self {
        case .daisy: "En marguerite"
        case .cloverleaf: "En trèfle"
        case .star: "En étoile"
        case .zigzag: "En zigzag"
        }
    }

    /// English name.
    public var english: String {
        switch self {
        case .daisy: "Daisy (one loop a day)"
        case .cloverleaf: "Cloverleaf (two loops a day)"
        case .star: "Star (back after each visit)"
        case .zigzag: "Zigzag (sweep of the sector)"
        }
    }
}

/// The rep's constraints and costs for a plan. Times are minutes after midnight, local time.
public struct PlanningSettings: Sendable, Hashable, Codable {
    /// The working days, in order (one route each).
    public var days: [LocalDate]
    /// Where each day starts (home or office).
    public var start: PlanningPlace
    /// Where each day ends; nil: back at `start`.
    public var end: PlanningPlace?
    /// Working window of a day.
    public var workStart: Int
    public var workEnd: Int
    /// Lunch: starts between `lunchEarliest` and `lunchLatestEnd − lunchMinutes`; nil for none.
    public var lunchEarliest: Int?
    public var lunchLatestEnd: Int?
    public var lunchMinutes: Int
    /// Most driving in a day, in minutes; nil for no limit.
    public var maxDrivingMinutes: Int?
    /// Euros per kilometre (the user's mileage rate). Default 0,636 €/km: French tax scale for
    /// cars (barème kilométrique, BOI-BAREME-000001), 5 CV, up to 5,000 km a year.
    public var mileageRate: Decimal
    /// Euros per hour of driving (the rep's time). Default 25 €/h: an assumption, set your own.
    public var hourlyCost: Decimal
    /// Value of an optional visit, in euros: it is left out when fitting it in costs more.
    public var optionalValue: Decimal
    public var technique: TourTechnique

    public init(days: [LocalDate], start: PlanningPlace, end: PlanningPlace? = nil, workStart: Int = 8 * 60, workEnd: Int = 18 * 60 + 30,
                lunchEarliest: Int? = 12 * 60, lunchLatestEnd: Int? = 14 * 60, lunchMinutes: Int = 60, maxDrivingMinutes: Int? = 180,
                mileageRate: Decimal = Decimal(string: "0.636")!, hourlyCost: Decimal = 25, optionalValue: Decimal = 150,
                technique: TourTechnique = .daisy) {
        self.days = days
        self.start = start
        self.end = end
        self.workStart = workStart
        self.workEnd = workEnd
        self.lunchEarliest = lunchEarliest
        self.lunchLatestEnd = lunchLatestEnd
        self.lunchMinutes = lunchMinutes
        self.maxDrivingMinutes = maxDrivingMinutes
        self.mileageRate = mileageRate
        self.hourlyCost = hourlyCost
        self.optionalValue = optionalValue
        self.technique = technique
    }

    /// The first `count` working days from `first`: Monday to Friday, public holidays skipped
    /// (`FrenchPublicHolidays`).
    public static func weekdays(from first: LocalDate, count: Int) -> [LocalDate] {
        var result: [LocalDate] = []
        var day = DemoCalendar.day(first)
        while result.count < count {
            let date = DemoCalendar.date(day)
            if DemoCalendar.weekday(day) < 5, !FrenchPublicHolidays.isHoliday(date) { result.append(date) }
            day += 1
        }
        return result
    }
}
