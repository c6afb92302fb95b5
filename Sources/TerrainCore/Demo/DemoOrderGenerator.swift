import Foundation

/// Generates one customer's orders and credit notes, from its plan and its own random stream
/// (`DemoStream.orders`, indexed by account), so that customers can be generated in any order,
/// lazily, one at a time.
///
/// Model, per customer:
/// 1. Assortment: for each family the customer buys from (kegs 85 % of customers, soft drinks
///    all, syrups 90 %, wines 85 %, spirits 95 %, coffee 60 %, bottled beers when its breadth
///    allows), `DemoFamily.assortmentSize(breadth:)` products drawn by popularity.
/// 2. Consumption: the customer spends `size × 45 €` a week, split among families by
///    `DemoFamily.budgetPercent` and among a family's products by popularity, times a draw in
///    70…130 % per product: a weekly rate in units.
/// 3. Interval per product: drawn in `DemoFamily.reorderDays`, stretched for small customers
///    until one order covers the family's `minimumQuantity`, at most `maxIntervalDays`.
/// 4. Deliveries: on the customer's weekday, every `DemoCustomerPlan.deliveryCycleDays` (7, 14
///    or 28 days by size), from its first to its last day. Every product whose due day has come
///    is ordered: quantity = rate × days since its previous order (the interval for the first) ×
///    seasonal index of the month (`DemoFamily.seasonality`) × a draw in 80…120 %, rounded at
///    random to a whole unit (`DemoRandom.stochasticRound`), at least the minimum quantity; the
///    next due day is the delivery day + interval ± 20 %.
/// 5. Rental (tap for keg customers of size ≥ 1, coffee machine for coffee customers of size
///    ≥ 1,5, display fridge for half the customers of size ≥ 5): one quarter on the first
///    delivery of each calendar quarter.
/// 6. Discounts: 3 % from size 8, 5 % from size 20, 5 % then 2 % from size 60 (not on rental),
///    always within the products' maximum discount and above their floor price.
/// 7. Credit notes: after 1 order in 100, a credit note 1 to 6 days later (if before the end of
///    the history) for 1 or 2 of its lines (−1 or −2 units, no more than ordered), with a reason.
struct DemoOrderGenerator: Sendable {
    let products: [DemoProduct]
    let byFamily: [DemoFamily: [Int]]
    let listCents: [Int]
    /// Stretch limit of a reorder interval, in days.
    static let maxIntervalDays = 91
    static let creditNoteReasons = [
        "Casse à la livraison", "Erreur de livraison", "Produit non conforme", "Produit endommagé",
        "Retour accepté par le commercial",
    ]
    private static let noDiscount: [Decimal] = []
    private static let discount3: [Decimal] = [Decimal(3) / 100]
    private static let discount5: [Decimal] = [Decimal(5) / 100]
    private static let discount5and2: [Decimal] = [Decimal(5) / 100, Decimal(2) / 100]

    init(products: [DemoProduct]) {
        self.products = products
        var byFamily: [DemoFamily: [Int]] = [:]
        for (index, product) in products.enumerated() { byFamily[product.family, default: []].append(index) }
        self.byFamily = byFamily
        self.listCents = products.map { NSDecimalNumber(decimal: $0.draft.listPrice * 100).intValue }
    }

    private struct Item {
        var product: Int
        var weeklyMicro: Int      // units per week × 10⁶ (0 for a rental)
        var interval: Int         // days
        var nextDue: Int          // day number
        var lastOrder: Int?       // day number of its previous order
    }

    /// The customer's documents in date order (an order before a credit note of the same day).
    func orders(plan: DemoCustomerPlan, account: DemoAccount, seed: UInt64, historyEnd: Int,
                accountNumber: String) -> [DemoOrder] {
        var random = DemoRandom(seed: seed, stream: .orders, index: plan.account)
        var items = assortment(plan: plan, &random)
        let discounts = Self.discounts(sizeMilli: plan.sizeMilli)
        var firstDelivery = plan.firstDay
        while DemoCalendar.weekday(firstDelivery) != plan.deliveryWeekday { firstDelivery += 1 }
        for index in items.indices {
            items[index].nextDue = items[index].weeklyMicro == 0
                ? firstDelivery : firstDelivery + random.below(items[index].interval)
        }
        var orders: [DemoOrder] = []
        var credits: [DemoOrder] = []
        var day = firstDelivery
        let step = plan.deliveryCycleDays
        while day < plan.endDay {
            let date = DemoCalendar.date(day)
            var lines: [DemoOrderLine] = []
            for index in items.indices where items[index].nextDue <= day {
                let item = items[index]
                let product = products[item.product]
                let quantity: Int
                if item.weeklyMicro == 0 {
                    quantity = 1
                    items[index].nextDue = DemoCalendar.firstOfNextQuarter(after: day)
                } else {
                    let season = product.family.seasonality[date.month - 1]
                    let noise = random.int(in: 80...120)
                    let elapsed = item.lastOrder.map { day - $0 } ?? item.interval
                    let milli = item.weeklyMicro * elapsed / 7 * season / 100 * noise / 100 / 1_000
                    quantity = Swift.max(product.family.minimumQuantity, random.stochasticRound(milli: milli))
                    let jitter = item.interval / 5
                    items[index].nextDue = day + item.interval + random.int(in: -jitter...jitter)
                    items[index].lastOrder = day
                }
                lines.append(DemoOrderLine(
                    productIndex: item.product, productReference: product.draft.reference,
                    line: OrderLine(quantity: Decimal(quantity), unitPrice: product.draft.listPrice,
                                    discounts: product.family == .equipmentRental ? Self.noDiscount : discounts,
                                    vatRate: product.draft.vatRate, unitCost: product.draft.purchaseCost)))
            }
            if !lines.isEmpty {
                let number = "CDE-" + accountNumber + "-" + Self.pad(orders.count + 1, 4)
                let order = DemoOrder(number: number, kind: .order, date: date, accountIndex: plan.account,
                                      siret: account.draft.siret ?? "", repEmail: account.ownerEmail,
                                      creditedOrderNumber: nil, reason: nil, lines: lines)
                if random.chance(1, in: 100) {
                    let creditDay = day + random.int(in: 1...6)
                    if creditDay < historyEnd {
                        credits.append(creditNote(for: order, day: creditDay, sequence: credits.count + 1,
                                                  accountNumber: accountNumber, &random))
                    }
                }
                orders.append(order)
            }
            day += step
        }
        return Self.merge(orders, credits)
    }

