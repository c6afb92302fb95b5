/// One route to plan: a vehicle of a fleet, or one working day of a sales rep.
///
/// Locations are indices into the problem's matrices. Times are in the problem's time units
/// (seconds for the tour planner; the file's units for benchmark instances).
public struct Vehicle: Sendable, Hashable {
    /// Where the route starts (matrix index).
    public var startLocation: Int
    /// Where the route ends (matrix index; may equal `startLocation`).
    public var endLocation: Int
    /// Earliest departure from `startLocation` (default 0: the start of the problem's time axis).
    public var earliestStart: Double
    /// Latest arrival at `endLocation` (default: no limit).
    public var latestEnd: Double
    /// Maximum total driving (sum of travel durations of the route), if any.
    public var maxDrivingDuration: Double?
    /// A break to take on the route, if any.
    public var breakRule: BreakRule?
    /// Maximum total demand of the route's jobs, if any (same unit as `Job.demand`).
    public var capacity: Double?

    public init(
        startLocation: Int,
        endLocation: Int,
        earliestStart: Double = 0,
        latestEnd: Double = Double.infinity,
        maxDrivingDuration: Double? = nil,
        breakRule: BreakRule? = nil,
        capacity: Double? = nil
    ) {
        self.startLocation = startLocation
        self.endLocation = endLocation
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.maxDrivingDuration = maxDrivingDuration
        self.breakRule = breakRule
        self.capacity = capacity
    }
}
