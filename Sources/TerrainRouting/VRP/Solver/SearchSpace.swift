/// A flat, precomputed view of a `RoutingProblem` for the search: travel and cost matrices as
/// arrays, each job's windows on each vehicle reduced to intervals for the *start* of service,
/// and the time arithmetic of a route (earliest departures forward, latest arrivals backward),
/// break included.
///
/// Time-window feasibility follows Savelsbergh (1992, ORSA Journal on Computing 4(2):146–154):
/// each route keeps, per stop, the earliest departure (forward) and the latest arrival that keeps
/// the rest of the route feasible (backward); an insertion or exchange is feasible when the
/// earliest time it reaches the next stop is at most that stop's latest arrival, in O(1). Several
/// windows per stop keep this exact because feasibility is monotone in time: arriving earlier
/// never hurts (waiting is allowed), so the rest of a route is feasible exactly when one arrives
/// no later than a single threshold.
///
/// The break rides along as a second state: `dB` is the earliest departure once the break has
/// been taken, `LB` the latest arrival when the break is still ahead. A vehicle without a break
/// has `dB == d` and `LB == L` throughout.
final class SearchSpace: @unchecked Sendable {
    let problem: RoutingProblem
    let jobCount: Int
    let vehicleCount: Int
    let locationCount: Int
    /// Travel durations, row-major.
    let time: [Double]
    /// Leg costs, row-major.
    let cost: [Double]
    let jobLocation: [Int]
    let service: [Double]
    let demand: [Double]
    /// Value of an optional job (what leaving it out costs); 0 for must jobs.
    let value: [Double]
    let isMust: [Bool]
    let isFixed: [Bool]
    /// Window intervals of (vehicle v, job j) are `windowOffset[v*jobCount+j] ..< windowOffset[v*jobCount+j+1]`.
    let windowOffset: [Int]
    /// Earliest start of service in each interval (sorted increasingly per (v, j)).
    let windowOpen: [Double]
    /// Latest start of service in each interval.
    let windowLatest: [Double]
    /// Latest start over all windows of job j on any vehicle (for pruning).
    let jobLatestStart: [Double]
    let startLocation: [Int]
    let endLocation: [Int]
    let earliestStart: [Double]
    let latestEnd: [Double]
    let maxDrive: [Double]
    let capacity: [Double]
    let hasBreak: [Bool]
    let breakEarliest: [Double]
    let breakLatest: [Double]
    let breakDuration: [Double]
    /// Vehicles with the same class are interchangeable (same vehicle data and same windows for
    /// every job): an empty route of a class needs evaluating once.
    let vehicleClass: [Int]
    /// For each job, the other jobs by increasing `cost(i,j) + cost(j,i)`.
    let neighbours: [[Int]]

