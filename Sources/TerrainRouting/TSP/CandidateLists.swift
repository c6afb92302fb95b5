/// Nearest-neighbour candidate lists: for each city, the `k` other cities with the smallest cost
/// from it, nearest first (ties by index). The local search only considers new edges to these
/// cities (D. S. Johnson and L. A. McGeoch, "The traveling salesman problem: a case study in local
/// optimization", 1997, section 3.3: neighbour lists).
enum CandidateLists {
    /// Fills `cand[c * k + r]` with the `r`-th nearest city of `c`, for the `n × n` row-major
    /// `dist`. Precondition: `k <= n - 1`, `cand.count >= n * k`.
    static func fill(
        _ cand: UnsafeMutableBufferPointer<Int32>, k: Int,
        dist: UnsafeMutableBufferPointer<Double>, n: Int
    ) {
        guard k > 0 else { return }
        var bestCity = [Int](repeating: 0, count: k)
        var bestCost = [Double](repeating: 0, count: k)
        for c in 0..<n {
            var filled = 0
            let row = c * n
            for other in 0..<n where other != c {
                let value = dist[row + other]
                if filled == k && value >= bestCost[k - 1] { continue }
                // Insertion into the sorted prefix; strict `<` keeps lower indices first on ties.
                var slot = filled < k ? filled : k - 1
                while slot > 0 && value < bestCost[slot - 1] {
                    bestCost[slot] = bestCost[slot - 1]
                    bestCity[slot] = bestCity[slot - 1]
                    slot -= 1
                }
                bestCost[slot] = value
                bestCity[slot] = other
                if filled < k { filled += 1 }
            }
            for r in 0..<k { cand[c * k + r] = Int32(bestCity[r]) }
        }
    }
}
