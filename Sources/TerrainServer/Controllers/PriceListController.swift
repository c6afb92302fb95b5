import Fluent
import Foundation
import TerrainCore
import Vapor

/// Price lists: everyone reads; administrators and managers create lists and set their prices.
struct PriceListController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.priceLists, use: list)
        routes.post(.priceLists, use: create)
        routes.get(.priceList(nil), use: show)
        routes.post(.priceList(nil), use: savePrices)
    }

    func list(req: Request) async throws -> WebPage {
        try await listPage(req, values: [:], error: nil)
    }

    func create(req: Request) async throws -> Response {
        guard try req.currentUser().canEditCatalogue else { throw TerrainError.forbidden }
        let form = try req.content.decode([String: String].self)
        let (record, error) = try await PriceListStore.create(name: form["name"] ?? "", category: form["category"], language: req.language, on: req.db)
        guard let record else { return try await listPage(req, values: form, error: error).encodeResponse(for: req) }
        req.flash(.priceListCreated, record.name)
        return req.redirect(to: SiteRoute.priceList(record.id).path)
    }

    func show(req: Request) async throws -> WebPage {
        let record = try await find(req)
        let prices = Dictionary(uniqueKeysWithValues: record.entries.map { ($0.$product.id, $0.price) })
        let rows = try await rows(prices: prices.mapValues { Decimal(string: $0).map { FrenchNumber.format($0, fractionDigits: 2) } ?? $0 }, errors: [:], on: req.db)
        return PriceListView.page(listID: try record.requireID(), name: record.name, category: record.customerCategory, rows: rows,
                                  canEdit: try req.currentUser().canEditCatalogue, context: req.pageContext())
    }

    func savePrices(req: Request) async throws -> Response {
        guard try req.currentUser().canEditCatalogue else { throw TerrainError.forbidden }
        let record = try await find(req)
        let form = try req.content.decode([String: String].self)
        var typed: [UUID: String] = [:]
        for (key, value) in form where key.hasPrefix("price_") {
            if let id = UUID(uuidString: String(key.dropFirst("price_".count))) { typed[id] = value }
        }
        let errors = try await PriceListStore.savePrices(typed, list: record, language: req.language, on: req.db)
        if errors.isEmpty {
            req.flash(.pricesSaved, record.name)
            return req.redirect(to: SiteRoute.priceList(record.id).path)
        }
        let rows = try await rows(prices: typed, errors: errors, on: req.db)
        return try await PriceListView.page(listID: try record.requireID(), name: record.name, category: record.customerCategory, rows: rows,
                                            canEdit: true, context: req.pageContext()).encodeResponse(for: req)
    }

    private func rows(prices: [UUID: String], errors: [UUID: String], on database: any Database) async throws -> [PriceListView.Row] {
        try await Product.query(on: database).filter(\.$active == true).sort(\.$family).sort(\.$reference).all().map { product in
            let id = product.id ?? UUID()
            return PriceListView.Row(productID: id, reference: product.reference, name: product.name,
                                     listPrice: FrenchNumber.formatEuros(product.draft.listPrice), value: prices[id] ?? "", error: errors[id])
        }
    }

    private func find(_ req: Request) async throws -> PriceListRecord {
        guard let record = try await PriceListRecord.query(on: req.db).filter(\.$id == req.idParameter()).with(\.$entries).first() else {
            throw TerrainError.notFound
        }
        return record
    }

    private func listPage(_ req: Request, values: [String: String], error: String?) async throws -> WebPage {
        let lists = try await PriceListStore.all(on: req.db)
        let model = PriceListsView.Model(lists: lists.map { ($0.id, $0.name, $0.customerCategory, $0.prices.count) },
                                         canEdit: try req.currentUser().canEditCatalogue, values: values, error: error)
        return PriceListsView.page(model, context: req.pageContext())
    }
}
