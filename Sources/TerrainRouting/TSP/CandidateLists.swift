/// Candidate lists: for each city, the few other cities the local search may link it to.
///
/// Each list is the union of
/// - the `nearest` cheapest cities (neighbour lists: D. S. Johnson and L. A. McGeoch, "The
///   traveling salesman problem: a case study in local optimization", 1997, section 3.3), and
/// - the `alpha` α-nearest cities, where `α(i, j) = c(i, j) − β(i, j)` and `β(i, j)` is the
///   largest edge on the path from `i` to `j` in a minimum spanning tree: how much longer the
///   tree gets if it must contain `(i, j)` (K. Helsgaun, "An effective implementation of the
///   Lin–Kernighan traveling salesman heuristic", EJOR 126, 2000, section 4.1, here on the plain
///   spanning tree without the subgradient π-values). They bring in the edges between clusters
///   that nearest-neighbour lists miss on clustered instances (fl417, pr264, p654).
///
/// Lists are sorted by cost, nearest first (ties by index), because the searches stop scanning a
/// list at the first candidate that is too far.
enum CandidateLists {
    /// The lists for the `n × n` row-major `dist`, each of at most `nearest + alpha` cities.
    static func build(dist: UnsafeMutableBufferPointer<Double>, n: Int, nearest: Int, alpha: Int) -> [[Int32]] {
        let nearestCount = min(nearest, n - 1)
        let alphaLists = alpha > 0 ? alphaNearest(dist: dist, n: n, count: min(alpha, n - 1)) : []
        return (0..<n).map { c in
            var list = smallest(nearestCount, among: n, excluding: c) { (dist[c * n + $0], $0) }
            if alpha > 0 {
                for other in alphaLists[c] where !list.contains(other) { list.append(other) }
            }
            list.sort { (dist[c * n + $0], $0) < (dist[c * n + $1], $1) }
            return list.map { Int32($0) }
        }
    }

    /// The `count` indices in `0..<n` other than `excluded` with the smallest `key`.
    private static func smallest(
        _ count: Int, among n: Int, excluding excluded: Int, key: (Int) -> (Double, Int)
    ) -> [Int] {
        var best: [(key: (Double, Int), index: Int)] = []
        best.reserveCapacity(count + 1)
        guard count > 0 else { return [] }
        for other in 0..<n where other != excluded {
            let k = key(other)
            if best.count == count && !(k < best[count - 1].key) { continue }
            var slot = best.count
            best.append((k, other))
            while slot > 0 && k < best[slot - 1].key {
                best[slot] = best[slot - 1]
                slot -= 1
            }
            best[slot] = (k, other)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.index)
    }

    /// For each city, the `count` cities of smallest α (ties by index).
    private static func alphaNearest(dist: UnsafeMutableBufferPointer<Double>, n: Int, count: Int) -> [[Int]] {
        // Prim's minimum spanning tree from city 0; `order` lists cities parents first.
        var parent = [Int](repeating: 0, count: n)
        var link = [Double](repeating: .infinity, count: n)
        var inTree = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        var next = 0
        for _ in 0..<n {
            let city = next
            inTree[city] = true
            order.append(city)
            var nearest = -1
            for other in 0..<n where !inTree[other] {
                let value = dist[city * n + other]
                if value < link[other] {
                    link[other] = value
                    parent[other] = city
                }
                if nearest < 0 || link[other] < link[nearest] { nearest = other }
            }
            next = nearest
        }

        // β(i, j) for one i at a time: walk up from i to the root, then fill the other cities
        // parents first (Helsgaun 2000, section 4.1). `mark[j] == i` when β(i, j) is known.
        var beta = [Double](repeating: 0, count: n)
        var mark = [Int](repeating: -1, count: n)
        let root = order[0]
        return (0..<n).map { i in
            beta[i] = -.infinity
            mark[i] = i
            var city = i
            while city != root {
                let up = parent[city]
                beta[up] = max(beta[city], dist[city * n + up])
                mark[up] = i
                city = up
            }
            for j in order where mark[j] != i {
                beta[j] = max(beta[parent[j]], dist[j * n + parent[j]])
            }
            return smallest(count, among: n, excluding: i) { j in
                (dist[i * n + j] - beta[j], j)
            }
        }
    }
}
