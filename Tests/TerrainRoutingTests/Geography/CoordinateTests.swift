import Testing
@testable import TerrainRouting

@Suite struct CoordinateTests {
    @Test func rejectsOutOfRangeAndNonFiniteValues() {
        #expect(throws: CoordinateError.invalidLatitude(90.5)) { try Coordinate(latitude: 90.5, longitude: 0) }
        #expect(throws: CoordinateError.invalidLongitude(-180.01)) { try Coordinate(latitude: 0, longitude: -180.01) }
        #expect(throws: CoordinateError.self) { try Coordinate(latitude: .nan, longitude: 0) }
        #expect(throws: CoordinateError.self) { try Coordinate(latitude: 0, longitude: .infinity) }
        #expect((try? Coordinate(latitude: -90, longitude: 180)) != nil)
    }

    @Test func errorMessageIsFrench() {
        let error = CoordinateError.invalidLatitude(91)
        #expect(error.errorDescription == "Latitude invalide : 91.0 (attendu un nombre entre -90 et 90 degrés).")
    }

    @Test func oneDegreeOfArcIsRTimesPiOver180() throws {
        // On a sphere of R = 6,371,008.8 m, 1° of arc is R × π / 180
        // = 6,371,008.8 × 0.017453292519943 = 111,195.080 m, along the equator or a meridian.
        let origin = try Coordinate(latitude: 0, longitude: 0)
        let east = try Coordinate(latitude: 0, longitude: 1)
        let north = try Coordinate(latitude: 1, longitude: 0)
        #expect(abs(origin.distance(to: east) - 111_195.080) < 0.001)
        #expect(abs(origin.distance(to: north) - 111_195.080) < 0.001)
        // A quarter meridian, pole to equator: R × π / 2 = 10,007,557.22 m.
        let pole = try Coordinate(latitude: 90, longitude: 0)
        #expect(abs(origin.distance(to: pole) - 10_007_557.22) < 0.01)
    }

    @Test func parisToMarseilleByHand() throws {
        // Paris (48.8566° N, 2.3522° E) to Marseille (43.2965° N, 5.3698° E), haversine by hand:
        //   Δφ = -5.5601°, Δλ = 3.0176°
        //   sin²(Δφ/2) = (-0.0485019894)² = 0.0023524430
        //   sin²(Δλ/2) = (0.0263304843)² = 0.0006932944
        //   cos φ₁ · cos φ₂ = 0.6579458610 × 0.7278146506 = 0.4788626369
        //   a = 0.0023524430 + 0.4788626369 × 0.0006932944 = 0.0026844358
        //   d = 2R · asin(√a) = 2 × 6,371,008.8 × asin(0.0518115408)
        //     = 2 × 6,371,008.8 × 0.0518347496 = 660,479.3 m
        // (The spherical law of cosines gives the same 660,479.3 m; road atlases quote about 660 km
        // between the two city centres as the crow flies.)
        let paris = try Coordinate(latitude: 48.8566, longitude: 2.3522)
        let marseille = try Coordinate(latitude: 43.2965, longitude: 5.3698)
        #expect(abs(paris.distance(to: marseille) - 660_479.3) < 0.5)
        #expect(abs(marseille.distance(to: paris) - 660_479.3) < 0.5)
        #expect(paris.distance(to: paris) == 0)
    }
}
