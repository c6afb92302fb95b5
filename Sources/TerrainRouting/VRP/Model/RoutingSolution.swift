/// The optimiser's answer: one route per vehicle (possibly empty), the jobs left out with their
/// reason, and the cost.
///
/// Times are in the problem's time units; distances and costs in the problem's units.
public struct RoutingSolution: Sendable {
    /// One route per vehicle, in vehicle order (`routes[v].vehicle == v`); unused vehicles have an
    /// empty route.
    public var routes: [Route]
    /// Jobs not placed, in job order, each with its reason.
    public var unassigned: [UnassignedJob]
    /// Sum of the routes' travel costs.
    public var travelCost: Double
    /// Sum of the values of optional jobs left out.
    public var lostValue: Double
    /// Improvement iterations the search made.
    public var iterations: Int
    /// Seconds the search took.
    public var elapsed: Double

    public init(
        routes: [Route], unassigned: [UnassignedJob], travelCost: Double, lostValue: Double,
        iterations: Int = 0, elapsed: Double = 0
    ) {
        self.routes = routes
        self.unassigned = unassigned
        self.travelCost = travelCost
        self.lostValue = lostValue
        self.iterations = iterations
        self.elapsed = elapsed
    }

    /// The objective the optimiser minimises once every placeable must job is placed:
    /// travel cost plus the value of optional jobs left out.
    public var cost: Double { travelCost + lostValue }
    /// Total distance of all routes.
    public var distance: Double { routes.reduce(0) { $0 + $1.distance } }
    /// Routes with at least one stop.
    public var usedRoutes: [Route] { routes.filter { !$0.stops.isEmpty } }
}

/// The schedule of one vehicle.
public struct Route: Sendable, Hashable {
    /// Vehicle index.
    public var vehicle: Int
    /// Visits in order.
    public var stops: [Stop]
    /// Departure from the vehicle's start location (as late as possible without making the route
    /// end later: no needless waiting at the start).
    public var departure: Double
    /// Arrival at the vehicle's end location.
    public var arrival: Double
    /// The break, when the vehicle has one and the route has stops.
    public var breakTaken: ScheduledBreak?
    /// Total travel distance.
    public var distance: Double
    /// Total travel duration (driving).
    public var drivingDuration: Double
    /// Travel cost of the route.
    public var cost: Double
    /// Sum of the jobs' demands.
    public var load: Double

    public init(
        vehicle: Int, stops: [Stop], departure: Double, arrival: Double, breakTaken: ScheduledBreak?,
        distance: Double, drivingDuration: Double, cost: Double, load: Double
    ) {
        self.vehicle = vehicle
        self.stops = stops
        self.departure = departure
        self.arrival = arrival
        self.breakTaken = breakTaken
        self.distance = distance
        self.drivingDuration = drivingDuration
        self.cost = cost
        self.load = load
    }

    /// From departure to arrival (0 for an empty route).
    public var totalDuration: Double { stops.isEmpty ? 0 : arrival - departure }
}

/// One visit of a route.
public struct Stop: Sendable, Hashable {
    /// Index into `RoutingProblem.jobs`.
    public var job: Int
    /// When the vehicle reaches the place.
    public var arrival: Double
    /// Idle time on site before the service starts (excluding a break taken there).
    public var wait: Double
    /// Start of service.
    public var start: Double
    /// End of service (the vehicle leaves then, or later if it takes its break there).
    public var end: Double

    public init(job: Int, arrival: Double, wait: Double, start: Double, end: Double) {
        self.job = job
        self.arrival = arrival
        self.wait = wait
        self.start = start
        self.end = end
    }
}

/// Where and when a route's break falls.
public struct ScheduledBreak: Sendable, Hashable {
    /// Number of stops before the break: 0 = before the first visit, `stops.count` = after the
    /// last one (on the way back, or at the end place once the day is over).
    public var afterStops: Int
    /// Location (matrix index) where the break is taken: the place just left or the next one.
    public var location: Int
    /// Start of the break.
    public var start: Double
    /// End of the break.
    public var end: Double

    public init(afterStops: Int, location: Int, start: Double, end: Double) {
        self.afterStops = afterStops
        self.location = location
        self.start = start
        self.end = end
    }
}
