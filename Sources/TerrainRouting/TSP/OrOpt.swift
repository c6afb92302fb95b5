/// Or-opt: move a segment of one to three consecutive cities elsewhere in the tour, either way
/// round (I. Or, "Traveling salesman-type combinatorial problems and their relation to the
/// logistics of regional blood banking", PhD thesis, Northwestern University, 1976; neighbour-list
/// search as in Johnson and McGeoch 1997). It complements the 2-opt chains of ``improveLK``, which
/// cannot make a pure segment insertion with a positive partial gain at every step.
///
/// The move is carried out as two or three 2-opt moves on the array tour, so it is logged and can
/// be undone like any other change.
extension TourEngine {
    /// Tries to move a segment that starts or ends at `c`. On success keeps the best move found
    /// for the first improving segment, queues the cities whose edges changed, and returns the
    /// gain (> 0); otherwise returns 0 and leaves the tour unchanged.
    mutating func improveOrOpt(_ c: Int) -> Double {
        for length in 1...3 where length + 3 <= n {
            for side in 0..<2 {
                // Segment first…last in forward order; `c` is its first (side 0) or last city.
                var first = c
                var last = c
                for _ in 1..<length {
                    if side == 0 { last = succ(last) } else { first = pred(first) }
                }
                let middle = length == 3 ? succ(first) : first
                if length == 1 && side == 1 { continue }
                let p = pred(first)
                let nx = succ(last)
                let removeGain = d(p, first) + d(last, nx) - d(p, nx)
                if removeGain <= eps { continue }

                // Best insertion edge {u, v} with `end` next to u and `other` next to v.
                var bestGain = eps
                var bestU = -1, bestV = -1, bestEnd = -1
                for endSide in 0..<2 {
                    let end = endSide == 0 ? first : last
                    let other = endSide == 0 ? last : first
                    let row = end &* k
                    for r in 0..<Int(candCount[end]) {
                        let u = Int(cand[row &+ r])
                        let du = d(end, u)
                        if du >= removeGain - bestGain { break }
                        if u == first || u == last || u == middle { continue }
                        for vSide in 0..<2 {
                            let v = vSide == 0 ? succ(u) : pred(u)
                            if v == first || v == last || v == middle { continue }
                            let gain = removeGain - (du + d(other, v) - d(u, v))
                            if gain > bestGain {
                                bestGain = gain
                                bestU = u
                                bestV = v
                                bestEnd = end
                            }
                        }
                    }
                }
                if bestU >= 0 {
                    let start = log.count
                    moveSegment(first: first, last: last, u: bestU, v: bestV, atU: bestEnd)
                    pushEndpoints(since: start)
                    return bestGain
                }
            }
        }
        return 0
    }

    /// Moves the segment `first…last` (forward order) between the adjacent cities `u` and `v`,
    /// leaving `atU` (`first` or `last`) next to `u`. Neither `u` nor `v` may be in the segment.
    mutating func moveSegment(first: Int, last: Int, u: Int, v: Int, atU: Int) {
        // Work in the orientation where the gap edge runs x → y after the segment's end, i.e.
        // "p first … last nx … x y …", with y ≠ p. In the other orientation the roles of first
        // and last, and of p and nx, swap.
        var x = u, y = v
        if succ(u) != v { x = v; y = u }
        var f = first, l = last
        var p = pred(first), nx = succ(last)
        if y == p {
            // Gap is (pred(p), p): read the tour backwards, where it directly follows the segment.
            (f, l) = (last, first)
            (p, nx) = (nx, p)
            (x, y) = (y, x)
        }
        // Step 1: remove (p, f), (x, y); add (p, x), (f, y). Now "p x … nx l … f y".
        twoOptMove(p, f, x, y)
        // Step 2: remove (p, x), (nx, l); add (p, nx), (x, l). Now "p nx … x l … f y".
        if x != nx { twoOptMove(p, x, nx, l) }
        // Step 3: if `f` must touch x instead of `l`, reverse the segment itself.
        let cityAtX = x == u ? atU : (atU == first ? last : first)
        if cityAtX == f && f != l { twoOptMove(x, l, f, y) }
    }
}
