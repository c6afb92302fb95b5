import Foundation
import Testing
@testable import TerrainRouting

/// The OSRM client against a local stand-in (`OSRMStandIn`) that serves a known matrix.
@Suite struct OSRMTableClientTests {
    // Aubagne (the benchmark rep's home), Marseille 1er and Marseille 7e (points of the table).
    static let points = [
        try! Coordinate(latitude: 43.2927, longitude: 5.5708),
        try! Coordinate(latitude: 43.2999009436, longitude: 5.38227869795),
        try! Coordinate(latitude: 43.28251778, longitude: 5.36323440435),
    ]
    // The same points as the client writes them: lon,lat with 6 decimals.
    static let written = ["5.570800,43.292700", "5.382279,43.299901", "5.363234,43.282518"]
    // A known asymmetric matrix (seconds, metres), invented for the test.
    static let durations: [[Double?]] = [[0, 1260.5, 1502.3], [1248.1, 0, 421.7], [1490.0, 433.2, 0]]
    static let distances: [[Double?]] = [[0, 17342.1, 19876.4], [17120.9, 0, 3187.5], [19701.3, 3290.8, 0]]

    static func expectedMatrix() -> TravelMatrix {
        TravelMatrix(
            distances: Matrix(count: 3, values: distances.flatMap { $0.map { $0! } }),
            durations: Matrix(count: 3, values: durations.flatMap { $0.map { $0! } })
        )
    }

    @Test func oneRequestDecodedIntoTheKnownMatrix() async throws {
        let server = try OSRMStandIn(points: Self.written, durations: Self.durations, distances: Self.distances)
        defer { server.stop() }
        let client = try OSRMTableClient(baseURL: server.baseURL)
        let matrix = try await client.matrix(for: Self.points)
        #expect(matrix == Self.expectedMatrix())
        #expect(server.requestedPaths() == [
            "/table/v1/driving/5.570800,43.292700;5.382279,43.299901;5.363234,43.282518?annotations=duration,distance",
        ])
    }

    @Test func largePointSetsAreAskedForBlockByBlock() async throws {
        let server = try OSRMStandIn(points: Self.written, durations: Self.durations, distances: Self.distances)
        defer { server.stop() }
        // At most 2 coordinates per request: blocks of 1 point, 3 × 3 block pairs minus the 3
        // one-point diagonal blocks = 6 requests.
        let client = try OSRMTableClient(baseURL: server.baseURL + "/", maxLocationsPerRequest: 2)
        let matrix = try await client.matrix(for: Self.points)
        #expect(matrix == Self.expectedMatrix())
        let paths = server.requestedPaths()
        #expect(paths.count == 6)
        #expect(paths.first == "/table/v1/driving/5.570800,43.292700;5.382279,43.299901?annotations=duration,distance&sources=0&destinations=1")
    }

    @Test func nullCellIsUnroutable() async throws {
        var durations = Self.durations
        durations[1][2] = nil
        let server = try OSRMStandIn(points: Self.written, durations: durations, distances: Self.distances)
        defer { server.stop() }
        let client = try OSRMTableClient(baseURL: server.baseURL)
        await #expect(throws: OSRMTableError.unroutable(from: 1, to: 2)) {
            try await client.matrix(for: Self.points)
        }
        #expect(OSRMTableError.unroutable(from: 1, to: 2).errorDescription
            == "Aucun itinéraire routier du point n° 2 au point n° 3.")
    }

    @Test func serverErrorCodeIsReported() async throws {
        let server = try OSRMStandIn(points: Self.written, durations: Self.durations, distances: Self.distances)
        defer { server.stop() }
        let client = try OSRMTableClient(baseURL: server.baseURL)
        let elsewhere = try Coordinate(latitude: 48.8566, longitude: 2.3522)
        await #expect(throws: OSRMTableError.serverError(status: 400, code: "InvalidQuery", message: "Query string malformed")) {
            try await client.matrix(for: [Self.points[0], elsewhere])
        }
    }

    @Test func serverDownIsAFrenchUnreachableError() async throws {
        let server = try OSRMStandIn(points: Self.written, durations: Self.durations, distances: Self.distances)
        let baseURL = server.baseURL
        server.stop()
        let client = try OSRMTableClient(baseURL: baseURL, timeout: 5)
        do {
            _ = try await client.matrix(for: Self.points)
            Issue.record("a stopped server cannot answer")
        } catch let error as OSRMTableError {
            guard case .unreachable(let url, _) = error else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(url == baseURL)
            #expect(error.errorDescription?.hasPrefix("Le serveur d'itinéraires \(baseURL) est injoignable") == true)
        }
    }

    @Test func noRequestForFewerThanTwoPoints() async throws {
        // Port 9 (discard) on loopback: nothing should be sent at all.
        let client = try OSRMTableClient(baseURL: "http://127.0.0.1:9")
        #expect(try await client.matrix(for: []).count == 0)
        #expect(try await client.matrix(for: [Self.points[0]]).durations.values == [0])
    }

    @Test func providerFromEnvironment() throws {
        #expect(try TravelMatrixProviders.fromEnvironment([:]) is CrowFliesTravelModel)
        #expect(try TravelMatrixProviders.fromEnvironment(["TERRAIN_OSRM_URL": " "]) is CrowFliesTravelModel)
        let chosen = try TravelMatrixProviders.fromEnvironment(["TERRAIN_OSRM_URL": "http://127.0.0.1:5000"])
        #expect((chosen as? OSRMTableClient)?.baseURL.absoluteString == "http://127.0.0.1:5000")
        #expect(throws: OSRMTableError.invalidBaseURL("ftp://127.0.0.1")) {
            try TravelMatrixProviders.fromEnvironment(["TERRAIN_OSRM_URL": "ftp://127.0.0.1"])
        }
    }
}
