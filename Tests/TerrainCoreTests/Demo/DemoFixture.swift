import Foundation
import TerrainCore

/// The real files of `shared/data` and the demo company generated from them once for all the
/// demo suites (seed 42, scale 1, 3 years from 1 January 2023), with figures summed over its
/// whole history in one pass.
enum DemoFixture {
    static let dataDirectory = URL(fileURLWithPath: #filePath)   // Tests/TerrainCoreTests/Demo/X.swift
        .resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data")
    static let sirene = try! Data(contentsOf: dataDirectory.appendingPathComponent("sirene/sirene_13_debits_boissons_2016.csv"))
    static let communes = try! Data(contentsOf: dataDirectory.appendingPathComponent("geo/communes_fr_laposte_2022.csv"))
    static let start = LocalDate(year: 2023, month: 1, day: 1)!

    static func generate(seed: UInt64 = 42, scale: Int = 1, years: Int = 3) throws -> DemoCompany {
        try DemoCompany.generate(seed: seed, scale: scale, sirene: sirene, communes: communes,
                                 startDate: start, years: years)
    }

    /// Seed 42, scale 1, 3 years.
    static let company = try! generate()
    /// Its history summed up.
    static let summary = Summary(company)

    /// Figures over every document of a company.
    struct Summary: Sendable {
        var orders = 0
        var creditNotes = 0
        var lines = 0
        /// Net revenue excl. VAT (Σ `OrderLine.netAmount`, credit notes included) by account.
        var revenueByAccount: [Int: Decimal] = [:]
        /// Net revenue by family and month (1...12).
        var revenueByFamilyMonth: [DemoFamily: [Int: Decimal]] = [:]
        /// Days of the orders of each customer × product pair (orders only, in date order).
        var orderDays: [Int: [Int: [Int]]] = [:]
        /// Last order day of each account.
        var lastOrderDay: [Int: Int] = [:]
        var firstDate = LocalDate(year: 9999, month: 12, day: 31)!
        var lastDate = LocalDate(year: 1, month: 1, day: 1)!

        init(_ company: DemoCompany) {
            for order in company.orders {
                if order.kind == .order { orders += 1 } else { creditNotes += 1 }
                lines += order.lines.count
                firstDate = min(firstDate, order.date)
                lastDate = max(lastDate, order.date)
                let day = DemoCalendar.day(order.date)
                if order.kind == .order { lastOrderDay[order.accountIndex] = day }
                for line in order.lines {
                    let amount = line.line.netAmount
                    revenueByAccount[order.accountIndex, default: 0] += amount
                    let family = company.products[line.productIndex].family
                    revenueByFamilyMonth[family, default: [:]][order.date.month, default: 0] += amount
                    if order.kind == .order { orderDays[order.accountIndex, default: [:]][line.productIndex, default: []].append(day) }
                }
            }
        }

        /// Revenue of the families over the months given.
        func revenue(_ families: [DemoFamily], months: [Int]) -> Decimal {
            var total: Decimal = 0
            for family in families { for month in months { total += revenueByFamilyMonth[family]?[month] ?? 0 } }
            return total
        }
    }

    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    static func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
}