    init(_ problem: RoutingProblem) {
        self.problem = problem
        let jobs = problem.jobs
        let vehicles = problem.vehicles
        jobCount = jobs.count
        vehicleCount = vehicles.count
        locationCount = problem.durations.count
        // A leg is unreachable when either its duration or its distance is infinite: both
        // become infinite so that no route uses it and no cost difference turns into NaN.
        time = zip(problem.durations.values, problem.distances.values).map { duration, distance in
            duration.isFinite && distance.isFinite ? duration : .infinity
        }
        cost = zip(problem.distances.values, problem.durations.values).map { distance, duration in
            distance.isFinite && duration.isFinite
                ? distance * problem.costPerDistance + duration * problem.costPerTime
                : .infinity
        }
        jobLocation = jobs.map(\.location)
        service = jobs.map(\.serviceDuration)
        demand = jobs.map(\.demand)
        value = jobs.map { job in
            if case .optional(let value) = job.priority { return value }
            return 0
        }
        isMust = jobs.map { $0.priority == .must }
        isFixed = jobs.map { $0.fixedAppointment != nil }

        var offsets = [0]
        var open = [Double]()
        var latest = [Double]()
        var lists = [[TimeWindow]]()
        var jobLatest = Array(repeating: -Double.infinity, count: jobs.count)
        for v in vehicles.indices {
            for (j, job) in jobs.enumerated() {
                let windows = job.effectiveWindows(forVehicle: v)
                lists.append(windows)
                let intervals = windows
                    .map { ($0.start, $0.latestStart(serviceDuration: job.serviceDuration)) }
                    .filter { $0.0 <= $0.1 }
                    .sorted { $0.0 < $1.0 }
                for (a, b) in intervals {
                    open.append(a)
                    latest.append(b)
                    jobLatest[j] = max(jobLatest[j], b)
                }
                offsets.append(open.count)
            }
        }
        windowOffset = offsets
        windowOpen = open
        windowLatest = latest
        jobLatestStart = jobLatest

        startLocation = vehicles.map(\.startLocation)
        endLocation = vehicles.map(\.endLocation)
        earliestStart = vehicles.map(\.earliestStart)
        latestEnd = vehicles.map(\.latestEnd)
        maxDrive = vehicles.map { $0.maxDrivingDuration ?? .infinity }
        capacity = vehicles.map { $0.capacity ?? .infinity }
        hasBreak = vehicles.map { $0.breakRule != nil }
        breakEarliest = vehicles.map { $0.breakRule?.earliestStart ?? 0 }
        breakLatest = vehicles.map { $0.breakRule?.latestStart ?? 0 }
        breakDuration = vehicles.map { $0.breakRule?.duration ?? 0 }

        var classes = [Int]()
        var representatives = [Int]()
        let n = jobs.count
        for v in vehicles.indices {
            let match = representatives.firstIndex { r in
                vehicles[r] == vehicles[v] && (0..<n).allSatisfy { lists[r * n + $0] == lists[v * n + $0] }
            }
            if let match {
                classes.append(match)
            } else {
                classes.append(representatives.count)
                representatives.append(v)
            }
        }
        vehicleClass = classes

        let size = locationCount
        let costs = cost
        let locations = jobLocation
        neighbours = (0..<n).map { i in
            (0..<n).filter { $0 != i }.sorted { a, b in
                let ca = costs[locations[i] * size + locations[a]] + costs[locations[a] * size + locations[i]]
                let cb = costs[locations[i] * size + locations[b]] + costs[locations[b] * size + locations[i]]
                return ca == cb ? a < b : ca < cb
            }
        }
    }

    @inline(__always) func travel(_ from: Int, _ to: Int) -> Double { time[from * locationCount + to] }
    @inline(__always) func legCost(_ from: Int, _ to: Int) -> Double { cost[from * locationCount + to] }

    /// Whether vehicle `v` has any window for job `j`.
    @inline(__always) func canServe(_ j: Int, on v: Int) -> Bool {
        let index = v * jobCount + j
        return windowOffset[index] < windowOffset[index + 1]
    }

    /// Departure from job `j` on vehicle `v` when arriving at `arrival`: service starts at the
    /// earliest time at or after `arrival` inside a window. `+infinity` when no window is left.
    @inline(__always) func departure(_ j: Int, on v: Int, arrival: Double) -> Double {
        let index = v * jobCount + j
        var w = windowOffset[index]
        let end = windowOffset[index + 1]
        while w < end {
            if windowLatest[w] >= arrival { return max(arrival, windowOpen[w]) + service[j] }
            w += 1
        }
        return .infinity
    }

    /// Start of service of job `j` on vehicle `v` when arriving at `arrival` (`+infinity` if none).
    @inline(__always) func serviceStart(_ j: Int, on v: Int, arrival: Double) -> Double {
        departure(j, on: v, arrival: arrival) - service[j]
    }

