import Foundation
import Testing
@testable import TerrainExport

/// Hand-computed projections. All boxes are centred on latitude 60°, where cos φ₀ = 0.5, so the
/// arithmetic stays exact. Constants: width 400, margin 24, inner width 400 − 2 × 24 = 352,
/// inner height kept within 176…440.
@Suite("Tour map projection")
struct TourMapProjectionTests {
    func projected(_ projection: TourMapProjection, _ latitude: Double, _ longitude: Double) -> String {
        let (x, y) = projection.project(position(latitude, longitude))
        return FixedPointText.text(x, fractionDigits: 1) + "," + FixedPointText.text(y, fractionDigits: 1)
    }

    // Box 59…61 N, 2…6 E: φ₀ = 60°, spanX = 4 × 0.5 = 2, spanY = 2; k = 352 / 2 = 176;
    // inner height 2 × 176 = 352 (within range), frame 352 + 48 = 400.
    // (60, 4): x = 24 + (4 − 2) × 0.5 × 176 = 200, y = 24 + (61 − 60) × 176 = 200.
    // (61, 2): x = 24, y = 24. (59, 6): x = 24 + 4 × 88 = 376, y = 24 + 2 × 176 = 376.
    @Test func squareBox() {
        let projection = TourMapProjection(fitting: [position(60, 4), position(61, 2), position(59, 6)])
        #expect(abs(projection.frameHeight - 400) < 1e-6)
        #expect(projected(projection, 60, 4) == "200.0,200.0")
        #expect(projected(projection, 61, 2) == "24.0,24.0")
        #expect(projected(projection, 59, 6) == "376.0,376.0")
        #expect(projected(projection, 60.9, 2.1) == "32.8,41.6") // 24 + 0.1 × 88; 24 + 0.1 × 176
    }

    // Box 59.5…60.5 N, 0…8 E: spanX = 8 × 0.5 = 4, spanY = 1; k = 352 / 4 = 88; inner height
    // 1 × 88 = 88 < 176 → 176, the box centred: offsetY = (176 − 88) / 2 = 44; frame 224.
    // (60.5, 0): x = 24, y = 24 + 44 = 68. (59.5, 8): x = 24 + 8 × 0.5 × 88 = 376,
    // y = 24 + 44 + 1 × 88 = 156. (60, 4): x = 200, y = 24 + 44 + 0.5 × 88 = 112.
    @Test func wideBoxIsCentredVertically() {
        let projection = TourMapProjection(fitting: [position(60.5, 0), position(59.5, 8), position(60, 4)])
        #expect(abs(projection.frameHeight - 224) < 1e-6)
        #expect(projected(projection, 60.5, 0) == "24.0,68.0")
        #expect(projected(projection, 59.5, 8) == "376.0,156.0")
        #expect(projected(projection, 60, 4) == "200.0,112.0")
    }

    // Box 58…62 N, 3.5…4.5 E: spanX = 1 × 0.5 = 0.5, spanY = 4; k = 352 / 0.5 = 704 would give
    // an inner height of 2,816 > 440, so k = 440 / 4 = 110; inner width 0.5 × 110 = 55, centred:
    // offsetX = (352 − 55) / 2 = 148.5; frame 440 + 48 = 488.
    // (62, 3.5): x = 24 + 148.5 = 172.5, y = 24. (58, 4.5): x = 172.5 + 55 = 227.5,
    // y = 24 + 4 × 110 = 464. (60, 4): x = 172.5 + 0.5 × 0.5 × 110 = 200, y = 24 + 220 = 244.
    @Test func tallBoxIsCentredHorizontally() {
        let projection = TourMapProjection(fitting: [position(62, 3.5), position(58, 4.5), position(60, 4)])
        #expect(abs(projection.frameHeight - 488) < 1e-6)
        #expect(projected(projection, 62, 3.5) == "172.5,24.0")
        #expect(projected(projection, 58, 4.5) == "227.5,464.0")
        #expect(projected(projection, 60, 4) == "200.0,244.0")
    }

    // A lone point: box widened to 0.02° of latitude and 0.02 / 0.5 = 0.04° of longitude;
    // spanX = spanY = 0.02, k = 352 / 0.02 = 17,600, inner height 352, frame 400; the point is
    // at the centre (200, 200). 0.005° further north: y = 200 − 0.005 × 17,600 = 112.
    @Test func lonePointGetsTheMinimumBox() {
        let projection = TourMapProjection(fitting: [position(60, 4)])
        #expect(abs(projection.frameHeight - 400) < 1e-6)
        #expect(projected(projection, 60, 4) == "200.0,200.0")
        #expect(projected(projection, 60.005, 4) == "200.0,112.0")
    }

    // At φ₀ = 45.75° (Lyon), cos φ₀ = 0.697790 (tables: cos 45° = 0.707107, cos 46° = 0.694658,
    // and cos 45.75° = 0.6977905). Box 45.5…46.0 N, 4.5…5.0 E: spanX = 0.5 × 0.6977905
    // = 0.3488953, spanY = 0.5; k = 352 / 0.3488953 = 1008.898; inner height 0.5 × 1008.898
    // = 504.449 > 440 → k = 880, inner width 0.3488953 × 880 = 307.028, offsetX = (352 −
    // 307.028) / 2 = 22.486; frame 488. (46.0, 5.0): x = 24 + 22.486 + 307.028 = 353.514 → 353.5,
    // y = 24. (45.75, 4.75): x = 24 + 22.486 + 153.514 = 200.0, y = 24 + 0.25 × 880 = 244.
    @Test func lyonAreaBox() {
        let projection = TourMapProjection(fitting: [position(45.5, 4.5), position(46.0, 5.0)])
        #expect(abs(projection.frameHeight - 488) < 1e-6)
        #expect(projected(projection, 46.0, 5.0) == "353.5,24.0")
        #expect(projected(projection, 45.5, 4.5) == "46.5,464.0") // 24 + 22.486 = 46.486
        #expect(projected(projection, 45.75, 4.75) == "200.0,244.0")
    }
}
