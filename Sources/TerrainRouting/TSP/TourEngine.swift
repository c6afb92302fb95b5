/// The working state of the TSP local search: an array tour with a position index, candidate
/// lists, a work queue of cities to examine ("don't-look bits") and a log of reversals for undo.
///
/// Storage is manually allocated (`UnsafeMutableBufferPointer`, bounds-checked in debug builds
/// only) so that the inner loops neither allocate nor pay for copy-on-write or exclusivity checks.
/// Call ``deallocate()`` exactly once when done. Not `Sendable`, not to be copied while in use.
///
/// The tour is `tour[0..<n]` (cities), `pos[city]` its position; it is read cyclically. Every
/// change is a reversal of a cyclic range of positions, recorded in `log` so that any sequence of
/// changes can be undone in reverse order. Costs are read from the (symmetric) matrix `dist`.
struct TourEngine {
    /// One applied reversal: positions `from...to`, cyclic, inclusive, and the four cities whose
    /// tour edges it changed (the two reversed ends and their outer neighbours, before reversal).
    struct Flip {
        var from: Int32
        var to: Int32
        var cities: (Int32, Int32, Int32, Int32)
    }

    let n: Int
    /// Stride of `cand`: the longest candidate list.
    let k: Int
    /// Row-major `n × n` costs (symmetric).
    let dist: UnsafeMutableBufferPointer<Double>
    /// `cand[c * k + r]` for `r < candCount[c]` are the candidates of `c`, nearest first
    /// (see ``CandidateLists``).
    let cand: UnsafeMutableBufferPointer<Int32>
    let candCount: UnsafeMutableBufferPointer<Int32>
    let tour: UnsafeMutableBufferPointer<Int32>
    let pos: UnsafeMutableBufferPointer<Int32>
    /// Ring buffer of cities waiting to be examined, and a flag per city saying it is queued.
    let queue: UnsafeMutableBufferPointer<Int32>
    let queued: UnsafeMutableBufferPointer<Bool>
    var queueHead = 0
    var queueCount = 0
    /// `mark[c] == chain` when `c` ends an edge added by the current LK chain (a cheap filter
    /// before the exact tabu test).
    let mark: UnsafeMutableBufferPointer<Int32>
    var chain: Int32 = 0
    /// Reversals applied since the log was last cleared.
    var log: [Flip] = []
    /// Gains at or below `eps` are treated as zero (rounding noise on non-integer matrices).
    let eps: Double
    /// LK alternatives at the first and second chain levels (1…5) and the deepest chain.
    let firstBreadth: Int
    let secondBreadth: Int
    let maxDepth: Int

    /// An engine on the `n × n` row-major symmetric `values`, tuned by `options`; gains at or
    /// below `eps` count as none. The tour starts as `0, 1, …`; set it with ``load(_:)``.
    init(values: [Double], n: Int, options: TSPSolver.Options, eps: Double) {
        precondition(n >= 5 && values.count == n * n, "The local search needs at least five cities")
        self.n = n
        self.eps = eps
        firstBreadth = min(max(1, options.firstLevelBreadth), 5)
        secondBreadth = min(max(1, options.secondLevelBreadth), 5)
        maxDepth = max(1, options.maxDepth)
        dist = .allocate(capacity: n * n)
        _ = dist.initialize(from: values)
        let lists = CandidateLists.build(
            dist: dist, n: n, nearest: max(1, options.candidates), alpha: max(0, options.alphaCandidates)
        )
        k = lists.map(\.count).max() ?? 1
        cand = .allocate(capacity: n * k)
        cand.initialize(repeating: 0)
        candCount = .allocate(capacity: n)
        for (c, list) in lists.enumerated() {
            candCount[c] = Int32(list.count)
            for (r, other) in list.enumerated() { cand[c * k + r] = other }
        }
        tour = .allocate(capacity: n)
        pos = .allocate(capacity: n)
        queue = .allocate(capacity: n)
        queued = .allocate(capacity: n)
        mark = .allocate(capacity: n)
        mark.initialize(repeating: 0)
        queued.initialize(repeating: false)
        queue.initialize(repeating: 0)
        log.reserveCapacity(1024)
        load(Array(0..<n))
    }

    /// Makes `order` (a permutation of `0..<n`) the current closed tour.
    func load(_ order: [Int]) {
        precondition(order.count == n, "A tour lists every city once")
        for (p, c) in order.enumerated() {
            tour[p] = Int32(c)
            pos[c] = Int32(p)
        }
    }

    /// Frees the storage. The engine must not be used afterwards.
    func deallocate() {
        dist.deallocate()
        cand.deallocate()
        candCount.deallocate()
        tour.deallocate()
        pos.deallocate()
        queue.deallocate()
        queued.deallocate()
        mark.deallocate()
    }

