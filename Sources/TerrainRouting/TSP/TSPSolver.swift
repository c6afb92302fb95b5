/// Single-thread travelling-salesman optimiser on a cost ``Matrix``.
///
/// Method:
/// - `n ≤ exactLimit` (12): exact dynamic programme (Held–Karp), `isOptimal == true`.
/// - larger: greedy-edge start, then iterated local search: Lin–Kernighan chains of 2-opt moves
///   and Or-opt segment moves on nearest-neighbour candidate lists, with a queue of cities to
///   re-examine (don't-look bits); kicked by double-bridges (two adjacent segments swapped, short
///   ones for 80 % of the kicks, up to half the tour for the others), accepting a kicked tour when
///   it is no longer. Candidates are the 10 nearest plus the 5 α-nearest cities, so that edges
///   between clusters are reachable. Defaults in ``Options``; sources in `TourEngine`, its
///   extensions and `CandidateLists`.
///
/// Budget: stops at `budget.timeLimit` seconds, after `budget.iterationLimit` kicks if set, or
/// when `max(5000, 200 n)` kicks in a row brought no shorter tour (the search has stalled).
/// The set-up (candidate lists, `O(n²)`) and the first local optimum always complete, even past
/// a shorter time limit (0.07 s for 1002 points on the benchmark machine).
/// With an `iterationLimit` reached before the time limit the result depends only on the matrix,
/// the options and `budget.seed`. `budget.progress` is called after the first local optimum,
/// then at most every `budget.progressInterval` seconds, and at the end.
///
/// Measured on TSPLIB (single thread, seeds 1–5, shared and loaded machine): the proven optimum
/// on every instance of 51–105 points within 0.5 s (found within 0.1 s); on the 20 instances of
/// 202–1002 points, gaps of 0–0.6 % within 5 s (seeds 1–3).
///
/// The local search assumes a symmetric matrix. An asymmetric matrix (beyond `exactLimit`) is
/// searched on its symmetric part `(m[i,j] + m[j,i]) / 2`; the order is then reported in the
/// cheaper direction with its true cost (progress reports show the symmetric-part length): a
/// heuristic without the quality measured on TSPLIB.
public enum TSPSolver {
    /// Largest instance solved exactly by dynamic programming.
    public static let exactLimit = 12

    /// Tuning of the iterated local search. The defaults are the ones measured on TSPLIB (see
    /// ``TSPSolver``); change them only to benchmark alternatives.
    public struct Options: Sendable, Equatable {
        /// Candidate cities per city for new edges: this many nearest, plus `alphaCandidates`
        /// α-nearest (minimum-spanning-tree sensitivity, see `CandidateLists`).
        public var candidates = 10
        public var alphaCandidates = 5
        /// LK alternatives tried at the first and second chain levels (1…5); deeper levels try 1.
        public var firstLevelBreadth = 5
        public var secondLevelBreadth = 1
        /// Deepest LK chain, in 2-opt steps.
        public var maxDepth = 10
        /// Longest segment a kick moves, in cities.
        public var maxKickSegment = 25
        /// Percentage of kicks whose segments may be as long as half the tour (they reorder
        /// whole clusters; the others stay local).
        public var globalKickPercent = 20
        /// The search stops after `max(minimumStall, stallFactor × n)` kicks in a row without a
        /// shorter tour.
        public var stallFactor = 200
        public var minimumStall = 5_000

        public init() {}
    }

    /// The shortest closed tour found through all `matrix.count` points.
    ///
    /// - Returns: `order` starts at 0 (empty for an empty matrix); `cost` is the sum of
    ///   `matrix[order[i], order[i+1]]` plus the closing `matrix[order.last, order[0]]` (0 for a
    ///   single point).
    public static func solve(_ matrix: Matrix, budget: SolveBudget, options: Options = Options()) -> TSPSolution {
        let clock = Stopwatch()
        let n = matrix.count
        if n == 0 { return TSPSolution(order: [], cost: 0, iterations: 0, elapsed: clock.elapsed, isOptimal: true) }
        if n <= exactLimit {
            let exact = HeldKarp.solve(matrix, start: 0, end: 0)
            return finish(exact.order, matrix, closed: true, iterations: 0, clock: clock, optimal: true, budget: budget)
        }
        let symmetric = isSymmetric(matrix)
        let values = symmetric ? matrix.values : symmetricPart(matrix)
        var engine = TourEngine(values: values, n: n, options: options, eps: epsilon(matrix))
        defer { engine.deallocate() }
        engine.load(engine.greedyTour())
        let iterations = engine.iteratedLocalSearch(budget: budget, clock: clock, options: options).iterations
        var order = engine.cities()
        if !symmetric {
            let reversed = [order[0]] + order.dropFirst().reversed()
            if cost(of: reversed, in: matrix, closed: true) < cost(of: order, in: matrix, closed: true) {
                order = reversed
            }
        }
        return finish(order, matrix, closed: true, iterations: iterations, clock: clock, optimal: false, budget: nil)
    }

