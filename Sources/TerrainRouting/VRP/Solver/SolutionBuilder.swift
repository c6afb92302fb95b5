/// Turns a search solution into the public `RoutingSolution`: a timed schedule per route (break
/// placed, no needless waiting at the start) and a reason for every job left out.
struct SolutionBuilder {
    let space: SearchSpace

    init(_ space: SearchSpace) { self.space = space }

    func solution(from search: SearchSolution) -> RoutingSolution {
        let routes = search.routes.map { schedule($0.vehicle, $0.jobs) }
        let unassigned = search.unassignedJobs.map { UnassignedJob(job: $0, reason: reason(for: $0, in: search)) }
        return RoutingSolution(
            routes: routes, unassigned: unassigned,
            travelCost: routes.reduce(0) { $0 + $1.cost }, lostValue: search.lostValue
        )
    }

    // MARK: Schedules

    /// A timed route. Its break, if any, goes on the leg leaving node `gap` (0 = start … n = last
    /// job), or after the end (`gap == n + 1`); `gap == nil` for a vehicle without break.
    private struct Timeline {
        var departure: Double
        var stops: [Stop]
        var breakTaken: ScheduledBreak?
        var arrival: Double
    }

    /// The schedule of vehicle `v` visiting `jobs` in order.
    func schedule(_ v: Int, _ jobs: [Int]) -> Route {
        var route = Route(
            vehicle: v, stops: [], departure: space.earliestStart[v], arrival: space.earliestStart[v],
            breakTaken: nil, distance: 0, drivingDuration: 0, cost: 0, load: 0
        )
        guard !jobs.isEmpty else { return route }
        let n = jobs.count
        let gaps: [Int?] = space.hasBreak[v] ? Array(0...(n + 1)) : [nil]
        var chosen: (gap: Int?, end: Double)?
        for gap in gaps {
            guard let line = simulate(v, jobs, gap: gap, departure: space.earliestStart[v]),
                  line.arrival <= space.latestEnd[v] else { continue }
            if chosen == nil || line.arrival < chosen!.end { chosen = (gap, line.arrival) }
        }
        let locations = [space.startLocation[v]] + jobs.map { space.jobLocation[$0] } + [space.endLocation[v]]
        for k in 0..<(locations.count - 1) {
            route.distance += space.problem.distances[locations[k], locations[k + 1]]
            route.drivingDuration += space.travel(locations[k], locations[k + 1])
            route.cost += space.legCost(locations[k], locations[k + 1])
        }
        route.load = jobs.reduce(0) { $0 + space.demand[$1] }
        guard let chosen else {
            // Not reachable for routes the search produced (all feasible); keep the earliest times.
            if let line = simulate(v, jobs, gap: nil, departure: space.earliestStart[v]) {
                route.stops = line.stops
                route.arrival = line.arrival
            }
            return route
        }
        let departure = max(space.earliestStart[v], latestDeparture(v, jobs, gap: chosen.gap, end: chosen.end))
        let line = simulate(v, jobs, gap: chosen.gap, departure: departure)
            ?? simulate(v, jobs, gap: chosen.gap, departure: space.earliestStart[v])!
        route.departure = line.departure
        route.stops = line.stops
        route.arrival = line.arrival
        route.breakTaken = line.breakTaken
        return route
    }

    /// Earliest times of the route leaving at `departure`, the break on leg `gap`; nil when a
    /// window or the break's latest start is missed.
    private func simulate(_ v: Int, _ jobs: [Int], gap: Int?, departure: Double) -> Timeline? {
        let n = jobs.count
        var line = Timeline(departure: departure, stops: [], breakTaken: nil, arrival: departure)
        var time = departure
        var previous = space.startLocation[v]
        let es = space.breakEarliest[v], ls = space.breakLatest[v], length = space.breakDuration[v]
        for k in 0...n {
            let next = k < n ? space.jobLocation[jobs[k]] : space.endLocation[v]
            let travel = space.travel(previous, next)
            var arrival = time + travel
            var ready = arrival
            if gap == k {
                let atPrevious = max(time, es)
                let atNext = max(time + travel, es)
                let readyPrevious = atPrevious <= ls ? atPrevious + length + travel : Double.infinity
                let readyNext = atNext <= ls ? atNext + length : Double.infinity
                if readyNext <= readyPrevious, readyNext.isFinite {
                    line.breakTaken = ScheduledBreak(afterStops: k, location: next, start: atNext, end: readyNext)
                    ready = readyNext
                } else if readyPrevious.isFinite {
                    line.breakTaken = ScheduledBreak(afterStops: k, location: previous, start: atPrevious, end: atPrevious + length)
                    arrival = readyPrevious
                    ready = readyPrevious
                } else {
                    return nil
                }
            }
            if k == n {
                line.arrival = arrival
                if gap == n + 1 {
                    let start = max(arrival, es)
                    guard start <= ls else { return nil }
                    line.breakTaken = ScheduledBreak(afterStops: n, location: next, start: start, end: start + length)
                }
                return line
            }
            let j = jobs[k]
            let start = space.serviceStart(j, on: v, arrival: ready)
            guard start.isFinite else { return nil }
            line.stops.append(Stop(job: j, arrival: arrival, wait: start - ready, start: start, end: start + space.service[j]))
            time = start + space.service[j]
            previous = next
        }
        return line
    }

