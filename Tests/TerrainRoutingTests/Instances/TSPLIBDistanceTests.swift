import Testing
@testable import TerrainRouting

@Suite struct TSPLIBDistanceTests {
    private func point(_ x: Double, _ y: Double) -> TSPLIBPoint { TSPLIBPoint(x: x, y: y) }

    /// The oracle: each of the 20 optimal tours shipped with TSPLIB, measured with our distance
    /// functions, has exactly the published optimal length (TSPLIB "solutions" list).
    @Test func optimalToursHaveThePublishedLength() throws {
        let withTours = try TSPLIBBenchData.optima().filter(\.hasOptimalTour)
        #expect(withTours.count == 20)
        #expect(withTours.contains { $0.edgeWeightType == "GEO" })
        for optimum in withTours {
            let instance = try TSPLIBBenchData.instance(optimum.name)
            let tour = try TSPLIBBenchData.tour(optimum.name)
            #expect(instance.dimension == optimum.nodes)
            #expect(tour.nodes.count == optimum.nodes)
            let length = TSPSolver.cost(of: tour.nodes, in: instance.matrix(), closed: true)
            #expect(length == Double(optimum.optimalLength), "\(optimum.name)")
        }
    }

    @Test func euclideanRoundsToNearest() {
        let type = TSPLIBEdgeWeightType.euc2D
        // 3-4-5 triangle: sqrt(9 + 16) = 5 exactly.
        #expect(type.distance(point(0, 0), point(3, 4)) == 5)
        // sqrt(2) = 1.414… → nint = (int)(1.914…) = 1.
        #expect(type.distance(point(0, 0), point(1, 1)) == 1)
        // 0.5 exactly → (int)(0.5 + 0.5) = 1: halves round up.
        #expect(type.distance(point(0, 0), point(0.5, 0)) == 1)
        // berlin52 nodes 1 (565, 575) and 2 (25, 185): dx = 540, dy = 390,
        // 540² + 390² = 291600 + 152100 = 443700, sqrt = 666.108… → 666.
        #expect(type.distance(point(565, 575), point(25, 185)) == 666)
    }

    @Test func ceilingRoundsUp() {
        let type = TSPLIBEdgeWeightType.ceil2D
        #expect(type.distance(point(0, 0), point(3, 4)) == 5)
        // sqrt(2) = 1.414… → 2.
        #expect(type.distance(point(0, 0), point(1, 1)) == 2)
    }

    @Test func attIsPseudoEuclidean() {
        let type = TSPLIBEdgeWeightType.att
        // dx = 10: r = sqrt(100 / 10) = 3.162…, t = nint(r) = 3 < r → 4.
        #expect(type.distance(point(0, 0), point(10, 0)) == 4)
        // dx = 20: r = sqrt(400 / 10) = 6.324…, t = 6 < r → 7.
        #expect(type.distance(point(0, 0), point(20, 0)) == 7)
        // (30, 40): r = sqrt(2500 / 10) = 15.811…, t = nint(r) = 16 ≥ r → 16.
        #expect(type.distance(point(0, 0), point(30, 40)) == 16)
    }

    @Test func geoUsesDegreesAndMinutes() {
        let type = TSPLIBEdgeWeightType.geo
        // One degree of longitude on the equator: q1 = cos(Δλ), q2 = q3 = cos(0) = 1, so the
        // argument of acos is q1 and the angle is Δλ = 3.141592 / 180 = 0.01745329 rad;
        // 6378.388 × 0.01745329 = 111.3238 km, + 1 = 112.32 → 112.
        #expect(type.distance(point(0, 0), point(0, 1)) == 112)
        // 0.50 is 0°50' = 50/60 degree (not half a degree): 111.3238 × 5/6 = 92.77, + 1 → 93.
        // (Rounding the degrees with nint instead of truncating would give 1° − 50/60° → 19.)
        #expect(type.distance(point(0, 0), point(0, 0.50)) == 93)
        // 0.30 is 0°30' = half a degree along a meridian: 111.3238 / 2 = 55.66, + 1 → 56.
        #expect(type.distance(point(0, 0), point(0.30, 0)) == 56)
        // TSPLIB's formula puts two identical points 1 km apart; the matrix diagonal is 0.
        #expect(type.distance(point(10, 10), point(10, 10)) == 1)
    }

    @Test func matrixIsSymmetricWithZeroDiagonal() throws {
        let instance = try TSPLIBBenchData.instance("gr96")
        let matrix = instance.matrix()
        #expect(matrix.count == 96)
        for i in 0..<96 {
            #expect(matrix[i, i] == 0)
            for j in 0..<i { #expect(matrix[i, j] == matrix[j, i]) }
        }
        #expect(matrix[3, 17] == Double(instance.distance(3, 17)))
    }
}