    /// The shortest open path through all points that begins at `start` and finishes at `end`
    /// (for a day's route between a fixed departure and a fixed arrival).
    ///
    /// `start == end` asks for the closed tour through all points, reported from `start` (its
    /// `cost` then includes the return to `start`). Otherwise `order` begins with `start`, ends
    /// with `end`, and `cost` is the sum of the matrix values along it, with no return.
    /// Beyond `exactLimit` the path is found as a closed tour through one extra dummy point
    /// joined to `start` and `end` by edges of cost `-B` and to every other point by `+B`, with
    /// `B` larger than any path's cost, so the tour always goes `end → dummy → start`.
    /// Precondition: `start` and `end` are valid indices.
    public static func solvePath(
        _ matrix: Matrix, from start: Int, to end: Int, budget: SolveBudget, options: Options = Options()
    ) -> TSPSolution {
        let n = matrix.count
        precondition((0..<n).contains(start) && (0..<n).contains(end), "Path ends must be points of the matrix")
        let clock = Stopwatch()
        if start == end {
            var solution = solve(matrix, budget: budget, options: options)
            let at = solution.order.firstIndex(of: start)!
            solution.order = Array(solution.order[at...] + solution.order[..<at])
            return solution
        }
        if n <= exactLimit {
            let exact = HeldKarp.solve(matrix, start: start, end: end)
            return finish(exact.order, matrix, closed: false, iterations: 0, clock: clock, optimal: true, budget: budget)
        }
        var bound = 1.0
        for i in 0..<n { bound += (0..<n).map { abs(matrix[i, $0]) }.max() ?? 0 }
        let augmented = Matrix(count: n + 1) { i, j in
            if i < n && j < n { return matrix[i, j] }
            if i == j { return 0 }
            let other = i == n ? j : i
            return other == start || other == end ? -bound : bound
        }
        // The augmented tour costs the path's cost minus 2B: report progress in path terms.
        var inner = budget
        if let report = budget.progress {
            let offset = 2 * bound
            inner.progress = { report(SolveProgress(elapsed: $0.elapsed, iterations: $0.iterations, bestCost: $0.bestCost + offset)) }
        }
        let closed = solve(augmented, budget: inner, options: options)
        // Rotate to begin right after the dummy point, then orient from `start` to `end`.
        let at = closed.order.firstIndex(of: n)!
        var order = Array(closed.order[(at + 1)...] + closed.order[..<at])
        if order.first != start { order.reverse() }
        precondition(order.first == start && order.last == end, "The dummy point joins start and end")
        return finish(order, matrix, closed: false, iterations: closed.iterations, clock: clock, optimal: false, budget: nil)
    }

    /// Sum of `matrix` values along `order`; with `closed`, plus the edge from the last point back
    /// to the first (a single point costs 0).
    public static func cost(of order: [Int], in matrix: Matrix, closed: Bool) -> Double {
        guard order.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<order.count { total += matrix[order[i - 1], order[i]] }
        if closed { total += matrix[order[order.count - 1], order[0]] }
        return total
    }

    private static func finish(
        _ order: [Int], _ matrix: Matrix, closed: Bool, iterations: Int, clock: Stopwatch, optimal: Bool,
        budget: SolveBudget?
    ) -> TSPSolution {
        let cost = cost(of: order, in: matrix, closed: closed)
        let elapsed = clock.elapsed
        budget?.progress?(SolveProgress(elapsed: elapsed, iterations: iterations, bestCost: cost))
        return TSPSolution(order: order, cost: cost, iterations: iterations, elapsed: elapsed, isOptimal: optimal)
    }

    static func isSymmetric(_ matrix: Matrix) -> Bool {
        let n = matrix.count
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) where matrix.values[i * n + j] != matrix.values[j * n + i] {
                return false
            }
        }
        return true
    }

    private static func symmetricPart(_ matrix: Matrix) -> [Double] {
        let n = matrix.count
        var values = matrix.values
        for i in 0..<n {
            for j in 0..<n { values[i * n + j] = (matrix.values[i * n + j] + matrix.values[j * n + i]) / 2 }
        }
        return values
    }

    /// Gains at or below this are rounding noise: 1e-9 of the largest finite |value| (at least 1e-9).
    private static func epsilon(_ matrix: Matrix) -> Double {
        var largest = 1.0
        for v in matrix.values where v.isFinite { largest = max(largest, abs(v)) }
        return 1e-9 * largest
    }
}