    /// Latest arrival at job `j` on vehicle `v` from which it can leave by `latestDeparture`
    /// (`-infinity` if none): the inverse of `departure`.
    @inline(__always) func latestArrival(_ j: Int, on v: Int, latestDeparture: Double) -> Double {
        let index = v * jobCount + j
        let sigma = latestDeparture - service[j]
        var best = -Double.infinity
        var w = windowOffset[index]
        let end = windowOffset[index + 1]
        while w < end {
            if windowOpen[w] <= sigma { best = max(best, min(windowLatest[w], sigma)) }
            w += 1
        }
        return best
    }

    /// Earliest time one is ready to serve the next place when leaving the previous one at
    /// `departure`, with a leg of `travel` and vehicle `v`'s break taken in between (at the place
    /// left, then driving; or on arrival). `+infinity` if the break can no longer start in time.
    @inline(__always) func readyAfterBreak(on v: Int, departure: Double, travel: Double) -> Double {
        let es = breakEarliest[v], ls = breakLatest[v], duration = breakDuration[v]
        var ready = Double.infinity
        let atPrevious = max(departure, es)
        if atPrevious <= ls { ready = atPrevious + duration + travel }
        let atNext = max(departure + travel, es)
        if atNext <= ls { ready = min(ready, atNext + duration) }
        return ready
    }

    /// Latest departure from the previous place such that, with the break on the leg of
    /// `travel`, one is ready at the next place by `ready`: the inverse of `readyAfterBreak`.
    @inline(__always) func latestDepartureBeforeBreak(on v: Int, travel: Double, ready: Double) -> Double {
        let es = breakEarliest[v], ls = breakLatest[v], duration = breakDuration[v]
        var best = -Double.infinity
        let atPrevious = min(ls, ready - duration - travel)
        if es <= atPrevious { best = atPrevious }
        let atNext = min(ls, ready - duration)
        if es <= atNext { best = max(best, atNext - travel) }
        return best
    }

    /// Forward step: earliest departures (without, with break) at job `j` after leaving location
    /// `from` at (`d`, `dB`).
    @inline(__always) func forward(on v: Int, from: Int, d: Double, dB: Double, to j: Int) -> (Double, Double) {
        let t = travel(from, jobLocation[j])
        let next = departure(j, on: v, arrival: d + t)
        if !hasBreak[v] { return (next, next) }
        let readyB = min(dB + t, readyAfterBreak(on: v, departure: d, travel: t))
        return (next, departure(j, on: v, arrival: readyB))
    }

    /// Backward step: latest arrivals (break behind, break ahead) at job `j` before going to
    /// location `to` whose latest arrivals are (`late`, `lateB`).
    @inline(__always) func backward(on v: Int, at j: Int, to: Int, late: Double, lateB: Double) -> (Double, Double) {
        let t = travel(jobLocation[j], to)
        let previous = latestArrival(j, on: v, latestDeparture: late - t)
        if !hasBreak[v] { return (previous, previous) }
        let leave = max(lateB - t, latestDepartureBeforeBreak(on: v, travel: t, ready: late))
        return (previous, latestArrival(j, on: v, latestDeparture: leave))
    }

    /// Whether leaving a place at (`d`, `dB`) and driving `t` reaches a place whose latest
    /// arrivals are (`late`, `lateB`) in time, the break taken before, on this leg, or after.
    @inline(__always) func connects(on v: Int, d: Double, dB: Double, travel t: Double, late: Double, lateB: Double) -> Bool {
        if !hasBreak[v] { return d + t <= late }
        return dB + t <= late || d + t <= lateB || readyAfterBreak(on: v, departure: d, travel: t) <= late
    }

    /// Initial states of an empty route of vehicle `v`: departure (d, dB) from its start and
    /// latest arrival (L, LB) at its end. With a break, `dB` is infinite (not yet taken) and `LB`
    /// is the break's latest start: back by then, the driver takes it after the day's work.
    @inline(__always) func depotStates(_ v: Int) -> (d: Double, dB: Double, late: Double, lateB: Double) {
        let start = earliestStart[v], end = latestEnd[v]
        if !hasBreak[v] { return (start, start, end, end) }
        return (start, .infinity, end, min(end, breakLatest[v]))
    }
}
