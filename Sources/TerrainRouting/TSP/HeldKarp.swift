/// Exact dynamic programme for small instances (M. Held and R. M. Karp, "A dynamic programming
/// approach to sequencing problems", J. SIAM 10(1), 1962): `best[S][j]` is the cheapest path from
/// the start through the set `S` of other cities ending at `j ∈ S`. Time `O(2ⁿ n²)`, memory
/// `O(2ⁿ n)`; used for `n ≤ TSPSolver.exactLimit`. Works on asymmetric matrices.
enum HeldKarp {
    /// The optimal order of all cities of `matrix` beginning at `start`: a closed tour when
    /// `end == start` (cost includes the return to `start`), otherwise a path ending at `end`.
    /// Precondition: `1 ≤ matrix.count ≤ 20`.
    static func solve(_ matrix: Matrix, start: Int, end: Int) -> (order: [Int], cost: Double) {
        let n = matrix.count
        precondition(n >= 1 && n <= 20, "Held–Karp is for small instances")
        if n == 1 { return ([start], 0) }
        let others = (0..<n).filter { $0 != start }
        let m = others.count
        let full = (1 << m) - 1
        var best = [Double](repeating: .infinity, count: (1 << m) * m)
        var parent = [Int8](repeating: -1, count: (1 << m) * m)
        for j in 0..<m { best[(1 << j) * m + j] = matrix[start, others[j]] }
        for set in 1...full {
            for j in 0..<m where set & (1 << j) != 0 {
                let here = best[set * m + j]
                if here == .infinity { continue }
                for next in 0..<m where set & (1 << next) == 0 {
                    let extended = set | (1 << next)
                    let value = here + matrix[others[j], others[next]]
                    if value < best[extended * m + next] {
                        best[extended * m + next] = value
                        parent[extended * m + next] = Int8(j)
                    }
                }
            }
        }
        var last = -1
        var cost = Double.infinity
        if end == start {
            for j in 0..<m {
                let value = best[full * m + j] + matrix[others[j], start]
                if value < cost { cost = value; last = j }
            }
        } else {
            last = others.firstIndex(of: end)!
            cost = best[full * m + last]
        }
        var order: [Int] = []
        var set = full
        var j = last
        while j >= 0 {
            order.append(others[j])
            let previous = Int(parent[set * m + j])
            set &= ~(1 << j)
            j = previous
        }
        order.append(start)
        return (order.reversed(), cost)
    }
}
