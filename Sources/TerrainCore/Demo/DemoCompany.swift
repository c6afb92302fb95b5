import Foundation

/// The simulated drinks wholesaler of `terrain demo`: « Boissons du Midi », based in the
/// Bouches-du-Rhône, with its sales team, accounts, catalogue and order history. Pure: the caller
/// reads the files and stores the result.
///
/// ```swift
/// let company = try DemoCompany.generate(seed: 42, scale: 1, sirene: sireneBytes,
///                                        communes: communesBytes, startDate: start)
/// insert(company.users, company.products, company.accounts)
/// for order in company.orders { insert(order) }   // lazily, one customer at a time
/// ```
///
/// Determinism: the same arguments give the same values, byte for byte, on every platform
/// (`DemoRandom`, integer arithmetic, `Decimal` money; see `digest()`).
///
/// Volumes (`scale` = N ≥ 1, `years` = Y): 1 manager and 4N reps; 1 674 N accounts (the 1 674
/// real establishments, then 1 674 (N − 1) synthetic ones around real communes);
/// (1 674 N + 1) / 3 customers (558 N), 5 % of them lost; 62 products. Documents and lines grow
/// linearly with N × Y: lines ≈ N × Y × `orderLinesPerScaleYear` (35 000), documents ≈ 13 600 N Y.
/// Measured with seed 42 from 2023-01-01: N = 1, Y = 3 → 40 745 documents, 104 855 lines;
/// N = 100, Y = 3 → 4 047 991 documents, 10 339 872 lines (release build, 2 cores: accounts in
/// about 1 s, the whole history in 3 s more; 240 MB resident, all of it for the 167 400 accounts,
/// since the history is generated one customer at a time). For 2 million lines, N = 20 suffices.
public struct DemoCompany: Sendable {
    /// The seed everything was drawn from.
    public let seed: UInt64
    /// The scale factor N ≥ 1.
    public let scale: Int
    /// First day of the history.
    public let startDate: LocalDate
    /// Number of years of history.
    public let years: Int
    /// Day after the last day of the history: `startDate` + `years` years.
    public let endDate: LocalDate
    /// The sales team: `users[0]` is the manager, then one rep per sector (4N).
    public let users: [DemoUser]
    /// The accounts: the real establishments in file order, then the synthetic ones.
    public let accounts: [DemoAccount]
    /// The catalogue (`DemoCatalogue.products`).
    public let products: [DemoProduct]
    /// Lines of the SIRENE file that could not be used (none for the 2016 sample).
    public let skippedSireneLines: [Int]
    /// The customers' plans, by account index.
    let plans: [DemoCustomerPlan]
    let generator: DemoOrderGenerator

    /// Order lines per unit of scale and per year of history, for planning (progress bars,
    /// batch sizes): measured on the 2016 sample, 104 855 lines for seed 42 at scale 1 over
    /// 3 years, within ±2 % across seeds.
    public static let orderLinesPerScaleYear = 35_000

