import Foundation
import TerrainCore

/// A visit the planner is asked to place: the planner's input, built by the caller from a
/// selection of the account file (or a visit list file), never queried by the planner itself.
public struct PlannedVisit: Sendable, Hashable, Codable {
    /// Whether the visit has to be placed.
    public enum Priority: Sendable, Hashable, Codable {
        /// Has to be placed, or listed with the reason it cannot be.
        case must
        /// Placed when the plan allows; `value` (euros) is what leaving it out costs the rep,
        /// weighed against the travel it adds.
        case optional(value: Decimal)
    }

    /// A booked appointment (rendez-vous): the visit starts exactly then.
    public struct Appointment: Sendable, Hashable, Codable {
        public var day: LocalDate
        /// Minutes after midnight, local time.
        public var minute: Int
        public init(day: LocalDate, minute: Int) {
            self.day = day
            self.minute = minute
        }
    }

    /// Stable identifier (an account id, or the visit list's `visit_id`).
    public var id: String
    /// The place's name as shown on the plan.
    public var name: String
    public var coordinate: Coordinate
    /// Whether the coordinate is the commune's point rather than the place's own.
    public var approximateLocation: Bool
    /// Minutes on site.
    public var durationMinutes: Int
    public var openingHours: OpeningHours
    public var priority: Priority
    public var appointment: Appointment?
    /// Postal code and city, for the day sheet.
    public var address: String
    /// A day the user pinned the visit to (a manual change kept when re-optimising); nil: any day.
    public var lockedDay: LocalDate?

    public init(id: String, name: String, coordinate: Coordinate, approximateLocation: Bool = false, durationMinutes: Int,
                openingHours: OpeningHours = .always, priority: Priority = .must, appointment: Appointment? = nil, address: String = "") {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.approximateLocation = approximateLocation
        self.durationMinutes = durationMinutes
        self.openingHours = openingHours
        self.priority = priority
        self.appointment = appointment
        self.address = address
        self.lockedDay = nil
    }
}

/// A place a day starts or ends at (home, office).
public struct PlanningPlace: Sendable, Hashable, Codable {
    public var name: String
    public var coordinate: Coordinate
    public init(name: String, coordinate: Coordinate) {
        self.name = name
        self.coordinate = coordinate
    }
}
