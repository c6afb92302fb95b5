import Testing
@testable import TerrainExport

@Suite("Fixed-point number text and LatLon")
struct FixedPointTextTests {
    // Half away from zero on the binary value: 2.25 and -2.25 are exact in binary → 2.3 / -2.3;
    // 0.15 is stored as 0.1499999999999999944…, but 0.15 × 10 rounds to 1.5000000000000002 in
    // double arithmetic → 2 → "0.2". -0.04 → -0.4 → 0 → "0.0" (no "-0.0").
    @Test(arguments: [
        (2.25, 1, "2.3"), (-2.25, 1, "-2.3"), (0.15, 1, "0.2"), (-0.04, 1, "0.0"), (0, 1, "0.0"),
        (399.96, 1, "400.0"), (12.0, 1, "12.0"), (7.05, 0, "7"), (45.764043, 6, "45.764043"),
        (-1.5536, 6, "-1.553600"), (0.000001, 6, "0.000001"), (-180, 6, "-180.000000"),
    ])
    func formats(value: Double, digits: Int, expected: String) {
        #expect(FixedPointText.text(value, fractionDigits: digits) == expected)
    }

    @Test func latLonRefusesOutOfRangeOrNonFinite() {
        #expect(LatLon(latitude: 90, longitude: -180) != nil)
        #expect(LatLon(latitude: 90.000001, longitude: 0) == nil)
        #expect(LatLon(latitude: 0, longitude: 180.5) == nil)
        #expect(LatLon(latitude: .nan, longitude: 0) == nil)
        #expect(LatLon(latitude: 0, longitude: .infinity) == nil)
    }
}
