/// What the order generator knows of one customer (an account that ordered during the history).
struct DemoCustomerPlan: Hashable, Sendable {
    /// Index of the account in `DemoCompany.accounts`.
    var account: Int
    /// Size in thousandths (`DemoPortfolio`): the customer buys about `size` × 45 € excl. VAT a
    /// week, before seasonality and rental.
    var sizeMilli: Int
    /// Rank of the size among customers, 0 = largest.
    var rank: Int
    /// First day the customer may order (day number, `DemoCalendar`).
    var firstDay: Int
    /// Day after the last day it may order: the end of the history, or the day it was lost.
    var endDay: Int
    /// Whether the customer was lost during the history.
    var lost: Bool
    /// Weekday of its delivery round, 0 = Monday ... 5 = Saturday.
    var deliveryWeekday: Int

    /// Days between two delivery rounds: 7 from size 4, 14 from size 1,5, else 28.
    var deliveryCycleDays: Int {
        sizeMilli >= 4_000 ? 7 : sizeMilli >= 1_500 ? 14 : 28
    }

    /// How broad its assortment is: 0 for size < 2, then +1 for each doubling (size 2 → 1,
    /// 4 → 2 ... 256 → 8). See `DemoFamily.assortmentSize(breadth:)`.
    var breadth: Int {
        var breadth = 0
        var size = sizeMilli / 2_000
        while size > 0 { breadth += 1; size /= 2 }
        return breadth
    }
}

/// Chooses the customers among the accounts and gives each its size and its active period.
///
/// - Customers: `(n + 1) / 3` accounts of `n` (558 of 1 674), drawn by a seeded Fisher–Yates
///   shuffle; the others are prospects.
/// - Lost: 5 % of the customers, rounded (28 of 558): their orders stop at a day drawn between
///   120 days after the start and 90 days before the end; status `.lost`.
/// - New: 15 % of the other customers start ordering on a day drawn between 30 days after the
///   start and 180 days before the end (when the history is longer than 240 days); the rest
///   from the first day. Nobody orders before its establishment's creation date.
/// - Size (heavy tail): customers are ranked by a score = a draw in 0…999 + a bonus for their
///   headcount band (01: 150, 02: 300, 03: 450, 11 and above: 600), so bigger establishments
///   tend to rank higher. Rank `r` of `c` gets size `c / (r + ½)`, capped at `sizeCapMilli`: the
///   quantiles of a Pareto law of index 1 (P(size > x) = 1/x, x ≥ 1), taken at evenly spaced
///   points so that every seed and scale has the same shape (median size 2, mean about 6). Its
///   top 20 % hold 74 % of the sizes, and 73 to 76 % of the revenue generated.
enum DemoPortfolio {
    /// Largest size (thousandths): 200, i.e. about 470 000 € a year.
    static let sizeCapMilli = 200_000
    /// Weekly purchases of a customer of size 1, in cents excl. VAT, before seasonality.
    static let weeklyCentsPerSize = 4_500

    /// The plans of the customers, sorted by account index, and the status of every account.
    static func plan(establishments: DemoEstablishments, seed: UInt64, startDay: Int, endDay: Int)
        -> (plans: [DemoCustomerPlan], statuses: [AccountStatus]) {
        let n = establishments.count
        var random = DemoRandom(seed: seed, stream: .portfolio)
        var order = Array(0..<n)
        random.shuffle(&order)
        let customerCount = (n + 1) / 3
        let lostCount = (customerCount * 5 + 50) / 100
        let customers = order[..<customerCount].sorted()
        let lost = Set(order[..<lostCount])

        var scores: [(score: Int, account: Int)] = []
        for account in customers {
            let bonus = switch establishments.drafts[account].headcountBand {
            case "01": 150
            case "02": 300
            case "03": 450
            case "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53": 600
            default: 0
            }
            scores.append((random.below(1_000) + bonus, account))
        }
        scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.account < $1.account }
        var rankOf: [Int: Int] = [:]
        for (rank, entry) in scores.enumerated() { rankOf[entry.account] = rank }

        var statuses = [AccountStatus](repeating: .prospect, count: n)
        var plans: [DemoCustomerPlan] = []
        plans.reserveCapacity(customerCount)
        let span = endDay - startDay
        for account in customers {
            var random = DemoRandom(seed: seed, stream: .customer, index: account)
            let rank = rankOf[account]!
            let size = Swift.min(sizeCapMilli, 2_000 * customerCount / (2 * rank + 1))
            let isLost = lost.contains(account)
            var first = startDay
            var end = endDay
            if isLost {
                end = startDay + 120 + random.below(Swift.max(1, span - 210))
            } else if random.chance(15, in: 100), span > 240 {
                first = startDay + 30 + random.below(Swift.max(1, span - 210))
            }
            if let created = establishments.drafts[account].creationDate {
                first = Swift.max(first, DemoCalendar.day(created))
            }
            let weekday = random.weightedIndex([18, 22, 20, 20, 15, 5])
            statuses[account] = isLost ? .lost : .customer
            plans.append(DemoCustomerPlan(account: account, sizeMilli: size, rank: rank, firstDay: first,
                                          endDay: end, lost: isLost, deliveryWeekday: weekday))
        }
        return (plans, statuses)
    }

    /// Expected yearly purchases of a customer of size `sizeMilli`, in euros excl. VAT, rounded
    /// to the hundred: size × 45 € × 365 / 7.
    static func yearlyRevenue(sizeMilli: Int) -> Int {
        let cents = sizeMilli * weeklyCentsPerSize * 365 / 7 / 1_000
        return (cents + 5_000) / 10_000 * 100
    }

    /// A prospect's revenue potential: the yearly revenue of a size drawn from the same law
    /// (1 000 / (1 + a draw in 0…999), capped), in euros.
    static func prospectPotential(account: Int, seed: UInt64) -> Int {
        var random = DemoRandom(seed: seed, stream: .prospects, index: account)
        let size = Swift.min(sizeCapMilli, 1_000_000 / (1 + random.below(1_000)))
        return yearlyRevenue(sizeMilli: size)
    }
}
