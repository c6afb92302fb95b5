import Foundation

/// The vehicle-routing optimiser: regret insertion, then ruin-and-recreate with string removals
/// (SISR, Christiaens & Vanden Berghe, Transportation Science 54(2):417–433, 2020) under
/// simulated-annealing acceptance, with a local-search descent (relocate, swap, 2-opt*, Or-opt)
/// on each new best solution.
///
/// Constraints are hard: every returned route is feasible. Jobs that cannot be placed are listed
/// in `RoutingSolution.unassigned` with their reason; the result is never empty for lack of a
/// solution. The objective is lexicographic: fewest must jobs left out, then travel cost plus the
/// value of optional jobs left out.
public enum VRPSolver {
    /// Tuning of the search. The defaults are the paper's values where it gives one.
    public struct Parameters: Sendable {
        /// Average number of jobs removed per iteration (SISR c̄; paper 10).
        public var averageRemoved: Double = 10
        /// Maximum string length (SISR L_max; paper 10).
        public var maxStringLength: Double = 10
        /// Probability of skipping a candidate position during reinsertion (paper 0.01).
        public var blinkRate: Double = 0.01
        /// Initial and final annealing temperatures, as multiples of the mean leg cost of the
        /// starting solution, so that they follow the problem's cost units (the paper's absolute
        /// T0 = 100 and Tf = 1 are about 10× and 0.1× a leg of a Solomon instance).
        public var initialTemperature: Double = 10
        public var finalTemperature: Double = 0.1
        /// Reinsertion tries first the routes of a job's `nearbyRoutes` nearest jobs (and empty
        /// routes), the others only when those cannot take it; 0 tries every route.
        public var nearbyRoutes: Int = 0
        /// Whether to run the local-search descent on new best solutions.
        public var localSearch: Bool = true

        public init() {}
    }

    /// A budget for interactive use: `40 × jobs` ruin-and-recreate iterations (at least 500),
    /// with `timeLimit` seconds as a guard. Measured on the rep's week (60 visits, 5 days, release
    /// build): about 35 ms of CPU per plan, under 100 ms of wall time even on a loaded machine.
    public static func interactiveBudget(for problem: RoutingProblem, seed: UInt64 = 1, timeLimit: Double = 0.5) -> SolveBudget {
        SolveBudget(timeLimit: timeLimit, seed: seed, iterationLimit: max(500, 40 * problem.jobs.count))
    }

    /// Solves `problem` within `budget`.
    ///
    /// - Deterministic for a given `budget.seed` when `budget.iterationLimit` is set and reached
    ///   before `budget.timeLimit` (the annealing schedule then follows iterations, not time).
    /// - `budget.progress` is called about every `budget.progressInterval` seconds, and once at
    ///   the end.
    /// - Throws: `RoutingProblemError` when the problem is malformed (see `RoutingProblem.validate`).
    public static func solve(
        _ problem: RoutingProblem, budget: SolveBudget, parameters: Parameters = Parameters()
    ) throws(RoutingProblemError) -> RoutingSolution {
        try problem.validate()
        let clock = Stopwatch()
        let space = SearchSpace(problem)
        var rng = SeededGenerator(seed: budget.seed)
        var current = RegretConstruction.build(space)
        if parameters.localSearch { LocalSearch(space).improve(&current) }
        var best = current
        let ruin = StringRemoval(averageRemoved: parameters.averageRemoved, maxStringLength: parameters.maxStringLength)
        let recreate = BlinkInsertion(space, blinkRate: parameters.blinkRate, nearby: parameters.nearbyRoutes)
        let descent = LocalSearch(space)

        let legs = current.routes.reduce(0) { $0 + ($1.isEmpty ? 0 : $1.count + 1) }
        let meanLeg = legs > 0 ? current.travelCost / Double(legs) : 0
        let startTemperature = parameters.initialTemperature * meanLeg
        let endTemperature = parameters.finalTemperature * meanLeg

        var iterations = 0
        var lastReport = 0.0
        let searchable = space.jobCount > 0 && space.vehicleCount > 0
        while searchable {
            if let limit = budget.iterationLimit, iterations >= limit { break }
            let elapsed = clock.elapsed
            if elapsed >= budget.timeLimit { break }
            let fraction: Double
            if let limit = budget.iterationLimit {
                fraction = Double(iterations) / Double(max(limit, 1))
            } else {
                fraction = elapsed / max(budget.timeLimit, 1e-9)
            }
            let temperature = startTemperature * pow(endTemperature / max(startTemperature, 1e-300), fraction)

            var candidate = current
            let removed = ruin.select(in: candidate, rng: &rng, space)
            candidate.remove(removed, space)
            recreate.insert(candidate.unassignedJobs, into: &candidate, rng: &rng, space)
            iterations += 1

            if candidate.mustMissing < current.mustMissing
                || (candidate.mustMissing == current.mustMissing
                    && candidate.cost < current.cost - temperature * log(max(rng.unitDouble(), 1e-300))) {
                current = candidate
                if current.isBetter(than: best) {
                    if parameters.localSearch {
                        descent.improve(&current, focus: removed)
                    }
                    current.recomputeCost()
                    best = current
                }
            }
            if let progress = budget.progress, elapsed - lastReport >= budget.progressInterval {
                lastReport = elapsed
                progress(SolveProgress(elapsed: elapsed, iterations: iterations, bestCost: best.cost))
            }
        }
        best.recomputeCost()
        budget.progress?(SolveProgress(elapsed: clock.elapsed, iterations: iterations, bestCost: best.cost))
        var solution = SolutionBuilder(space).solution(from: best)
        solution.iterations = iterations
        solution.elapsed = clock.elapsed
        return solution
    }
}
