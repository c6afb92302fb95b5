/// A first-improvement descent over four classic neighbourhoods, restricted to each job's
/// nearest neighbours (granular search, Toth & Vigo 2003, INFORMS Journal on Computing 15(4)):
/// - relocate and Or-opt: move a run of 1–3 consecutive jobs next to a neighbour (Or 1976);
/// - swap: exchange two jobs of different routes;
/// - 2-opt*: exchange the tails of two routes (Potvin & Rousseau 1995, Journal of the
///   Operational Research Society 46(12):1433–1446).
///
/// Every candidate route is written as a prefix of a route, a few explicit jobs, and a suffix
/// of a route; its cost is checked first, and only an improving one is checked for feasibility
/// from the cached forward and backward states of `RouteState`, in O(number of explicit jobs). A
/// tail moving to a vehicle of another class (other windows or shift) is replayed job by job.
///
/// Jobs to examine wait in a queue ("don't look bits", Bentley 1992): all of them at first, or
/// only those just reinserted; a move puts every job of the routes it changed back in the queue.
struct LocalSearch {
    let space: SearchSpace
    /// Neighbours of each job that moves are tried against.
    var neighbourCount = 24
    /// Upper bound on applied moves per call, a guard only (each move strictly lowers the cost).
    var maxMoves = 100_000

    init(_ space: SearchSpace) { self.space = space }

    /// Descends from `solution` until no move improves it; with `focus`, starts from those jobs.
    func improve(_ solution: inout SearchSolution, focus: [Int]? = nil) {
        var queue = focus ?? Array(0..<space.jobCount)
        var queued = Array(repeating: false, count: space.jobCount)
        for u in queue { queued[u] = true }
        var head = 0, moves = 0
        while head < queue.count, moves < maxMoves {
            let u = queue[head]
            head += 1
            queued[u] = false
            guard solution.routeOf[u] >= 0, let changed = improveAround(u, &solution) else { continue }
            moves += 1
            for r in changed {
                for j in solution.routes[r].jobs where !queued[j] {
                    queued[j] = true
                    queue.append(j)
                }
            }
            if head > 4 * space.jobCount {   // keep the queue short
                queue.removeFirst(head)
                head = 0
            }
        }
    }

    /// A candidate route for `prefix`'s vehicle: its nodes 0…`a`, then `middle`, then route
    /// `suffix` from node `b`; with `replay`, the suffix's jobs are re-timed on `prefix`'s
    /// vehicle and the route ends at `prefix`'s end.
    private struct Candidate {
        var prefix: Int
        var a: Int
        var middle: ArraySlice<Int>
        var suffix: Int
        var b: Int
        var replay = false
    }

    /// Nodes 0…a of route x, then `middle`, then route y from node b, for x's vehicle.
    private func candidate(_ x: Int, _ a: Int, _ middle: ArraySlice<Int>, _ y: Int, _ b: Int, _ s: SearchSolution) -> Candidate {
        let vx = s.routes[x].vehicle, vy = s.routes[y].vehicle
        let replay = x != y && space.vehicleClass[vx] != space.vehicleClass[vy]
        return Candidate(prefix: x, a: a, middle: middle, suffix: y, b: b, replay: replay)
    }

    /// Travel cost of a candidate route (0 when it has no job).
    private func cost(_ c: Candidate, _ s: SearchSolution) -> Double {
        let x = s.routes[c.prefix], y = s.routes[c.suffix]
        let yn = y.count
        if c.a == 0 && c.middle.isEmpty && c.b > yn { return 0 }
        var location = x.nodes[c.a].location
        var total = x.nodes[c.a].cost
        for j in c.middle {
            let next = space.jobLocation[j]
            total += space.legCost(location, next)
            location = next
        }
        let join = y.nodes[c.b]
        if !c.replay { return total + space.legCost(location, join.location) + y.nodes[yn + 1].cost - join.cost }
        if c.b <= yn {
            total += space.legCost(location, join.location) + y.nodes[yn].cost - join.cost
            location = y.nodes[yn].location
        }
        return total + space.legCost(location, x.nodes[x.count + 1].location)
    }

    /// Whether a candidate route is feasible (time windows, break, driving, capacity).
    private func isFeasible(_ c: Candidate, _ s: SearchSolution) -> Bool {
        let x = s.routes[c.prefix], y = s.routes[c.suffix]
        let v = x.vehicle
        let yn = y.count
        if c.a == 0 && c.middle.isEmpty && c.b > yn { return true }
        let start = x.nodes[c.a]
        var location = start.location
        var d = start.d, dB = start.dB
        var drive = start.drive, load = start.load
        func visit(_ j: Int) -> Bool {
            guard space.canServe(j, on: v) else { return false }
            let next = space.jobLocation[j]
            drive += space.travel(location, next)
            load += space.demand[j]
            (d, dB) = space.forward(on: v, from: location, d: d, dB: dB, to: j)
            location = next
            return d < .infinity
        }
        for j in c.middle where !visit(j) { return false }
        let join: RouteState.Node
        if c.replay {
            for j in y.jobs[(c.b - 1)...] where !visit(j) { return false }
            join = x.nodes[x.count + 1]
        } else {
            join = y.nodes[c.b]
            drive += y.nodes[yn + 1].drive - join.drive
            load += y.nodes[yn + 1].load - y.nodes[c.b - 1].load
        }
        let t = space.travel(location, join.location)
        guard drive + t <= space.maxDrive[v], load <= space.capacity[v] else { return false }
        return space.connects(on: v, d: d, dB: dB, travel: t, late: join.late, lateB: join.lateB)
    }

