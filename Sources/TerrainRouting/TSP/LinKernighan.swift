/// Lin–Kernighan style improvement by chains of 2-opt moves ("LK with flips").
///
/// Sources: S. Lin and B. W. Kernighan, "An effective heuristic algorithm for the
/// traveling-salesman problem", Operations Research 21(2), 1973 (gain criterion, sequential
/// exchange, breadth at the first levels); D. Applegate, W. Cook and A. Rohe, "Chained
/// Lin-Kernighan for large traveling salesman problems", INFORMS J. Computing 15(1), 2003 (LK
/// step realised as a 2-opt flip on an array tour, backtracking breadth, undo by re-flipping).
///
/// From a base city `t1` with tour neighbour `t2`, one step removes `(t1, t2)` and `(t3, t4)` and
/// adds `(t2, t3)` and `(t4, t1)`, where `t3` is a candidate of `t2`: that is a 2-opt move, after
/// which `t4` is the new neighbour of `t1` and the chain goes on from it. The running gain
/// `g = Σ removed − Σ added (without the closing edge)` must stay positive; the best closing
/// `g − d(t4, t1)` along the chain is kept and the flips after it are undone.
extension TourEngine {
    /// Alternatives tried at chain level `level` (see ``TSPSolver/Options``).
    @inline(__always) func breadth(_ level: Int) -> Int {
        level == 0 ? firstBreadth : (level == 1 ? secondBreadth : 1)
    }

    /// Best closing found along the current chain.
    struct ChainBest {
        var gain: Double
        var logCount: Int
        var found: Bool
    }

    /// Tries an improving LK chain from `t1` (both tour directions). On success keeps it, queues
    /// the cities whose edges changed, and returns the gain (> 0); otherwise leaves the tour as it
    /// was and returns 0.
    mutating func improveLK(_ t1: Int, scratch: UnsafeMutableBufferPointer<Int32>) -> Double {
        for side in 0..<2 {
            let t2 = side == 0 ? succ(t1) : pred(t1)
            let start = log.count
            var best = ChainBest(gain: eps, logCount: start, found: false)
            chain = chain == Int32.max ? 1 : chain + 1
            if chain == 1 { mark.update(repeating: 0) }
            chain = chain == Int32.max ? 1 : chain + 1
            if chain == 1 { mark.update(repeating: 0) }
            lkStep(level: 0, t1: t1, t2: t2, gain: d(t1, t2), best: &best, added: 0, scratch: scratch)
            if best.found {
                undo(to: best.logCount)
                pushEndpoints(since: start)
                return best.gain
            }
        }
        return 0
    }

    /// One level of the chain. `added` is the number of edges `(t2, t3)` added so far, stored as
    /// pairs at the front of `scratch`; the tail of `scratch` holds each level's alternatives.
    private mutating func lkStep(
        level: Int, t1: Int, t2: Int, gain: Double, best: inout ChainBest,
        added: Int, scratch: UnsafeMutableBufferPointer<Int32>
    ) {
        let forward = succ(t1) == t2
        let t2Succ = succ(t2)
        let t2Pred = pred(t2)
        let width = breadth(level)
        // Alternatives for this level live at scratch[altBase ..< altBase + 2 * width].
        let altBase = 2 * maxDepth + level * 10
        var scores = (0.0, 0.0, 0.0, 0.0, 0.0)
        var count = 0
        let row = t2 &* k
        for r in 0..<Int(candCount[t2]) {
            let t3 = Int(cand[row &+ r])
            let g1 = gain - d(t2, t3)
            if g1 <= eps { break }
            if t3 == t2Succ || t3 == t2Pred { continue }
            let t4 = forward ? pred(t3) : succ(t3)
            if mark[t3] == chain && mark[t4] == chain && Self.isAdded(t3, t4, count: added, scratch: scratch) {
                continue
            }
            let score = d(t3, t4) - d(t2, t3)
            // Insert into the alternatives, best score first, keeping at most `width`.
            var slot = count < width ? count : width - 1
            if count == width && score <= Self.score(scores, slot) { continue }
            while slot > 0 && score > Self.score(scores, slot - 1) {
                Self.setScore(&scores, slot, Self.score(scores, slot - 1))
                scratch[altBase + 2 * slot] = scratch[altBase + 2 * slot - 2]
                scratch[altBase + 2 * slot + 1] = scratch[altBase + 2 * slot - 1]
                slot -= 1
            }
            Self.setScore(&scores, slot, score)
            scratch[altBase + 2 * slot] = Int32(t3)
            scratch[altBase + 2 * slot + 1] = Int32(t4)
            if count < width { count += 1 }
        }

        for alternative in 0..<count {
            let t3 = Int(scratch[altBase + 2 * alternative])
            let t4 = Int(scratch[altBase + 2 * alternative + 1])
            twoOptMove(t1, t2, t4, t3)
            scratch[2 * added] = Int32(t2)
            scratch[2 * added + 1] = Int32(t3)
            mark[t2] = chain
            mark[t3] = chain
            mark[t2] = chain
            mark[t3] = chain
            let g2 = gain - d(t2, t3) + d(t3, t4)
            let closing = g2 - d(t4, t1)
            if closing > best.gain {
                best.gain = closing
                best.logCount = log.count
                best.found = true
            }
            if level + 1 < maxDepth {
                lkStep(level: level + 1, t1: t1, t2: t4, gain: g2, best: &best, added: added + 1, scratch: scratch)
            }
            if best.found { return }
            undo(to: log.count - 1)
        }
    }

    /// Whether edge `{a, b}` is one of the first `count` added edges stored in `scratch`.
    @inline(__always) private static func isAdded(
        _ a: Int, _ b: Int, count: Int, scratch: UnsafeMutableBufferPointer<Int32>
    ) -> Bool {
        var i = 0
        while i < count {
            let x = Int(scratch[2 * i])
            let y = Int(scratch[2 * i + 1])
            if (x == a && y == b) || (x == b && y == a) { return true }
            i += 1
        }
        return false
    }

    /// Size of the scratch buffer `improveLK` needs.
    var scratchSize: Int { 2 * maxDepth + 10 * maxDepth }

    @inline(__always) private static func score(_ s: (Double, Double, Double, Double, Double), _ i: Int) -> Double {
        switch i {
        case 0: return s.0
        case 1: return s.1
        case 2: return s.2
        case 3: return s.3
        default: return s.4
        }
    }

    @inline(__always) private static func setScore(_ s: inout (Double, Double, Double, Double, Double), _ i: Int, _ v: Double) {
        switch i {
        case 0: s.0 = v
        case 1: s.1 = v
        case 2: s.2 = v
        case 3: s.3 = v
        default: s.4 = v
        }
    }
}
