import Foundation
import Testing
@testable import TerrainRouting

@Suite struct TSPSolverTests {
    /// A generous time limit: these runs stop on their iteration limit, so they are reproducible.
    private func budget(iterations: Int, seed: UInt64 = 1) -> SolveBudget {
        SolveBudget(timeLimit: 600, seed: seed, iterationLimit: iterations)
    }

    private func isPermutation(_ order: [Int], _ n: Int) -> Bool {
        order.count == n && Set(order) == Set(0..<n)
    }

    /// Euclidean matrix of points (unrounded).
    private func euclidean(_ points: [(Double, Double)]) -> Matrix {
        Matrix(count: points.count) { i, j in
            let dx = points[i].0 - points[j].0
            let dy = points[i].1 - points[j].1
            return (dx * dx + dy * dy).squareRoot()
        }
    }

    /// Unit grid of `rows × columns` points. With an even number of points a closed tour of unit
    /// steps exists, and no tour can be shorter than one unit per point: optimum = rows × columns.
    private func grid(_ rows: Int, _ columns: Int) -> Matrix {
        euclidean((0..<rows * columns).map { (Double($0 % columns), Double($0 / columns)) })
    }

    // MARK: Benchmarks with proven optima

    @Test(arguments: ["berlin52", "eil51", "st70"])
    func reachesTheProvenOptimum(_ name: String) throws {
        let matrix = try TSPLIBBenchData.instance(name).matrix()
        let solution = TSPSolver.solve(matrix, budget: budget(iterations: 3000))
        #expect(isPermutation(solution.order, matrix.count))
        #expect(solution.order.first == 0)
        #expect(solution.cost == TSPSolver.cost(of: solution.order, in: matrix, closed: true))
        // Published optima: berlin52 7542, eil51 426, st70 675 (tsplib_optima.csv).
        #expect(solution.cost == Double(try TSPLIBBenchData.optimum(name)))
        #expect(!solution.isOptimal)
    }

    @Test func sameSeedSameTour() throws {
        let matrix = try TSPLIBBenchData.instance("kroA100").matrix()
        let first = TSPSolver.solve(matrix, budget: budget(iterations: 200, seed: 7))
        let second = TSPSolver.solve(matrix, budget: budget(iterations: 200, seed: 7))
        #expect(first.order == second.order)
        #expect(first.iterations == 200)
    }

    @Test func gridOptimumIsOneUnitPerPoint() {
        // 6 × 6 = 36 points, beyond the exact limit: optimum 36.
        let solution = TSPSolver.solve(grid(6, 6), budget: budget(iterations: 500))
        #expect(isPermutation(solution.order, 36))
        #expect(abs(solution.cost - 36) < 1e-9)
    }

    @Test func stopsOnTimeAndReportsProgress() throws {
        let matrix = try TSPLIBBenchData.instance("a280").matrix()
        let reports = ProgressLog()
        let budget = SolveBudget(timeLimit: 0, progress: { reports.append($0) })
        let solution = TSPSolver.solve(matrix, budget: budget)
        #expect(solution.iterations == 0)
        #expect(isPermutation(solution.order, 280))
        let seen = reports.all
        #expect(seen.count >= 2)
        #expect(seen.last?.bestCost == solution.cost)
    }

    @Test func stopsWhenStalled() {
        // Nothing beats the 4 × 4 grid's optimum of 16, so after the first local optimum every kick
        // is a non-improvement and the search stops after max(5000, 200 × 16) = 5000 of them at
        // the latest, long before the time limit.
        let solution = TSPSolver.solve(grid(4, 4), budget: SolveBudget(timeLimit: 600))
        #expect(abs(solution.cost - 16) < 1e-9)
        #expect(solution.iterations <= 5000 + 5000)
        #expect(solution.elapsed < 600)
    }

    // MARK: Tiny and exact cases

    @Test func tinyInstances() {
        #expect(TSPSolver.solve(Matrix(count: 0), budget: budget(iterations: 10)).order == [])
        let one = TSPSolver.solve(Matrix(count: 1), budget: budget(iterations: 10))
        #expect(one.order == [0] && one.cost == 0)
        let two = TSPSolver.solve(Matrix(count: 2, values: [0, 3, 4, 0]), budget: budget(iterations: 10))
        #expect(two.order == [0, 1] && two.cost == 7)  // 3 there, 4 back
        // Asymmetric triangle: 0→1→2→0 costs 1 + 1 + 1 = 3, the other way 10 + 10 + 10 = 30.
        let three = Matrix(count: 3, values: [0, 1, 10, 10, 0, 1, 1, 10, 0])
        let solution = TSPSolver.solve(three, budget: budget(iterations: 10))
        #expect(solution.order == [0, 1, 2] && solution.cost == 3 && solution.isOptimal)
    }

