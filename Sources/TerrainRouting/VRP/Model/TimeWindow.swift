/// An interval of time in which a visit may take place, in the problem's time units.
///
/// Two rules exist because the two uses of the optimiser read windows differently:
/// - `.startWithin`: the service must *start* in `[start, end]` and may end after `end`. This is
///   the convention of Solomon's VRPTW instances (Solomon 1987, Operations Research 35(2):254–265:
///   "ready time" and "due date" bound the start of service).
/// - `.fitWithin`: the whole service, `[begin, begin + service duration]`, must lie in
///   `[start, end]` (opening hours: a shop closing at 12:30 cannot be visited from 12:20 for
///   30 minutes).
///
/// Arriving before `start` is allowed: the vehicle waits.
public struct TimeWindow: Sendable, Hashable {
    /// How the window bounds a visit.
    public enum Rule: Sendable, Hashable {
        /// Service starts in the window (Solomon).
        case startWithin
        /// Service starts and ends in the window (opening hours).
        case fitWithin
    }

    /// Earliest start of service.
    public var start: Double
    /// Latest start (`.startWithin`) or latest end (`.fitWithin`) of service.
    public var end: Double
    /// How `end` applies.
    public var rule: Rule

    /// A window `[start, end]`. Precondition-free: an empty window (`end < start`) admits no visit.
    public init(start: Double, end: Double, rule: Rule = .startWithin) {
        self.start = start
        self.end = end
        self.rule = rule
    }

    /// A window with no restriction (any time; the vehicle's shift still applies).
    public static let always = TimeWindow(start: -Double.infinity, end: Double.infinity)

    /// The latest time service of `serviceDuration` may start in this window (may be below
    /// `start`, meaning the window cannot hold the visit).
    @inlinable
    public func latestStart(serviceDuration: Double) -> Double {
        rule == .fitWithin ? end - serviceDuration : end
    }
}
