/// A solution during the search: one `RouteState` per vehicle and which jobs are out.
///
/// Its objective is lexicographic: first the number of must jobs left out (`mustMissing`), then
/// `cost` = travel cost + value of optional jobs left out.
struct SearchSolution {
    var routes: [RouteState]
    /// Route index of each job, -1 when not placed.
    var routeOf: [Int]
    var travelCost: Double = 0
    var lostValue: Double = 0
    var mustMissing: Int = 0

    /// Every route empty, every job out.
    init(space: SearchSpace) {
        routes = (0..<space.vehicleCount).map { RouteState(vehicle: $0, space: space) }
        routeOf = Array(repeating: -1, count: space.jobCount)
        for j in 0..<space.jobCount {
            if space.isMust[j] { mustMissing += 1 } else { lostValue += space.value[j] }
        }
    }

    var cost: Double { travelCost + lostValue }

    /// Whether `self` is strictly better than `other`.
    func isBetter(than other: SearchSolution) -> Bool {
        if mustMissing != other.mustMissing { return mustMissing < other.mustMissing }
        return cost < other.cost - 1e-9
    }

    /// Jobs not placed, in increasing order.
    var unassignedJobs: [Int] { routeOf.indices.filter { routeOf[$0] < 0 } }

    /// Places job `j` in route `r` after `position` jobs.
    mutating func insert(_ j: Int, route r: Int, position: Int, _ space: SearchSpace) {
        let before = routes[r].cost
        routes[r].jobs.insert(j, at: position)
        routes[r].refresh(space)
        travelCost += routes[r].cost - before
        routeOf[j] = r
        if space.isMust[j] { mustMissing -= 1 } else { lostValue -= space.value[j] }
    }

    /// Takes the jobs `removed` out of their routes (each route refreshed once).
    mutating func remove(_ removed: [Int], _ space: SearchSpace) {
        var touched = [Int]()
        for j in removed {
            let r = routeOf[j]
            guard r >= 0, let index = routes[r].jobs.firstIndex(of: j) else { continue }
            if !touched.contains(r) {
                touched.append(r)
                travelCost -= routes[r].cost
            }
            routes[r].jobs.remove(at: index)
            routeOf[j] = -1
            if space.isMust[j] { mustMissing += 1 } else { lostValue += space.value[j] }
        }
        for r in touched {
            routes[r].refresh(space)
            travelCost += routes[r].cost
        }
    }

    /// Replaces route `r`'s jobs (e.g. after a local-search move) and updates the cost.
    mutating func setJobs(_ jobs: [Int], route r: Int, _ space: SearchSpace) {
        let before = routes[r].cost
        routes[r].jobs = jobs
        routes[r].refresh(space)
        travelCost += routes[r].cost - before
        for j in jobs { routeOf[j] = r }
    }

    /// Recomputes the travel cost from scratch (guards against drift of incremental sums).
    mutating func recomputeCost() {
        travelCost = routes.reduce(0) { $0 + $1.cost }
    }
}

/// Where a job would go and what it would add to the travel cost.
struct InsertionChoice {
    var route: Int
    var position: Int
    var delta: Double
}

