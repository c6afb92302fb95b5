/// A first-improvement descent over four classic neighbourhoods, restricted to each job's
/// nearest neighbours (granular search, Toth & Vigo 2003, INFORMS Journal on Computing 15(4)):
/// - relocate and Or-opt: move a run of 1–3 consecutive jobs next to a neighbour (Or 1976);
/// - swap: exchange two jobs of different routes;
/// - 2-opt*: exchange the tails of two routes (Potvin & Rousseau 1995, Journal of the
///   Operational Research Society 46(12):1433–1446).
///
/// Every candidate route is written as a prefix of a route, a few explicit jobs, and a suffix
/// of a route; its feasibility comes from the cached forward and backward states of
/// `RouteState` in O(number of explicit jobs). A tail moving to a vehicle of another class
/// (other windows or shift) is checked job by job instead.
struct LocalSearch {
    let space: SearchSpace
    /// Neighbours of each job that moves are tried against.
    var neighbourCount = 24
    /// Upper bound on full passes over the jobs.
    var maxPasses = 60

    init(_ space: SearchSpace) { self.space = space }

    func improve(_ solution: inout SearchSolution) {
        var pass = 0
        var improved = true
        while improved, pass < maxPasses {
            improved = false
            pass += 1
            for u in 0..<space.jobCount where solution.routeOf[u] >= 0 {
                if improveAround(u, &solution) { improved = true }
            }
        }
    }

    /// A candidate route: nodes 0…`a` of `prefix`, then `middle`, then nodes `b`…end of `suffix`.
    private struct Candidate {
        var prefix: Int
        var a: Int
        var middle: [Int]
        var suffix: Int
        var b: Int
    }

    /// Cost of a candidate route if feasible for the prefix route's vehicle, else nil.
    private func evaluate(_ c: Candidate, _ s: SearchSolution) -> Double? {
        let x = s.routes[c.prefix], y = s.routes[c.suffix]
        let v = x.vehicle
        let start = x.nodes[c.a]
        var location = start.location
        var d = start.d, dB = start.dB
        var cost = start.cost, drive = start.drive, load = start.load
        for j in c.middle {
            guard space.canServe(j, on: v) else { return nil }
            let next = space.jobLocation[j]
            cost += space.legCost(location, next)
            drive += space.travel(location, next)
            load += space.demand[j]
            (d, dB) = space.forward(on: v, from: location, d: d, dB: dB, to: j)
            if d == .infinity && dB == .infinity { return nil }
            location = next
        }
        let yEnd = y.count + 1
        if c.a == 0 && c.middle.isEmpty && c.b == yEnd { return 0 }
        let join = y.nodes[c.b], last = y.nodes[yEnd]
        let t = space.travel(location, join.location)
        cost += space.legCost(location, join.location) + last.cost - join.cost
        drive += t + last.drive - join.drive
        load += last.load - y.nodes[c.b - 1].load
        guard drive <= space.maxDrive[v], load <= space.capacity[v] else { return nil }
        guard space.connects(on: v, d: d, dB: dB, travel: t, late: join.late, lateB: join.lateB) else { return nil }
        return cost
    }

    /// The candidate "nodes 0…a of route x, then `middle`, then route y from node b" for x's
    /// vehicle; when y belongs to another vehicle class its tail is replayed job by job.
    private func candidate(_ x: Int, _ a: Int, _ middle: [Int], _ y: Int, _ b: Int, _ s: SearchSolution) -> Candidate {
        let vx = s.routes[x].vehicle, vy = s.routes[y].vehicle
        if x == y || space.vehicleClass[vx] == space.vehicleClass[vy] {
            return Candidate(prefix: x, a: a, middle: middle, suffix: y, b: b)
        }
        let tail = b <= s.routes[y].count ? Array(s.routes[y].jobs[(b - 1)...]) : []
        return Candidate(prefix: x, a: a, middle: middle + tail, suffix: x, b: s.routes[x].count + 1)
    }

    /// Tries the moves around job `u`; applies the first improving one.
    private func improveAround(_ u: Int, _ s: inout SearchSolution) -> Bool {
        for w in space.neighbours[u].prefix(neighbourCount) where s.routeOf[w] >= 0 && s.routeOf[u] >= 0 {
            if relocate(u, near: w, &s) || swap(u, w, &s) || twoOptStar(u, w, &s) { return true }
        }
        return false
    }

