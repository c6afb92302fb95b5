/// One route during the search: its jobs and, per node, the cached forward and backward states of
/// `SearchSpace` (Savelsbergh 1992), cumulative driving time, cost and load.
///
/// Nodes are numbered 0 (start place), 1…n (jobs), n+1 (end place); `nodes[k]` holds node k.
struct RouteState {
    /// The cached state of one node.
    struct Node {
        /// Matrix index of the place.
        var location: Int
        /// Earliest departure without / with the break taken (nodes 0…n).
        var d: Double
        var dB: Double
        /// Latest arrival with the break behind / still ahead (nodes 1…n+1).
        var late: Double
        var lateB: Double
        /// Driving time, travel cost and demand from the start up to this node.
        var drive: Double
        var cost: Double
        var load: Double
    }

    let vehicle: Int
    var jobs: [Int] = []
    var nodes: [Node] = []

    init(vehicle: Int, space: SearchSpace) {
        self.vehicle = vehicle
        refresh(space)
    }

    var isEmpty: Bool { jobs.isEmpty }
    var count: Int { jobs.count }
    /// Total travel cost of the route (0 when empty).
    var cost: Double { jobs.isEmpty ? 0 : nodes[jobs.count + 1].cost }
    /// Total driving time (0 when empty).
    var driving: Double { jobs.isEmpty ? 0 : nodes[jobs.count + 1].drive }
    /// Total demand.
    var load: Double { nodes[jobs.count + 1].load }

    /// Location of node k (0 = start, n+1 = end).
    @inline(__always) func location(_ k: Int) -> Int { nodes[k].location }

    /// Recomputes every node from `jobs` in O(n), reusing the storage when it is not shared.
    mutating func refresh(_ space: SearchSpace) {
        let n = jobs.count
        let v = vehicle
        let depot = space.depotStates(v)
        let blank = Node(location: 0, d: 0, dB: 0, late: 0, lateB: 0, drive: 0, cost: 0, load: 0)
        if nodes.count > n + 2 {
            nodes.removeLast(nodes.count - n - 2)
        } else if nodes.count < n + 2 {
            nodes.append(contentsOf: repeatElement(blank, count: n + 2 - nodes.count))
        }
        let jobs = self.jobs
        nodes.withUnsafeMutableBufferPointer { node in
            node[0] = Node(location: space.startLocation[v], d: depot.d, dB: depot.dB, late: 0, lateB: 0, drive: 0, cost: 0, load: 0)
            var previous = node[0].location
            for k in stride(from: 1, through: n, by: 1) {
                let j = jobs[k - 1]
                let location = space.jobLocation[j]
                let (d, dB) = space.forward(on: v, from: previous, d: node[k - 1].d, dB: node[k - 1].dB, to: j)
                node[k] = Node(
                    location: location, d: d, dB: dB, late: 0, lateB: 0,
                    drive: node[k - 1].drive + space.travel(previous, location),
                    cost: node[k - 1].cost + space.legCost(previous, location),
                    load: node[k - 1].load + space.demand[j]
                )
                previous = location
            }
            let end = space.endLocation[v]
            node[n + 1] = Node(
                location: end, d: .infinity, dB: .infinity, late: depot.late, lateB: depot.lateB,
                drive: node[n].drive + space.travel(previous, end),
                cost: node[n].cost + space.legCost(previous, end),
                load: node[n].load
            )
            var next = end
            var k = n
            while k >= 1 {
                let j = jobs[k - 1]
                (node[k].late, node[k].lateB) = space.backward(
                    on: v, at: j, to: next, late: node[k + 1].late, lateB: node[k + 1].lateB
                )
                next = node[k].location
                k -= 1
            }
        }
    }

    /// Whether the whole route is feasible (time, break, driving, capacity). An empty route is.
    func isFeasible(_ space: SearchSpace) -> Bool {
        let n = jobs.count
        if n == 0 { return true }
        let v = vehicle
        if driving > space.maxDrive[v] || load > space.capacity[v] { return false }
        let last = nodes[n], end = nodes[n + 1]
        let t = space.travel(last.location, end.location)
        return space.connects(on: v, d: last.d, dB: last.dB, travel: t, late: end.late, lateB: end.lateB)
    }
}