extension SearchSolution {
    /// Cheapest feasible position of job `u` in route `r` whose added cost is below `bound`, or
    /// nil. With `blink > 0`, each otherwise-chosen position is skipped with that probability
    /// (the "blinks" of Christiaens & Vanden Berghe 2020, §5.3).
    func bestInsertion(
        of u: Int, in r: Int, below bound: Double, blink: Double, rng: inout SeededGenerator,
        _ space: SearchSpace
    ) -> InsertionChoice? {
        let route = routes[r]
        let v = route.vehicle
        guard space.canServe(u, on: v), route.load + space.demand[u] <= space.capacity[v] else { return nil }
        let n = route.count
        let uLocation = space.jobLocation[u]
        let latestU = space.jobLatestStart[u]
        // No departure from u before its first opening plus its service.
        let earliestDeparture = space.serviceStart(u, on: v, arrival: -.infinity) + space.service[u]
        let driveLeft = space.maxDrive[v] - route.driving
        var best: InsertionChoice?
        var bestDelta = bound
        route.nodes.withUnsafeBufferPointer { node in
            for k in 0...n {
                let here = node[k]
                if here.d > latestU { break }
                let previous = here.location
                let next = node[k + 1].location
                let t1 = space.travel(previous, uLocation)
                if here.d + t1 > latestU { continue }
                let t2 = space.travel(uLocation, next)
                let after = node[k + 1]
                if earliestDeparture + t2 > after.late { continue }
                var delta = space.legCost(previous, uLocation) + space.legCost(uLocation, next)
                var extraDrive = t1 + t2
                if n > 0 {
                    delta -= space.legCost(previous, next)
                    extraDrive -= space.travel(previous, next)
                }
                if delta >= bestDelta || extraDrive > driveLeft { continue }
                let (du, duB) = space.forward(on: v, from: previous, d: here.d, dB: here.dB, to: u)
                guard space.connects(on: v, d: du, dB: duB, travel: t2, late: after.late, lateB: after.lateB) else { continue }
                if blink > 0, rng.unitDouble() < blink { continue }
                bestDelta = delta
                best = InsertionChoice(route: r, position: k, delta: delta)
            }
        }
        return best
    }

    /// Cheapest feasible position of `u` over all routes (an empty route of each vehicle class is
    /// tried once), below `bound`.
    ///
    /// With `nearby > 0`, only the routes holding one of `u`'s `nearby` nearest jobs, and empty
    /// routes, are tried first; the other routes only when none of those can take `u`. (Granular
    /// insertion: a route far from every near neighbour rarely offers the cheapest position, and
    /// the fallback keeps every feasible job placeable.)
    func bestInsertion(
        of u: Int, below bound: Double, blink: Double, nearby: Int = 0, rng: inout SeededGenerator, _ space: SearchSpace
    ) -> InsertionChoice? {
        var best: InsertionChoice?
        var limit = bound
        var emptyClassSeen = SmallSet()
        var tried = SmallSet()
        if nearby > 0 {
            for w in space.neighbours[u].prefix(nearby) {
                let r = routeOf[w]
                guard r >= 0, tried.insert(r) else { continue }
                if let choice = bestInsertion(of: u, in: r, below: limit, blink: blink, rng: &rng, space) {
                    best = choice
                    limit = choice.delta
                }
            }
        }
        for r in routes.indices {
            if nearby > 0 {
                if routes[r].isEmpty {
                    // Empty routes are always candidates.
                } else if best != nil || tried.contains(r) {
                    continue
                }
            }
            if routes[r].isEmpty, !emptyClassSeen.insert(space.vehicleClass[routes[r].vehicle]) { continue }
            if let choice = bestInsertion(of: u, in: r, below: limit, blink: blink, rng: &rng, space) {
                best = choice
                limit = choice.delta
            }
        }
        return best
    }
}

/// A small set of non-negative integers (route or vehicle-class indices): a bit mask below 64,
/// a `Set` beyond.
struct SmallSet {
    private var mask: UInt64 = 0
    private var overflow: Set<Int> = []

    /// Adds `c`; false when it was already there.
    @inline(__always) mutating func insert(_ c: Int) -> Bool {
        if c < 64 {
            let bit = UInt64(1) << UInt64(c)
            if mask & bit != 0 { return false }
            mask |= bit
            return true
        }
        return overflow.insert(c).inserted
    }

    @inline(__always) func contains(_ c: Int) -> Bool {
        c < 64 ? mask & (UInt64(1) << UInt64(c)) != 0 : overflow.contains(c)
    }
}

extension SeededGenerator {
    /// A uniform double in [0, 1) from the top 53 bits.
    @inline(__always) mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0..<bound (bound > 0).
    @inline(__always) mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
