/// The recreate step of SISR: greedy insertion with blinks (Christiaens & Vanden Berghe 2020,
/// §5.3, Algorithm 3).
///
/// The jobs out are sorted by one criterion drawn at random — random order (weight 4), largest
/// demand first (4), farthest from the start first (2), closest first (1), and for time windows
/// earliest opening first (2) — must jobs before optional ones; each is then put at its cheapest
/// feasible position, every candidate position being skipped with probability `blinkRate`
/// (paper: 0.01). An optional job is only placed when its added cost is below its value.
struct BlinkInsertion {
    var blinkRate: Double = 0.01
    /// Routes near the job first (see `SearchSolution.bestInsertion`); 0 tries every route.
    var nearby: Int = 0
    private let distanceFromStart: [Double]
    private let earliestOpen: [Double]

    init(_ space: SearchSpace, blinkRate: Double = 0.01, nearby: Int = 0) {
        self.blinkRate = blinkRate
        self.nearby = nearby
        let start = space.vehicleCount > 0 ? space.startLocation[0] : 0
        distanceFromStart = space.jobLocation.map { space.legCost(start, $0) }
        earliestOpen = (0..<space.jobCount).map { j in
            var open = Double.infinity
            for v in 0..<space.vehicleCount {
                let index = v * space.jobCount + j
                if space.windowOffset[index] < space.windowOffset[index + 1] {
                    open = min(open, space.windowOpen[space.windowOffset[index]])
                }
            }
            return open
        }
    }

    /// Inserts the jobs `absent` (and leaves out those that fit nowhere or are not worth it).
    func insert(_ absent: [Int], into solution: inout SearchSolution, rng: inout SeededGenerator, _ space: SearchSpace) {
        var order = absent
        let pick = rng.below(13)
        switch pick {
        case 0..<4:
            shuffle(&order, rng: &rng)
        case 4..<8:
            shuffle(&order, rng: &rng)
            order.sort { space.demand[$0] > space.demand[$1] }
        case 8..<10:
            order.sort { distanceFromStart[$0] > distanceFromStart[$1] }
        case 10:
            order.sort { distanceFromStart[$0] < distanceFromStart[$1] }
        default:
            order.sort { earliestOpen[$0] < earliestOpen[$1] }
        }
        let musts = order.filter { space.isMust[$0] }
        let optionals = order.filter { !space.isMust[$0] }
        for u in musts + optionals {
            let bound = space.isMust[u] ? Double.infinity : space.value[u]
            if let choice = solution.bestInsertion(of: u, below: bound, blink: blinkRate, nearby: nearby, rng: &rng, space) {
                solution.insert(u, route: choice.route, position: choice.position, space)
            }
        }
    }

    /// Fisher–Yates shuffle driven by the seeded generator (deterministic across platforms).
    private func shuffle(_ list: inout [Int], rng: inout SeededGenerator) {
        var i = list.count - 1
        while i > 0 {
            let j = rng.below(i + 1)
            list.swapAt(i, j)
            i -= 1
        }
    }
}
