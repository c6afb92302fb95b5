/// A visit to place on one of the routes.
///
/// Times are in the problem's time units; `location` is a matrix index.
public struct Job: Sendable, Hashable {
    /// Where the visit takes place (matrix index).
    public var location: Int
    /// Time spent on site.
    public var serviceDuration: Double
    /// On which vehicles, and when, the visit may take place.
    public var windows: JobWindows
    /// Quantity the visit uses of a vehicle's capacity (e.g. Solomon demand); 0 when irrelevant.
    public var demand: Double
    /// Whether the visit must be placed, or only when worth it.
    public var priority: JobPriority
    /// A booked appointment: the visit happens on that vehicle at that exact time, or not at all.
    /// It replaces `windows`.
    public var fixedAppointment: FixedAppointment?

    public init(
        location: Int,
        serviceDuration: Double = 0,
        windows: JobWindows = .everyVehicle([.always]),
        demand: Double = 0,
        priority: JobPriority = .must,
        fixedAppointment: FixedAppointment? = nil
    ) {
        self.location = location
        self.serviceDuration = serviceDuration
        self.windows = windows
        self.demand = demand
        self.priority = priority
        self.fixedAppointment = fixedAppointment
    }

    /// The windows in which the visit may start on vehicle `vehicle`, taking a fixed appointment
    /// into account (its exact time, on its vehicle only). Empty: the vehicle cannot serve it.
    public func effectiveWindows(forVehicle vehicle: Int) -> [TimeWindow] {
        if let fixed = fixedAppointment {
            return fixed.vehicle == vehicle ? [TimeWindow(start: fixed.start, end: fixed.start)] : []
        }
        return windows.windows(forVehicle: vehicle)
    }
}

/// When a job may be served, per vehicle (opening hours differ per weekday, and each working day
/// is a vehicle).
public enum JobWindows: Sendable, Hashable {
    /// The same windows on every vehicle. An empty list means the job can never be served.
    case everyVehicle([TimeWindow])
    /// Windows per vehicle index; a vehicle absent from the dictionary cannot serve the job.
    case perVehicle([Int: [TimeWindow]])

    /// The windows on vehicle `vehicle` (empty when it cannot serve the job).
    public func windows(forVehicle vehicle: Int) -> [TimeWindow] {
        switch self {
        case .everyVehicle(let list): return list
        case .perVehicle(let map): return map[vehicle] ?? []
        }
    }
}

/// Whether a job has to be placed.
public enum JobPriority: Sendable, Hashable {
    /// The job has to be placed; if it cannot, the solution lists it with the reason.
    case must
    /// The job is placed when its value (in cost units, same as the travel cost) exceeds what
    /// serving it costs; otherwise it is left out and its value counts as lost.
    case optional(value: Double)
}

/// A booked appointment: the visit starts at `start` on vehicle `vehicle`, exactly.
public struct FixedAppointment: Sendable, Hashable {
    /// Vehicle (working day) index.
    public var vehicle: Int
    /// Start of service, in the problem's time units.
    public var start: Double

    public init(vehicle: Int, start: Double) {
        self.vehicle = vehicle
        self.start = start
    }
}