    /// Latest departure from the start such that the route, break on leg `gap`, arrives by `end`.
    private func latestDeparture(_ v: Int, _ jobs: [Int], gap: Int?, end: Double) -> Double {
        let n = jobs.count
        var late = gap == n + 1 ? min(end, space.breakLatest[v]) : end
        var k = n
        while k >= 0 {
            let from = k == 0 ? space.startLocation[v] : space.jobLocation[jobs[k - 1]]
            let to = k == n ? space.endLocation[v] : space.jobLocation[jobs[k]]
            let travel = space.travel(from, to)
            let leave = gap == k
                ? space.latestDepartureBeforeBreak(on: v, travel: travel, ready: late)
                : late - travel
            if k == 0 { return leave }
            late = space.latestArrival(jobs[k - 1], on: v, latestDeparture: leave)
            k -= 1
        }
        return space.earliestStart[v]
    }

    // MARK: Reasons

    /// Why job `u` is out of `search`.
    func reason(for u: Int, in search: SearchSolution) -> UnassignedReason {
        if !space.isMust[u] {
            var rng = SeededGenerator(seed: 0)
            if search.bestInsertion(of: u, below: .infinity, blink: 0, rng: &rng, space) != nil {
                return .notWorthItsCost
            }
        }
        let vehicles = 0..<space.vehicleCount
        func roundTrip(_ v: Int) -> Double {
            space.travel(space.startLocation[v], space.jobLocation[u]) + space.travel(space.jobLocation[u], space.endLocation[v])
        }
        if vehicles.isEmpty { return .noWindowInShift }   // no working day at all
        if !vehicles.contains(where: { roundTrip($0).isFinite }) { return .beyondMaxDriving }
        let timed = vehicles.filter { space.canServe(u, on: $0) && fitsAlone(u, on: $0) }
        if timed.isEmpty { return space.isFixed[u] ? .fixedAppointmentConflict(other: nil) : .noWindowInShift }
        let driven = timed.filter { roundTrip($0) <= space.maxDrive[$0] }
        if driven.isEmpty { return .beyondMaxDriving }
        if !driven.contains(where: { space.demand[u] <= space.capacity[$0] }) { return .exceedsCapacity }
        if space.isFixed[u], let v = space.problem.jobs[u].fixedAppointment?.vehicle {
            for other in 0..<space.jobCount where other != u && space.problem.jobs[other].fixedAppointment?.vehicle == v {
                if !fitTogether(u, other, on: v) { return .fixedAppointmentConflict(other: other) }
            }
        }
        return .noRoomLeft
    }

    /// Whether `u` alone fits vehicle `v`'s shift and break (driving and capacity aside).
    private func fitsAlone(_ u: Int, on v: Int) -> Bool {
        let depot = space.depotStates(v)
        let (d, dB) = space.forward(on: v, from: space.startLocation[v], d: depot.d, dB: depot.dB, to: u)
        let t = space.travel(space.jobLocation[u], space.endLocation[v])
        return space.connects(on: v, d: d, dB: dB, travel: t, late: depot.late, lateB: depot.lateB)
    }

    /// Whether jobs `a` and `b` fit together on vehicle `v`, in either order.
    private func fitTogether(_ a: Int, _ b: Int, on v: Int) -> Bool {
        for order in [[a, b], [b, a]] {
            var route = RouteState(vehicle: v, space: space)
            route.jobs = order
            route.refresh(space)
            if route.isFeasible(space) { return true }
        }
        return false
    }
}