    /// Moves the run of 1–3 jobs starting at `u` right after or right before `w`.
    private func relocate(_ u: Int, near w: Int, _ s: inout SearchSolution) -> Bool {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        let jobsA = s.routes[ra].jobs
        let i = jobsA.firstIndex(of: u)!
        for length in 1...3 where i + length <= jobsA.count {
            let run = Array(jobsA[i..<(i + length)])
            if run.contains(w) { break }
            let oldCost = s.routes[ra].cost + (ra == rb ? 0 : s.routes[rb].cost)
            for after in [true, false] {
                if ra == rb {
                    var rest = jobsA
                    rest.removeSubrange(i..<(i + length))
                    let p = rest.firstIndex(of: w)! + (after ? 1 : 0)
                    var jobs = rest
                    jobs.insert(contentsOf: run, at: p)
                    if jobs == jobsA { continue }
                    // Common prefix and suffix with the current order keep the check short.
                    let first = min(i, p), last = max(i + length, p + length)
                    let c = Candidate(prefix: ra, a: first, middle: Array(jobs[first..<last]), suffix: ra, b: last + 1)
                    if let cost = evaluate(c, s), cost < oldCost - 1e-9 {
                        s.setJobs(jobs, route: ra, space)
                        return true
                    }
                } else {
                    let jobsB = s.routes[rb].jobs
                    let p = jobsB.firstIndex(of: w)! + (after ? 1 : 0)
                    let removal = Candidate(prefix: ra, a: i, middle: [], suffix: ra, b: i + length + 1)
                    let insertion = candidate(rb, p, run, rb, p + 1, s)
                    guard let costB = evaluate(insertion, s), costB + s.routes[ra].cost < oldCost + 1e-9 else { continue }
                    guard let costA = evaluate(removal, s), costA + costB < oldCost - 1e-9 else { continue }
                    var newA = jobsA
                    newA.removeSubrange(i..<(i + length))
                    var newB = jobsB
                    newB.insert(contentsOf: run, at: p)
                    s.setJobs(newA, route: ra, space)
                    s.setJobs(newB, route: rb, space)
                    return true
                }
            }
        }
        return false
    }

    /// Exchanges `u` and `w` when they are in different routes.
    private func swap(_ u: Int, _ w: Int, _ s: inout SearchSolution) -> Bool {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        guard ra != rb else { return false }
        let i = s.routes[ra].jobs.firstIndex(of: u)!, p = s.routes[rb].jobs.firstIndex(of: w)!
        let oldCost = s.routes[ra].cost + s.routes[rb].cost
        guard let costA = evaluate(Candidate(prefix: ra, a: i, middle: [w], suffix: ra, b: i + 2), s),
              let costB = evaluate(Candidate(prefix: rb, a: p, middle: [u], suffix: rb, b: p + 2), s),
              costA + costB < oldCost - 1e-9 else { return false }
        var newA = s.routes[ra].jobs, newB = s.routes[rb].jobs
        newA[i] = w
        newB[p] = u
        s.setJobs(newA, route: ra, space)
        s.setJobs(newB, route: rb, space)
        return true
    }

    /// 2-opt*: links `u` to `w` (route A up to u, then route B from w) and the two leftover parts,
    /// and the mirror exchange linking `w` to `u`.
    private func twoOptStar(_ u: Int, _ w: Int, _ s: inout SearchSolution) -> Bool {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        guard ra != rb else { return false }
        let i = s.routes[ra].jobs.firstIndex(of: u)! + 1   // node of u
        let p = s.routes[rb].jobs.firstIndex(of: w)! + 1   // node of w
        let oldCost = s.routes[ra].cost + s.routes[rb].cost
        // A[0…i] + B[p…], B[0…p−1] + A[i+1…]; then B[0…p] + A[i…], A[0…i−1] + B[p+1…].
        for (x, y, cutX, cutY) in [(ra, rb, i, p - 1), (rb, ra, p, i - 1)] {
            let first = candidate(x, cutX, [], y, cutY + 1, s)
            let second = candidate(y, cutY, [], x, cutX + 1, s)
            guard let c1 = evaluate(first, s), c1 < oldCost - 1e-9,
                  let c2 = evaluate(second, s), c1 + c2 < oldCost - 1e-9 else { continue }
            let jobsX = s.routes[x].jobs, jobsY = s.routes[y].jobs
            let newX = Array(jobsX[..<cutX]) + Array(jobsY[cutY...])
            let newY = Array(jobsY[..<cutY]) + Array(jobsX[cutX...])
            s.setJobs(newX, route: x, space)
            s.setJobs(newY, route: y, space)
            return true
        }
        return false
    }
}