    @Test func exactOnTwelvePoints() {
        // 3 × 4 grid: 12 points, optimum 12.
        let solution = TSPSolver.solve(grid(3, 4), budget: budget(iterations: 10))
        #expect(solution.isOptimal)
        #expect(isPermutation(solution.order, 12))
        #expect(abs(solution.cost - 12) < 1e-9)
    }

    @Test func localSearchMatchesDynamicProgrammeBeyondTheExactLimit() {
        var rng = SeededGenerator(seed: 11)
        let points = (0..<14).map { _ in (Double(rng.next() % 1000), Double(rng.next() % 1000)) }
        let matrix = euclidean(points)
        let exact = HeldKarp.solve(matrix, start: 0, end: 0)
        let solution = TSPSolver.solve(matrix, budget: budget(iterations: 300))
        #expect(abs(solution.cost - exact.cost) < 1e-6)
        let exactPath = HeldKarp.solve(matrix, start: 2, end: 9)
        let path = TSPSolver.solvePath(matrix, from: 2, to: 9, budget: budget(iterations: 300))
        #expect(abs(path.cost - exactPath.cost) < 1e-6)
        #expect(path.order.first == 2 && path.order.last == 9 && isPermutation(path.order, 14))
    }

    @Test func asymmetricRingIsFollowedForwards() {
        // m[i][i+1 mod 20] = 1, every other pair 10: the ring 0→1→…→19→0 costs 20; backwards 200.
        let n = 20
        let ring = Matrix(count: n) { i, j in i == j ? 0 : (j == (i + 1) % n ? 1 : 10) }
        let solution = TSPSolver.solve(ring, budget: budget(iterations: 100))
        #expect(solution.order == Array(0..<n))
        #expect(solution.cost == 20)
    }

    // MARK: Open paths

    /// Points 0, 1, …, n−1 on a line (distance |i − j|).
    private func line(_ n: Int) -> Matrix {
        Matrix(count: n) { i, j in Double(abs(i - j)) }
    }

    @Test func pathOnALineSmall() {
        // 10 points, from 3 to 6: the path must reach 0 and 9. Going to 0 first: 3 + 9 + 3 = 15;
        // to 9 first: 6 + 9 + 6 = 21. Optimum 15 (exact, n ≤ 12).
        let solution = TSPSolver.solvePath(line(10), from: 3, to: 6, budget: budget(iterations: 10))
        #expect(solution.cost == 15 && solution.isOptimal)
        #expect(solution.order.first == 3 && solution.order.last == 6 && isPermutation(solution.order, 10))
    }

    @Test func pathOnALineLarge() {
        // 20 points, from 5 to 12: 0 first gives 5 + 19 + 7 = 31, 19 first gives 14 + 19 + 12 = 45.
        let solution = TSPSolver.solvePath(line(20), from: 5, to: 12, budget: budget(iterations: 200))
        #expect(solution.cost == 31 && !solution.isOptimal)
        #expect(solution.order.first == 5 && solution.order.last == 12 && isPermutation(solution.order, 20))
    }

    @Test func pathEdgeCases() {
        let two = TSPSolver.solvePath(line(2), from: 1, to: 0, budget: budget(iterations: 10))
        #expect(two.order == [1, 0] && two.cost == 1)
        // start == end: the closed tour read from `start`; on a line of 20 it costs 2 × 19 = 38.
        let closed = TSPSolver.solvePath(line(20), from: 7, to: 7, budget: budget(iterations: 200))
        #expect(closed.order.first == 7 && closed.cost == 38 && isPermutation(closed.order, 20))
        let single = TSPSolver.solvePath(Matrix(count: 1), from: 0, to: 0, budget: budget(iterations: 10))
        #expect(single.order == [0] && single.cost == 0)
    }
}

/// Collects progress reports (the callback is `@Sendable`).
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [SolveProgress] = []

    func append(_ progress: SolveProgress) { lock.withLock { reports.append(progress) } }
    var all: [SolveProgress] { lock.withLock { reports } }
}
