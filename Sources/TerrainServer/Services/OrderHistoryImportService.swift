import Fluent
import Foundation
import SQLKit
import TerrainCore
import TerrainExport

/// Imports an ERP's order history: TerrainCore parses and plans (orders naming an unknown account or
/// product are rejected whole, never invented; numbers already stored are skipped); this service
/// saves the planned orders with their own numbers and moves the gap-free counters past them.
enum OrderHistoryImportService {
    /// Plans the rows of `parser` under `mapping` against the stored accounts (by SIRET),
    /// products (by reference) and order numbers, writing nothing.
    static func plan(_ parser: OrderHistoryImportParser, mapping: OrderHistoryColumnMapping, on database: any Database) async throws -> OrderHistoryPlan {
        var accounts: [String: UUID] = [:]
        for account in try await Account.query(on: database).filter(\.$siret != nil).all() {
            if let siret = account.siret, let id = account.id { accounts[siret] = id }
        }
        var products: [String: OrderHistoryPlanner.KnownProduct] = [:]
        for product in try await Product.query(on: database).all() {
            guard let id = product.id else { continue }
            let draft = product.draft
            products[draft.reference] = .init(id: id, vatRate: draft.vatRate, unitCost: draft.purchaseCost)
        }
        let stored = Set(try await SalesOrder.query(on: database).all(\.$number))
        let planner = OrderHistoryPlanner(accountsBySIRET: accounts, products: products, storedOrderNumbers: stored)
        return planner.plan(parser.rows(mapping: mapping))
    }

    /// Saves the planned orders with their own numbers, in one transaction (an order history is
    /// imported whole), and moves the gap-free counters past them.
    static func execute(_ plan: OrderHistoryPlan, on database: any Database) async throws {
        let orders = plan.orders
        let productIDs = Array(Set(orders.flatMap { $0.lines.map(\.productID) }))
        var names: [UUID: String] = [:]
        for batch in stride(from: 0, to: productIDs.count, by: 500) {
            let ids = Array(productIDs[batch..<min(batch + 500, productIDs.count)])
            for product in try await Product.query(on: database).filter(\.$id ~~ ids).all() {
                if let id = product.id { names[id] = product.name }
            }
        }
        try await database.transaction { [names] tx in
            for order in orders {
                _ = try await OrderService.create(.init(
                    kind: order.kind == .creditNote ? .creditNote : .order, status: .invoiced,
                    accountID: order.accountID, repID: nil, orderedOn: order.date,
                    lines: order.lines.map { .init(productID: $0.productID, reference: $0.productReference, name: names[$0.productID] ?? $0.productReference, line: $0.orderLine) },
                    number: order.number
                ), on: tx)
            }
            for (key, highest) in plan.highestSequences {
                try await OrderNumbering.raise(key: key, to: highest, on: tx)
            }
        }
    }

    /// The command line's import: a CSV or XLSX file under the automatic mapping.
    /// - Throws: `ImportFileError` when the file cannot be read at all.
    static func run(_ data: Data, on database: any Database) async throws -> OrderHistoryPlan {
        let parser = OrderHistoryImportParser(table: try ImportFile.table(data))
        let plan = try await plan(parser, mapping: parser.suggestedMapping, on: database)
        try await execute(plan, on: database)
        return plan
    }

    /// Orders as export rows, one per line: number, date, account SIRET and name, product reference,
    /// quantity, unit price, discounts, line total excl. VAT, VAT rate (headers importable back).
    static func exportTable(on database: any Database) async throws -> ExportTable {
        let orders = try await SalesOrder.query(on: database).with(\.$account).with(\.$lines).sort(\.$orderedOn).sort(\.$number).all()
        let headers = ["N° commande", "Type", "Date", "SIRET", "Raison sociale", "Référence", "Désignation", "Quantité",
                       "Prix unitaire HT", "Remises", "Montant HT", "TVA"]
        var rows: [[ExportCell]] = []
        for order in orders {
            let date = DateParsing.parseFrench(order.orderedOn)
            for line in order.lines.sorted(by: { $0.position < $1.position }) {
                let priced = line.orderLine
                rows.append([
                    .text(order.number), .text(order.kind == .order ? "commande" : "avoir"),
                    date.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .text(order.orderedOn),
                    order.account.siret.map { .text($0) } ?? .empty, .text(order.account.legalName),
                    .text(line.productReference), .text(line.productName), .decimal(priced.quantity), .decimal(priced.unitPrice),
                    .text(priced.discounts.map { OrderView.percent($0) }.joined(separator: " + ")),
                    .decimal(Money.euros(cents: line.netAmountCents)), .text(ProductValueParsing.label(of: priced.vatRate)),
                ])
            }
        }
        return ExportTable(sheetName: "Commandes", headers: headers, rows: rows)
    }
}

extension OrderNumbering {
    /// Moves the counter `key` ("CMD-2024") to at least `value`, so that new numbers follow imported ones.
    static func raise(key: String, to value: Int, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let rows = try await sql.select().column("last_value").from("order_sequences").where("key", .equal, key).all()
        if let current = try rows.first?.decode(column: "last_value", as: Int.self) {
            if current < value {
                try await sql.update("order_sequences").set("last_value", to: value).where("key", .equal, key).run()
            }
        } else {
            try await sql.insert(into: "order_sequences").columns("key", "last_value").values(SQLBind(key), SQLBind(value)).run()
        }
    }
}