    /// Tries the moves around job `u`; applies the first improving one and returns the routes
    /// it changed.
    private func improveAround(_ u: Int, _ s: inout SearchSolution) -> [Int]? {
        for w in space.neighbours[u].prefix(neighbourCount) where s.routeOf[w] >= 0 {
            if let changed = relocate(u, near: w, &s) ?? swap(u, w, &s) ?? twoOptStar(u, w, &s) { return changed }
        }
        return nil
    }

    /// Moves the run of 1–3 jobs starting at `u` right after or right before `w` (Or-opt).
    private func relocate(_ u: Int, near w: Int, _ s: inout SearchSolution) -> [Int]? {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        let jobsA = s.routes[ra].jobs, nodesA = s.routes[ra].nodes
        let i = jobsA.firstIndex(of: u)!
        let q = s.routes[rb].jobs.firstIndex(of: w)!
        for length in 1...3 where i + length <= jobsA.count {
            if ra == rb && q >= i && q < i + length { break }
            let run = jobsA[i..<(i + length)]
            // Nodes around the run: P before, F first, L last, N after.
            let p = nodesA[i].location, f = nodesA[i + 1].location
            let l = nodesA[i + length].location, n = nodesA[i + length + 1].location
            var removal = space.legCost(p, n) - space.legCost(p, f) - space.legCost(l, n)
            if ra != rb && length == jobsA.count { removal = -nodesA[jobsA.count + 1].cost }
            let nodesB = s.routes[rb].nodes
            for after in [true, false] {
                // Insertion between nodes a and a + 1 of route B (w is node q + 1).
                let a = after ? q + 1 : q
                if ra == rb && (a == i || a == i + length) { continue }   // same place
                let before = nodesB[a].location, next = nodesB[a + 1].location
                var insertion = space.legCost(before, f) + space.legCost(l, next) - space.legCost(before, next)
                if nodesB.count == 2 { insertion += space.legCost(before, next) }
                guard removal + insertion < -1e-9 else { continue }
                if ra == rb {
                    var jobs = jobsA
                    jobs.removeSubrange(i..<(i + length))
                    let at = jobs.firstIndex(of: w)! + (after ? 1 : 0)
                    jobs.insert(contentsOf: run, at: at)
                    let first = min(i, at), last = max(i, at) + length
                    let c = Candidate(prefix: ra, a: first, middle: jobs[first..<last], suffix: ra, b: last + 1)
                    guard isFeasible(c, s) else { continue }
                    s.setJobs(jobs, route: ra, space)
                    return [ra]
                }
                let leave = Candidate(prefix: ra, a: i, middle: [], suffix: ra, b: i + length + 1)
                let enter = Candidate(prefix: rb, a: a, middle: run, suffix: rb, b: a + 1)
                guard isFeasible(enter, s), isFeasible(leave, s) else { continue }
                var newA = jobsA, newB = s.routes[rb].jobs
                newA.removeSubrange(i..<(i + length))
                newB.insert(contentsOf: run, at: a)
                s.setJobs(newA, route: ra, space)
                s.setJobs(newB, route: rb, space)
                return [ra, rb]
            }
        }
        return nil
    }

    /// Exchanges `u` and `w` when they are in different routes.
    private func swap(_ u: Int, _ w: Int, _ s: inout SearchSolution) -> [Int]? {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        guard ra != rb else { return nil }
        let jobsA = s.routes[ra].jobs, jobsB = s.routes[rb].jobs
        let i = jobsA.firstIndex(of: u)!, p = jobsB.firstIndex(of: w)!
        let first = Candidate(prefix: ra, a: i, middle: jobsB[p...p], suffix: ra, b: i + 2)
        let second = Candidate(prefix: rb, a: p, middle: jobsA[i...i], suffix: rb, b: p + 2)
        let oldCost = s.routes[ra].cost + s.routes[rb].cost
        guard cost(first, s) + cost(second, s) < oldCost - 1e-9, isFeasible(first, s), isFeasible(second, s) else {
            return nil
        }
        var newA = jobsA, newB = jobsB
        newA[i] = w
        newB[p] = u
        s.setJobs(newA, route: ra, space)
        s.setJobs(newB, route: rb, space)
        return [ra, rb]
    }

    /// 2-opt*: route A up to `u` then route B from `w`, and B's start with A's rest; then the
    /// mirror exchange, B up to `w` then A from `u`.
    private func twoOptStar(_ u: Int, _ w: Int, _ s: inout SearchSolution) -> [Int]? {
        let ra = s.routeOf[u], rb = s.routeOf[w]
        guard ra != rb else { return nil }
        let i = s.routes[ra].jobs.firstIndex(of: u)! + 1   // node of u
        let p = s.routes[rb].jobs.firstIndex(of: w)! + 1   // node of w
        let oldCost = s.routes[ra].cost + s.routes[rb].cost
        for (x, y, cutX, cutY) in [(ra, rb, i, p - 1), (rb, ra, p, i - 1)] {
            let first = candidate(x, cutX, [], y, cutY + 1, s)
            let second = candidate(y, cutY, [], x, cutX + 1, s)
            guard cost(first, s) + cost(second, s) < oldCost - 1e-9, isFeasible(first, s), isFeasible(second, s) else {
                continue
            }
            let jobsX = s.routes[x].jobs, jobsY = s.routes[y].jobs
            s.setJobs(Array(jobsX[..<cutX]) + Array(jobsY[cutY...]), route: x, space)
            s.setJobs(Array(jobsY[..<cutY]) + Array(jobsX[cutX...]), route: y, space)
            return [x, y]
        }
        return nil
    }
}
