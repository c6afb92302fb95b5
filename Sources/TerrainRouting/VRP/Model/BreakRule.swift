/// A break a vehicle's driver must take once on a working route (e.g. a lunch break).
///
/// The break starts in `[earliestStart, latestStart]` and lasts `duration` (problem's time units).
/// It is taken between two stops — at the place just left, before driving on, or at the next
/// place, on arrival (for instance while waiting for it to open) — never during a visit.
/// It is required on every route that has at least one visit, except when the route is back at its
/// end place no later than `latestStart` (the driver then takes it after the day's work).
public struct BreakRule: Sendable, Hashable {
    /// Earliest time the break may start.
    public var earliestStart: Double
    /// Latest time the break may start.
    public var latestStart: Double
    /// Length of the break.
    public var duration: Double

    public init(earliestStart: Double, latestStart: Double, duration: Double) {
        self.earliestStart = earliestStart
        self.latestStart = latestStart
        self.duration = duration
    }
}