    @inline(__always) func d(_ a: Int, _ b: Int) -> Double { dist[a &* n &+ b] }

    @inline(__always) func succ(_ c: Int) -> Int {
        let p = Int(pos[c]) &+ 1
        return Int(tour[p == n ? 0 : p])
    }

    @inline(__always) func pred(_ c: Int) -> Int {
        let p = Int(pos[c])
        return Int(tour[p == 0 ? n &- 1 : p &- 1])
    }

    /// Length of the closed tour.
    func cost() -> Double {
        var total = 0.0
        for p in 0..<n { total += d(Int(tour[p]), Int(tour[p + 1 == n ? 0 : p + 1])) }
        return total
    }

    /// The tour as city indices, rotated to start at city 0.
    func cities() -> [Int] {
        let start = Int(pos[0])
        return (0..<n).map { Int(tour[($0 + start) % n]) }
    }

    // MARK: Reversals

    /// Reverses positions `i...j` (cyclic, inclusive) without logging.
    @inline(__always) func reverseRange(_ i: Int, _ j: Int) {
        var l = i
        var r = j
        var swaps = ((j &- i &+ n) % n &+ 1) / 2
        while swaps > 0 {
            let cl = tour[l]
            let cr = tour[r]
            tour[l] = cr
            pos[Int(cr)] = Int32(l)
            tour[r] = cl
            pos[Int(cl)] = Int32(r)
            l = l &+ 1 == n ? 0 : l &+ 1
            r = r == 0 ? n &- 1 : r &- 1
            swaps &-= 1
        }
    }

    /// Reverses positions `i...j` (cyclic, inclusive) and logs it.
    @inline(__always) mutating func reverse(_ i: Int, _ j: Int) {
        let cities = (tour[i == 0 ? n &- 1 : i &- 1], tour[i], tour[j], tour[j &+ 1 == n ? 0 : j &+ 1])
        reverseRange(i, j)
        log.append(Flip(from: Int32(i), to: Int32(j), cities: cities))
    }

    /// The 2-opt move that replaces tour edges `(a, an)` and `(b, bn)` by `(a, b)` and `(an, bn)`.
    ///
    /// Precondition: both edges run the same way round the tour (`an == succ(a)` and
    /// `bn == succ(b)`, or `an == pred(a)` and `bn == pred(b)`). Reverses the shorter of the two
    /// paths between them and logs it.
    @inline(__always) mutating func twoOptMove(_ a: Int, _ an: Int, _ b: Int, _ bn: Int) {
        assert((succ(a) == an && succ(b) == bn) || (pred(a) == an && pred(b) == bn), "2-opt on non-parallel edges")
        if succ(a) == an {
            forwardTwoOpt(a, an, b, bn)
        } else {
            forwardTwoOpt(an, a, bn, b)
        }
    }

    /// `twoOptMove` for `an == succ(a)`, `bn == succ(b)`: reverses `an…b` or its complement `bn…a`.
    @inline(__always) private mutating func forwardTwoOpt(_ a: Int, _ an: Int, _ b: Int, _ bn: Int) {
        let i = Int(pos[an])
        let j = Int(pos[b])
        let inner = (j &- i &+ n) % n &+ 1
        if inner &* 2 <= n {
            reverse(i, j)
        } else {
            reverse(Int(pos[bn]), Int(pos[a]))
        }
    }

    /// Undoes logged reversals, latest first, until `log.count == count`.
    mutating func undo(to count: Int) {
        while log.count > count {
            let flip = log.removeLast()
            reverseRange(Int(flip.from), Int(flip.to))
        }
    }

    // MARK: Work queue

    /// Queues `c` for examination unless it is already queued.
    @inline(__always) mutating func push(_ c: Int) {
        if queued[c] { return }
        queued[c] = true
        var slot = queueHead &+ queueCount
        if slot >= n { slot &-= n }
        queue[slot] = Int32(c)
        queueCount &+= 1
    }

    /// The next city to examine, or -1 when the queue is empty.
    @inline(__always) mutating func pop() -> Int {
        if queueCount == 0 { return -1 }
        let c = Int(queue[queueHead])
        queueHead = queueHead &+ 1 == n ? 0 : queueHead &+ 1
        queueCount &-= 1
        queued[c] = false
        return c
    }

    /// Queues the cities whose tour edges changed in the reversals logged since `logCount`.
    mutating func pushEndpoints(since logCount: Int) {
        var index = logCount
        while index < log.count {
            let cities = log[index].cities
            push(Int(cities.0))
            push(Int(cities.1))
            push(Int(cities.2))
            push(Int(cities.3))
            index += 1
        }
    }
}
