/// Iterated local search on the array tour: local optimum by LK chains + Or-opt with a work queue
/// of cities (don't-look bits, J. L. Bentley, "Fast algorithms for geometric traveling salesman
/// problems", ORSA J. Computing 4(4), 1992), then repeated kicks, each followed by a local search
/// restricted to the cities the kick touched, accepted when the tour is no longer than before and
/// undone otherwise (H. R. Lourenço, O. C. Martin and T. Stützle, "Iterated local search", in
/// Handbook of Metaheuristics, 2003; O. Martin, S. W. Otto and E. W. Felten, "Large-step Markov
/// chains for the traveling salesman problem", Complex Systems 5, 1991, for the double-bridge).
extension TourEngine {
    /// Empties the work queue, improving the tour with LK chains then Or-opt from each queued
    /// city. Returns the total gain.
    mutating func localSearch(scratch: UnsafeMutableBufferPointer<Int32>) -> Double {
        var total = 0.0
        while true {
            let c = pop()
            if c < 0 { return total }
            let gain = improveLK(c, scratch: scratch)
            if gain > 0 {
                total += gain
            } else {
                total += improveOrOpt(c)
            }
        }
    }

    /// A double-bridge kick: with `A B C D` the tour cut after a random position, where `B` and
    /// `C` are consecutive segments of 1…`maxSegment` cities (at most half the tour), the tour
    /// becomes `A C B D` (three edges replaced, no segment reversed). Short segments keep the kick
    /// local and cheap; long ones reorder whole stretches (clusters). Returns the change in length
    /// and queues the six cities whose edges changed.
    mutating func kick(_ rng: inout SeededGenerator, maxSegment: Int) -> Double {
        let limit = UInt64(Swift.max(1, Swift.min(maxSegment, (n - 2) / 2)))
        let p = Int(rng.next() % UInt64(n))
        let l1 = 1 + Int(rng.next() % limit)
        let l2 = 1 + Int(rng.next() % limit)
        let a2 = Int(tour[p])
        let b1 = Int(tour[(p + 1) % n])
        let b2 = Int(tour[(p + l1) % n])
        let c1 = Int(tour[(p + l1 + 1) % n])
        let c2 = Int(tour[(p + l1 + l2) % n])
        let d1 = Int(tour[(p + l1 + l2 + 1) % n])
        let delta = d(a2, c1) + d(c2, b1) + d(b2, d1) - d(a2, b1) - d(b2, c1) - d(c2, d1)
        // B C → reverse all → C' B' → reverse each part → C B.
        reverse((p + 1) % n, (p + l1 + l2) % n)
        reverse((p + 1) % n, (p + l2) % n)
        reverse((p + l2 + 1) % n, (p + l1 + l2) % n)
        push(a2)
        push(b1)
        push(b2)
        push(c1)
        push(c2)
        push(d1)
        return delta
    }

    /// Runs the iterated local search from the current tour within `budget` (time, iterations,
    /// seed, progress) and leaves the best tour found as the current one. Returns the number of
    /// kicks made and the tour length as tracked from the gains (equal to ``cost()`` up to
    /// rounding).
    mutating func iteratedLocalSearch(
        budget: SolveBudget, clock: Stopwatch, options: TSPSolver.Options
    ) -> (iterations: Int, cost: Double) {
        let scratch = UnsafeMutableBufferPointer<Int32>.allocate(capacity: scratchSize)
        defer { scratch.deallocate() }
        scratch.initialize(repeating: 0)
        var rng = SeededGenerator(seed: budget.seed)

        for city in 0..<n { push(city) }
        log.removeAll(keepingCapacity: true)
        _ = localSearch(scratch: scratch)
        var current = cost()
        let stallLimit = Swift.max(options.minimumStall, options.stallFactor * n)
        var iterations = 0
        var sinceImprovement = 0
        var nextReport = budget.progressInterval
        budget.progress?(SolveProgress(elapsed: clock.elapsed, iterations: 0, bestCost: current))

        while sinceImprovement < stallLimit {
            if let limit = budget.iterationLimit, iterations >= limit { break }
            let elapsed = clock.elapsed
            if elapsed >= budget.timeLimit { break }
            if elapsed >= nextReport {
                budget.progress?(SolveProgress(elapsed: elapsed, iterations: iterations, bestCost: current))
                nextReport = elapsed + budget.progressInterval
            }
            log.removeAll(keepingCapacity: true)
            let global = rng.next() % 100 < UInt64(max(0, options.globalKickPercent))
            let segment = global ? n : options.maxKickSegment
            let candidate = current + kick(&rng, maxSegment: segment) - localSearch(scratch: scratch)
            iterations += 1
            if candidate < current - eps {
                current = candidate
                sinceImprovement = 0
            } else if candidate <= current + eps {
                sinceImprovement += 1
            } else {
                undo(to: 0)
                sinceImprovement += 1
            }
        }
        budget.progress?(SolveProgress(elapsed: clock.elapsed, iterations: iterations, bestCost: current))
        return (iterations, current)
    }
}
