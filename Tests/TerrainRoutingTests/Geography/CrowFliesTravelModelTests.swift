import Testing
@testable import TerrainRouting

@Suite struct CrowFliesTravelModelTests {
    @Test func speedBandsByHand() {
        let model = CrowFliesTravelModel()
        // 25 km/h = 6.944 m/s under 5 km: 4,000 m / (25,000 / 3,600) = 576 s.
        #expect(abs(model.duration(forRoadDistance: 4_000) - 576) < 1e-9)
        // 5,000 m is not "under 5 km": 40 km/h, 5,000 × 3,600 / 40,000 = 450 s.
        #expect(abs(model.duration(forRoadDistance: 5_000) - 450) < 1e-9)
        // 10,000 m at 40 km/h: 10,000 × 3,600 / 40,000 = 900 s.
        #expect(abs(model.duration(forRoadDistance: 10_000) - 900) < 1e-9)
        // 20,000 m at 70 km/h: 20,000 × 3,600 / 70,000 = 1,028.571 s.
        #expect(abs(model.duration(forRoadDistance: 20_000) - 1_028.571) < 0.001)
        // 30,000 m at 70 km/h: 30,000 × 3,600 / 70,000 = 1,542.857 s.
        #expect(abs(model.duration(forRoadDistance: 30_000) - 1_542.857) < 0.001)
    }

    @Test func detourFactorAndBandOfTheRoadDistance() async throws {
        // Points on the Greenwich meridian; 1° of arc = 111,195.080 m (R = 6,371,008.8 m).
        let points = try [0, 0.01, 0.1, 0.2].map { try Coordinate(latitude: $0, longitude: 0) }
        let matrix = try await CrowFliesTravelModel().matrix(for: points)
        // 0 → 0.01°: crow 1,111.951 m, road × 1.25 = 1,389.939 m (< 5 km: 25 km/h) → 200.151 s.
        #expect(abs(matrix.distances[0, 1] - 1_389.939) < 0.001)
        #expect(abs(matrix.durations[0, 1] - 200.151) < 0.001)
        // 0 → 0.1°: crow 11,119.508 m, road 13,899.385 m (< 20 km: 40 km/h) → 1,250.945 s.
        #expect(abs(matrix.distances[0, 2] - 13_899.385) < 0.001)
        #expect(abs(matrix.durations[0, 2] - 1_250.945) < 0.001)
        // 0 → 0.2°: crow 22,239.016 m, road 27,798.770 m (70 km/h) → 1,429.651 s. The crow-flies
        // distance alone (22.2 km) would already be in the last band; the road distance decides.
        #expect(abs(matrix.distances[0, 3] - 27_798.770) < 0.001)
        #expect(abs(matrix.durations[0, 3] - 1_429.651) < 0.001)
        // 0.01° → 0.1° (0.09°): crow 10,007.557 m, road 12,509.447 m (40 km/h) → 1,125.850 s.
        #expect(abs(matrix.durations[1, 2] - 1_125.850) < 0.001)
        // Symmetric, zero diagonal.
        for i in 0..<4 {
            #expect(matrix.distances[i, i] == 0 && matrix.durations[i, i] == 0)
            for j in 0..<4 {
                #expect(matrix.distances[i, j] == matrix.distances[j, i])
                #expect(matrix.durations[i, j] == matrix.durations[j, i])
            }
        }
    }

    @Test func roadDistanceDecidesTheBandNotTheCrowFliesDistance() {
        // Crow 4.2 km × 1.25 = 5.25 km of road: 40 km/h (472.5 s), not 25 km/h.
        let model = CrowFliesTravelModel()
        #expect(abs(model.duration(forRoadDistance: 4_200 * 1.25) - 5_250 * 3_600 / 40_000) < 1e-9)
    }

    @Test func configurableFactorAndBands() throws {
        let model = CrowFliesTravelModel(
            detourFactor: 1.0,
            speedBands: [SpeedBand(below: 1_000, kilometresPerHour: 10), SpeedBand(below: .infinity, kilometresPerHour: 50)]
        )
        let points = try [Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 1)]
        let matrix = model.matrix(points)
        // Factor 1: road = crow = 111,195.080 m; at 50 km/h: 111,195.080 × 3,600 / 50,000 = 8,006.046 s.
        #expect(abs(matrix.distances[0, 1] - 111_195.080) < 0.001)
        #expect(abs(matrix.durations[0, 1] - 8_006.046) < 0.001)
        // 900 m at 10 km/h: 900 × 3,600 / 10,000 = 324 s.
        #expect(abs(model.duration(forRoadDistance: 900) - 324) < 1e-9)
    }

    @Test func emptyAndSinglePointMatrices() throws {
        let model = CrowFliesTravelModel()
        #expect(model.matrix([]).count == 0)
        let single = model.matrix([try Coordinate(latitude: 43.3, longitude: 5.4)])
        #expect(single.distances.values == [0])
        #expect(single.durations.values == [0])
    }
}
