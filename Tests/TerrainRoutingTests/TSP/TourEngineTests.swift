import Testing
@testable import TerrainRouting

@Suite struct TourEngineTests {
    /// Random points with integer (rounded Euclidean) distances, so sums are exact.
    private func randomMatrix(_ n: Int, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        let points = (0..<n).map { _ in (Double(rng.next() % 500), Double(rng.next() % 500)) }
        return Matrix(count: n) { i, j in
            let dx = points[i].0 - points[j].0
            let dy = points[i].1 - points[j].1
            return (dx * dx + dy * dy).squareRoot().rounded()
        }
    }

    /// The length the search tracks from its gains (LK chains, Or-opt moves, kicks, undos) must
    /// equal the length of the tour it leaves, and the tour must stay a permutation.
    @Test(arguments: [13, 20, 57, 120])
    func trackedLengthMatchesTheTour(_ n: Int) {
        let matrix = randomMatrix(n, seed: UInt64(n))
        var engine = TourEngine(values: matrix.values, n: n, options: TSPSolver.Options(), eps: 1e-9)
        defer { engine.deallocate() }
        engine.load(engine.greedyTour())
        let result = engine.iteratedLocalSearch(
            budget: SolveBudget(timeLimit: 600, seed: 3, iterationLimit: 300), clock: Stopwatch(),
            options: TSPSolver.Options()
        )
        #expect(result.iterations == 300)
        #expect(result.cost == engine.cost())
        let order = engine.cities()
        #expect(Set(order) == Set(0..<n) && order.count == n)
        for c in 0..<n { #expect(Int(engine.tour[Int(engine.pos[c])]) == c) }
    }

    @Test func moveSegmentPlacesTheSegmentBetweenTheGivenCities() {
        let n = 10
        var engine = TourEngine(values: [Double](repeating: 1, count: n * n), n: n, options: TSPSolver.Options(), eps: 1e-9)
        defer { engine.deallocate() }
        // Tour 0 1 … 9; move segment 2-3-4 between 7 and 8 with 4 next to 7: 0 1 5 6 7 4 3 2 8 9.
        move(&engine, 2, 4, between: 7, 8, atU: 4)
        #expect(neighbours(engine) == neighbours(of: [0, 1, 5, 6, 7, 4, 3, 2, 8, 9]))
        // Segment 5-6 between 9 and 0 with 5 next to 9: 0 1 7 4 3 2 8 9 5 6.
        move(&engine, 5, 6, between: 9, 0, atU: 5)
        #expect(neighbours(engine) == neighbours(of: [0, 1, 7, 4, 3, 2, 8, 9, 5, 6]))
        // Gap right before the segment (4-3 between 1 and 7, 3 next to 1): 0 1 3 4 7 2 8 9 5 6.
        move(&engine, 4, 3, between: 1, 7, atU: 3)
        #expect(neighbours(engine) == neighbours(of: [0, 1, 3, 4, 7, 2, 8, 9, 5, 6]))
        // Gap right after the segment (2 alone between 8 and 9): 0 1 3 4 7 8 2 9 5 6.
        move(&engine, 2, 2, between: 8, 9, atU: 2)
        #expect(neighbours(engine) == neighbours(of: [0, 1, 3, 4, 7, 8, 2, 9, 5, 6]))
    }

    /// Calls `moveSegment` with the segment's ends in the array's forward order, whichever way
    /// earlier reversals left it.
    private func move(_ engine: inout TourEngine, _ a: Int, _ b: Int, between u: Int, _ v: Int, atU: Int) {
        var walk = a
        for _ in 0..<3 where walk != b { walk = engine.succ(walk) }
        let (first, last) = walk == b ? (a, b) : (b, a)
        engine.moveSegment(first: first, last: last, u: u, v: v, atU: atU)
    }

    /// The unordered pair of tour neighbours of each city: a tour up to rotation and direction.
    private func neighbours(of order: [Int]) -> [Set<Int>] {
        var result = [Set<Int>](repeating: [], count: order.count)
        for (i, c) in order.enumerated() {
            result[c] = [order[(i + 1) % order.count], order[(i + order.count - 1) % order.count]]
        }
        return result
    }

    private func neighbours(_ engine: TourEngine) -> [Set<Int>] { neighbours(of: engine.cities()) }
}
