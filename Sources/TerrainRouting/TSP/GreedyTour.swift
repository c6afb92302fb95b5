/// Greedy-edge starting tour (Johnson and McGeoch 1997, section 2.2 "Greedy"): take candidate
/// edges shortest first whenever both ends still have degree < 2 and no cycle closes; then join
/// the resulting paths end to end, each time to the nearest free end of another path.
/// Deterministic: ties are broken by city index.
extension TourEngine {
    /// The greedy tour as a permutation of `0..<n` (starting at an end of the first path).
    func greedyTour() -> [Int] {
        var edges: [(cost: Double, a: Int32, b: Int32)] = []
        edges.reserveCapacity(n * k)
        for a in 0..<n {
            for r in 0..<Int(candCount[a]) {
                let b = Int(cand[a * k + r])
                if a < b { edges.append((d(a, b), Int32(a), Int32(b))) }
                else if !isCandidate(a, of: b) { edges.append((d(a, b), Int32(b), Int32(a))) }
            }
        }
        edges.sort { ($0.cost, $0.a, $0.b) < ($1.cost, $1.a, $1.b) }

        var parent = Array(0..<n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        // Up to two neighbours per city; -1 when free.
        var link = [Int](repeating: -1, count: 2 * n)
        var degree = [Int](repeating: 0, count: n)
        for edge in edges {
            let a = Int(edge.a), b = Int(edge.b)
            guard degree[a] < 2, degree[b] < 2 else { continue }
            let ra = root(a), rb = root(b)
            guard ra != rb else { continue }
            parent[ra] = rb
            link[2 * a + degree[a]] = b
            link[2 * b + degree[b]] = a
            degree[a] += 1
            degree[b] += 1
        }

        var order: [Int] = []
        order.reserveCapacity(n)
        var visited = [Bool](repeating: false, count: n)
        var start = (0..<n).first { degree[$0] < 2 } ?? 0
        while true {
            // Walk the path from `start` to its other end.
            var previous = -1
            var city = start
            while true {
                order.append(city)
                visited[city] = true
                let next = link[2 * city] != previous ? link[2 * city] : link[2 * city + 1]
                if next < 0 || visited[next] { break }
                previous = city
                city = next
            }
            if order.count == n { return order }
            start = nearestFreeEnd(from: city, visited: visited, degree: degree)
        }
    }

    private func isCandidate(_ a: Int, of b: Int) -> Bool {
        for r in 0..<Int(candCount[b]) where Int(cand[b * k + r]) == a { return true }
        return false
    }

    /// The nearest unvisited path end (degree < 2) to `city`: from its candidates if possible,
    /// otherwise by a full scan.
    private func nearestFreeEnd(from city: Int, visited: [Bool], degree: [Int]) -> Int {
        for r in 0..<Int(candCount[city]) {
            let c = Int(cand[city * k + r])
            if !visited[c] && degree[c] < 2 { return c }
        }
        var best = -1
        var bestCost = Double.infinity
        for c in 0..<n where !visited[c] && degree[c] < 2 && d(city, c) < bestCost {
            best = c
            bestCost = d(city, c)
        }
        return best
    }
}