    /// The products the customer buys, with their weekly rates and intervals, by product index.
    private func assortment(plan: DemoCustomerPlan, _ random: inout DemoRandom) -> [Item] {
        let breadth = plan.breadth
        var items: [Item] = []
        var families: Set<DemoFamily> = []
        for family in DemoFamily.allCases where family != .equipmentRental {
            let share: Int = switch family {
            case .kegs: 85
            case .syrups: 90
            case .wines: 85
            case .spirits: 95
            case .coffee: 60
            default: 100
            }
            let count = family.assortmentSize(breadth: breadth)
            guard count > 0, random.chance(share, in: 100), let candidates = byFamily[family] else { continue }
            families.insert(family)
            var pool = candidates
            var chosen: [Int] = []
            while chosen.count < Swift.min(count, candidates.count) {
                let pick = random.weightedIndex(pool.map { products[$0].popularity })
                chosen.append(pool.remove(at: pick))
            }
            let totalPopularity = chosen.reduce(0) { $0 + products[$1].popularity }
            let familyMilliCents = plan.sizeMilli * DemoPortfolio.weeklyCentsPerSize * family.budgetPercent / 100
            for product in chosen.sorted() {
                let variation = random.int(in: 70...130)
                let weeklyMicro = familyMilliCents * products[product].popularity / totalPopularity
                    * variation / 100 * 1_000 / listCents[product]
                var interval = random.int(in: family.reorderDays)
                let minimumMicro = family.minimumQuantity * 1_000_000
                if weeklyMicro * interval / 7 < minimumMicro {
                    let needed = (7 * minimumMicro + weeklyMicro - 1) / Swift.max(1, weeklyMicro)
                    interval = Swift.min(Self.maxIntervalDays, Swift.max(interval, needed))
                }
                items.append(Item(product: product, weeklyMicro: Swift.max(1, weeklyMicro), interval: interval,
                                  nextDue: 0, lastOrder: nil))
            }
        }
        let rentals = byFamily[.equipmentRental] ?? []
        func rent(_ reference: String) {
            if let index = rentals.first(where: { products[$0].draft.reference == reference }) {
                items.append(Item(product: index, weeklyMicro: 0, interval: 91, nextDue: 0, lastOrder: nil))
            }
        }
        if families.contains(.kegs), plan.sizeMilli >= 1_000 { rent(breadth < 3 ? "LOC-TIR-1" : "LOC-TIR-2") }
        if families.contains(.coffee), plan.sizeMilli >= 1_500 { rent("LOC-EXP-2") }
        if plan.sizeMilli >= 5_000, random.chance(1, in: 2) { rent("LOC-VIT-1") }
        return items.sorted { $0.product < $1.product }
    }

    private func creditNote(for order: DemoOrder, day: Int, sequence: Int, accountNumber: String,
                            _ random: inout DemoRandom) -> DemoOrder {
        var candidates = order.lines.filter { products[$0.productIndex].family != .equipmentRental }
        if candidates.isEmpty { candidates = order.lines }
        let count = Swift.min(candidates.count, random.chance(1, in: 4) ? 2 : 1)
        var picked: [DemoOrderLine] = []
        for _ in 0..<count { picked.append(candidates.remove(at: random.below(candidates.count))) }
        let lines = picked.sorted { $0.productIndex < $1.productIndex }.map { source -> DemoOrderLine in
            var line = source
            let ordered = NSDecimalNumber(decimal: source.line.quantity).intValue
            line.line.quantity = -Decimal(Swift.min(ordered, random.int(in: 1...2)))
            return line
        }
        return DemoOrder(number: "AV-" + accountNumber + "-" + Self.pad(sequence, 4), kind: .creditNote,
                         date: DemoCalendar.date(day), accountIndex: order.accountIndex, siret: order.siret,
                         repEmail: order.repEmail, creditedOrderNumber: order.number,
                         reason: random.pick(Self.creditNoteReasons), lines: lines)
    }

    /// The negotiated discounts of a customer, by size (in thousandths).
    static func discounts(sizeMilli: Int) -> [Decimal] {
        switch sizeMilli {
        case 60_000...: discount5and2
        case 20_000...: discount5
        case 8_000...: discount3
        default: noDiscount
        }
    }

    /// Orders and credit notes (each already in date order) merged by date, orders first.
    private static func merge(_ orders: [DemoOrder], _ credits: [DemoOrder]) -> [DemoOrder] {
        guard !credits.isEmpty else { return orders }
        var result: [DemoOrder] = []
        result.reserveCapacity(orders.count + credits.count)
        var next = 0
        for order in orders {
            while next < credits.count, credits[next].date < order.date {
                result.append(credits[next])
                next += 1
            }
            result.append(order)
        }
        result += credits[next...]
        return result
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
