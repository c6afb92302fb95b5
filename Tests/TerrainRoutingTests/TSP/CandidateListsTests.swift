import Testing
@testable import TerrainRouting

@Suite struct CandidateListsTests {
    /// Two clusters: 0 (0,0), 1 (1,0), 2 (0,1) and 3 (10,0), 4 (11,0), 5 (10,1).
    /// Minimum spanning tree: 0–1, 0–2, 3–4, 3–5 (length 1 each) and the bridge 1–3 (length 9).
    private func lists(nearest: Int, alpha: Int) -> [[Int32]] {
        let points: [(Double, Double)] = [(0, 0), (1, 0), (0, 1), (10, 0), (11, 0), (10, 1)]
        var values = [Double]()
        for a in points {
            for b in points { values.append(((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).squareRoot()) }
        }
        return values.withUnsafeMutableBufferPointer { dist in
            CandidateLists.build(dist: dist, n: 6, nearest: nearest, alpha: alpha)
        }
    }

    @Test func nearestOnlyStaysInsideTheCluster() {
        // City 2's two nearest: 0 at 1, 1 at sqrt(2).
        #expect(lists(nearest: 2, alpha: 0)[2] == [0, 1])
    }

    @Test func alphaNearnessReachesTheOtherCluster() {
        // α(2, j) = c(2, j) − (largest edge on the tree path from 2 to j):
        //   j = 0: 1 − 1 = 0;  j = 1: path 2–0–1, 1.414 − 1 = 0.414;
        //   j = 5: path 2–0–1–3–5, c = 10, 10 − 9 = 1;  j = 3: c = sqrt(101) = 10.05, α = 1.05;
        //   j = 4: c = sqrt(122) = 11.05, α = 2.05.
        // The three α-nearest are 0, 1, 5; merged with the nearest (0, 1), sorted by cost.
        #expect(lists(nearest: 2, alpha: 3)[2] == [0, 1, 5])
        // City 1 ends the bridge: α(1, 3) = 9 − 9 = 0, so 3 is among its two α-nearest.
        #expect(lists(nearest: 1, alpha: 2)[1] == [0, 3])
    }
}
