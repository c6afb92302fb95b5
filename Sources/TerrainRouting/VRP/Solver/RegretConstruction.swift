/// The starting solution: regret insertion (Potvin & Rousseau 1993, European Journal of
/// Operational Research 66(3):331–340; regret-k as in Ropke & Pisinger 2006, Transportation
/// Science 40(4):455–472).
///
/// Jobs go in three rounds — fixed appointments, then must jobs, then optional jobs — so that
/// rigid and required visits get the room first. In each round, the job whose best insertion would
/// cost the most more on its 2nd and 3rd best routes (regret-3) is inserted at its best position;
/// jobs with a single feasible route go first. A job with no feasible position stays out; an
/// optional job stays out when its cheapest insertion costs at least its value. Never fails.
enum RegretConstruction {
    static func build(_ space: SearchSpace) -> SearchSolution {
        var solution = SearchSolution(space: space)
        let jobs = Array(0..<space.jobCount)
        let rounds = [
            jobs.filter { space.isFixed[$0] },
            jobs.filter { !space.isFixed[$0] && space.isMust[$0] },
            jobs.filter { !space.isFixed[$0] && !space.isMust[$0] },
        ]
        for round in rounds where !round.isEmpty {
            insertByRegret(round, into: &solution, space)
        }
        return solution
    }

    /// Inserts `pending` jobs into `solution` by regret-3, keeping a table of each job's best
    /// insertion per route and refreshing only the column of the route just changed.
    static func insertByRegret(_ jobs: [Int], into solution: inout SearchSolution, _ space: SearchSpace) {
        var rng = SeededGenerator(seed: 0)  // unused: no blinks in construction
        let routeCount = solution.routes.count
        var pending = jobs
        var table = [[InsertionChoice?]](repeating: [], count: space.jobCount)
        func bound(_ u: Int) -> Double { space.isMust[u] ? .infinity : space.value[u] }
        func column(_ r: Int) {
            for u in pending {
                table[u][r] = solution.bestInsertion(of: u, in: r, below: bound(u), blink: 0, rng: &rng, space)
            }
        }
        for u in pending { table[u] = Array(repeating: nil, count: routeCount) }
        for r in 0..<routeCount { column(r) }

        while !pending.isEmpty {
            var chosen: (job: Int, choice: InsertionChoice, regret: Double)?
            var stuck = [Int]()
            for u in pending {
                var first: InsertionChoice?
                var second = Double.infinity, third = Double.infinity
                var emptyClassSeen = [Int]()
                for r in 0..<routeCount {
                    if solution.routes[r].isEmpty {
                        let vehicleClass = space.vehicleClass[r]
                        if emptyClassSeen.contains(vehicleClass) { continue }
                        emptyClassSeen.append(vehicleClass)
                    }
                    guard let option = table[u][r] else { continue }
                    if first == nil || option.delta < first!.delta {
                        third = second
                        second = first?.delta ?? .infinity
                        first = option
                    } else if option.delta < second {
                        third = second
                        second = option.delta
                    } else if option.delta < third {
                        third = option.delta
                    }
                }
                guard let best = first else {
                    stuck.append(u)
                    continue
                }
                let regret = second.isFinite
                    ? (second - best.delta) + (third.isFinite ? third - best.delta : second - best.delta)
                    : Double.infinity
                if let current = chosen {
                    if regret > current.regret || (regret == current.regret && best.delta < current.choice.delta) {
                        chosen = (u, best, regret)
                    }
                } else {
                    chosen = (u, best, regret)
                }
            }
            pending.removeAll { stuck.contains($0) }
            guard let pick = chosen else { break }
            solution.insert(pick.job, route: pick.choice.route, position: pick.choice.position, space)
            pending.removeAll { $0 == pick.job }
            column(pick.choice.route)
        }
    }
}
