/// The ruin step of SISR, "Slack Induction by String Removals" (J. Christiaens and G. Vanden
/// Berghe, Transportation Science 54(2):417–433, 2020, §5.2 and equations (5)–(9)).
///
/// Around a random seed job, strings (runs of consecutive jobs) are cut from up to `k_s` routes
/// met in the seed's neighbour list: `l_s,max = min(L_max, mean route size)`,
/// `k_s,max = 4 c̄ / (1 + l_s,max) − 1`, `k_s = ⌊U(1, k_s,max + 1)⌋`; in each route a string of
/// length `l_t = ⌊U(1, min(|t|, l_s,max) + 1)⌋` containing the neighbour is removed, or (with
/// probability `splitRate`) a "split string": a run of `l_t + m` jobs of which `m` consecutive
/// ones are kept, `m` growing from 1 with probability `splitDepth` per step.
struct StringRemoval {
    /// c̄: average number of jobs removed (paper: 10).
    var averageRemoved: Double = 10
    /// L_max: maximum string length (paper: 10).
    var maxStringLength: Double = 10
    /// Probability of a split string (paper: 0.5).
    var splitRate: Double = 0.5
    /// β: probability of growing the kept part of a split string (paper: 0.01).
    var splitDepth: Double = 0.01

    /// Jobs to take out of `solution`, in removal order.
    func select(in solution: SearchSolution, rng: inout SeededGenerator, _ space: SearchSpace) -> [Int] {
        var sizes = 0, used = 0
        for route in solution.routes where !route.isEmpty {
            sizes += route.count
            used += 1
        }
        guard used > 0 else { return [] }
        let lsMax = min(maxStringLength, Double(sizes) / Double(used))
        let ksMax = 4 * averageRemoved / (1 + lsMax) - 1
        let ks = Int(rng.unitDouble() * max(ksMax, 1)) + 1

        var seed = rng.below(space.jobCount)
        var tries = 0
        while solution.routeOf[seed] < 0 {
            seed = (seed + 1) % space.jobCount
            tries += 1
            if tries > space.jobCount { return [] }
        }

        var removed = [Int]()
        var removedFlag = Array(repeating: false, count: space.jobCount)
        var ruined = [Int]()
        var candidates = [seed]
        candidates.append(contentsOf: space.neighbours[seed])
        for c in candidates {
            if ruined.count >= ks { break }
            let r = solution.routeOf[c]
            guard r >= 0, !removedFlag[c], !ruined.contains(r) else { continue }
            let jobs = solution.routes[r].jobs
            let position = jobs.firstIndex(of: c)!
            let ltMax = min(Double(jobs.count), lsMax)
            let length = min(jobs.count, Int(rng.unitDouble() * ltMax) + 1)
            let cut: [Int]
            if length < jobs.count, rng.unitDouble() < splitRate {
                cut = splitString(jobs, position: position, length: length, rng: &rng)
            } else {
                cut = string(jobs, position: position, length: length, rng: &rng)
            }
            for j in cut where !removedFlag[j] {
                removedFlag[j] = true
                removed.append(j)
            }
            ruined.append(r)
        }
        return removed
    }

    /// A run of `length` consecutive jobs containing index `position`.
    private func string(_ jobs: [Int], position: Int, length: Int, rng: inout SeededGenerator) -> [Int] {
        let lowest = max(0, position - length + 1)
        let highest = min(position, jobs.count - length)
        let start = lowest + rng.below(highest - lowest + 1)
        return Array(jobs[start..<(start + length)])
    }

    /// A run of `length + m` jobs containing `position`, minus `m` consecutive ones kept.
    private func splitString(_ jobs: [Int], position: Int, length: Int, rng: inout SeededGenerator) -> [Int] {
        var kept = 1
        while kept < jobs.count - length, rng.unitDouble() < splitDepth { kept += 1 }
        let window = length + kept
        let lowest = max(0, position - window + 1)
        let highest = min(position, jobs.count - window)
        let start = lowest + rng.below(highest - lowest + 1)
        let keptStart = start + rng.below(window - kept + 1)
        var cut = [Int]()
        for index in start..<(start + window) where index < keptStart || index >= keptStart + kept {
            cut.append(jobs[index])
        }
        return cut
    }
}