    /// Generates the company.
    ///
    /// - Parameters:
    ///   - seed: any value; the same seed gives the same company.
    ///   - scale: N ≥ 1: 4N reps, 1 674 N accounts, about N times the history.
    ///   - sirene: bytes of `sirene_13_debits_boissons_2016.csv` (or any file of establishments
    ///     `AccountImportParser` maps: SIRET, name, postal code, INSEE code at least).
    ///   - communes: bytes of `communes_fr_laposte_2022.csv` (see `DemoGazetteer`).
    ///   - startDate: first day of the history, e.g. three years before today.
    ///   - years: length of the history, ≥ 1; 3 by default.
    /// - Throws: `DemoDataError` when a file cannot be read or a parameter is below 1.
    public static func generate(seed: UInt64, scale: Int, sirene: Data, communes: Data,
                                startDate: LocalDate, years: Int = 3) throws(DemoDataError) -> DemoCompany {
        guard scale >= 1 else { throw .invalidParameter("scale") }
        guard years >= 1 else { throw .invalidParameter("years") }
        let gazetteer = try DemoGazetteer(data: communes)
        let startDay = DemoCalendar.day(startDate)
        let endDate = DemoCalendar.adding(years: years, to: startDate)
        let endDay = DemoCalendar.day(endDate)

        var establishments = try DemoEstablishments(sirene: sirene, gazetteer: gazetteer, seed: seed)
        establishments.synthesize(count: establishments.count * (scale - 1), gazetteer: gazetteer, seed: seed,
                                  startDay: startDay)
        let (plans, statuses) = DemoPortfolio.plan(establishments: establishments, seed: seed,
                                                   startDay: startDay, endDay: endDay)
        let sectorCount = DemoTeam.repsPerScale * scale
        let sectorOf = DemoSectors.assign(latitudes: establishments.latitudeMicro,
                                          longitudes: establishments.longitudeMicro,
                                          communes: establishments.drafts.map { $0.inseeCode ?? "" },
                                          count: sectorCount)
        let users = DemoTeam.build(sectorOfAccount: sectorOf, sectorCount: sectorCount,
                                   establishments: establishments, gazetteer: gazetteer, seed: seed)
        let keyAccounts = Set(plans.filter { !$0.lost }.sorted { $0.rank < $1.rank }
            .prefix(keyAccountCount).map(\.account))
        let sizes = Dictionary(uniqueKeysWithValues: plans.map { ($0.account, $0.sizeMilli) })

        var accounts: [DemoAccount] = []
        accounts.reserveCapacity(establishments.count)
        for index in 0..<establishments.count {
            var draft = establishments.drafts[index]
            draft.status = statuses[index]
            let yearly = sizes[index].map { DemoPortfolio.yearlyRevenue(sizeMilli: $0) }
                ?? DemoPortfolio.prospectPotential(account: index, seed: seed)
            draft.revenuePotential = Decimal(yearly)
            let rep = users[1 + sectorOf[index]].email
            let key = keyAccounts.contains(index)
            accounts.append(DemoAccount(
                draft: draft, ownerEmail: key ? users[0].email : rep, sectorRepEmail: rep,
                sireneLine: establishments.sireneLines[index], inventedName: establishments.inventedName[index],
                approximateLocation: establishments.approximate[index], keyAccount: key))
        }
        return DemoCompany(seed: seed, scale: scale, startDate: startDate, years: years, endDate: endDate,
                           users: users, accounts: accounts, products: DemoCatalogue.products,
                           skippedSireneLines: establishments.skippedLines, plans: plans,
                           generator: DemoOrderGenerator(products: DemoCatalogue.products))
    }

    /// Number of the largest customers (not lost) owned by the manager as key accounts: 3.
    public static let keyAccountCount = 3

    /// Indices of the accounts that ordered (status `.customer` or `.lost`), ascending.
    public var customerIndices: [Int] { plans.map(\.account) }

    /// Every order and credit note, customer after customer (ascending account index), each
    /// customer's in date order. Generated lazily: iterating holds one customer's documents at a
    /// time (a few hundred), whatever the scale.
    public var orders: DemoOrderSequence { DemoOrderSequence(company: self) }

    /// The documents of one account, in date order; empty for a prospect.
    public func orders(forAccount index: Int) -> [DemoOrder] {
        guard let plan = plan(forAccount: index) else { return [] }
        return orders(for: plan)
    }

    func orders(for plan: DemoCustomerPlan) -> [DemoOrder] {
        generator.orders(plan: plan, account: accounts[plan.account], seed: seed,
                         historyEnd: DemoCalendar.day(endDate), accountNumber: accountNumber(plan.account))
    }

    func plan(forAccount index: Int) -> DemoCustomerPlan? {
        var low = 0, high = plans.count
        while low < high {
            let middle = (low + high) / 2
            if plans[middle].account < index { low = middle + 1 } else { high = middle }
        }
        return low < plans.count && plans[low].account == index ? plans[low] : nil
    }

    /// The 1-based account number used in document numbers, zero-padded to 6 digits (or more
    /// when there are a million accounts or more).
    func accountNumber(_ index: Int) -> String {
        DemoOrderGenerator.pad(index + 1, Swift.max(6, String(accounts.count).count))
    }
}

/// The lazy sequence of `DemoCompany.orders`.
public struct DemoOrderSequence: Sequence, Sendable {
    let company: DemoCompany

    /// Starts with the first customer.
    public func makeIterator() -> Iterator { Iterator(company: company) }

    /// Generates one customer's documents when the previous customer's are exhausted.
    public struct Iterator: IteratorProtocol, Sendable {
        let company: DemoCompany
        var nextPlan = 0
        var buffer: [DemoOrder] = []
        var position = 0

        /// The next document, or `nil` after the last customer's.
        public mutating func next() -> DemoOrder? {
            while position == buffer.count {
                guard nextPlan < company.plans.count else { return nil }
                buffer = company.orders(for: company.plans[nextPlan])
                nextPlan += 1
                position = 0
            }
            position += 1
            return buffer[position - 1]
        }
    }
}
