import Fluent
import Foundation
import TerrainCore
import TerrainExport
import Vapor

/// The catalogue pages: everyone reads, administrators and managers edit.
struct ProductController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.products, use: list)
        routes.post(.products, use: create)
        routes.get(.newProduct, use: newForm)
        routes.get(.editProduct(nil), use: editForm)
        routes.post(.product(nil), use: update)
        routes.get(.productsExport, use: export)
    }

    func list(req: Request) async throws -> WebPage {
        let filter = try req.query.decode(ProductFilter.self)
        let page = try await ProductQueries.page(filter, on: req.db)
        let rows = page.items.map { product -> ProductListView.Row in
            let draft = product.draft
            let margin = draft.purchaseCost.flatMap { Pricing.marginRate(netSales: draft.listPrice, cost: $0) }
            return ProductListView.Row(
                id: product.id ?? UUID(), reference: draft.reference, name: draft.name, family: draft.family ?? "",
                unit: draft.unit ?? "", packaging: draft.packaging ?? "",
                listPrice: FrenchNumber.formatEuros(draft.listPrice), vatRate: ProductValueParsing.label(of: draft.vatRate),
                marginRate: margin.map { FrenchNumber.format(Rounding.halfUp($0 * 100, places: 1), fractionDigits: 1) + "\u{202F}%" } ?? "—",
                active: draft.active
            )
        }
        let model = ProductListView.Model(filter: filter, rows: rows, total: page.metadata.total, pageCount: page.metadata.pageCount,
                                          families: try await ProductQueries.families(on: req.db), canEdit: try req.currentUser().canEditCatalogue)
        return ProductListView.page(model, context: req.pageContext())
    }

    func newForm(req: Request) async throws -> WebPage {
        try requireEditor(req)
        let model = ProductFormView.Model(values: [ProductField.active.rawValue: "on", ProductField.vatRate.rawValue: VATRate.standard.rawValue])
        return ProductFormView.page(model, context: req.pageContext())
    }

    func create(req: Request) async throws -> Response {
        try requireEditor(req)
        let input = try req.content.decode([String: String].self)
        switch try await ProductStore.validate(input, language: req.language, excluding: nil, on: req.db) {
        case let .success(draft):
            let product = try await ProductStore.create(draft, on: req.db)
            req.flash(.productSaved, product.name)
            return req.redirect(to: SiteRoute.products.path)
        case let .failure(errors):
            return try await ProductFormView.page(.init(values: input, errors: errors.messages), context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func editForm(req: Request) async throws -> WebPage {
        try requireEditor(req)
        let product = try await find(req)
        var values = Dictionary(uniqueKeysWithValues: product.draft.formValues().map { ($0.key.rawValue, $0.value) })
        values[ProductField.vatRate.rawValue] = product.vatRate
        values[ProductField.active.rawValue] = product.active ? "on" : ""
        return ProductFormView.page(.init(productID: product.id, version: product.version, values: values), context: req.pageContext())
    }

    func update(req: Request) async throws -> Response {
        try requireEditor(req)
        let product = try await find(req)
        let input = try req.content.decode([String: String].self)
        let version = Int(input["version"] ?? "") ?? -1
        var model = ProductFormView.Model(productID: product.id, version: version, values: input)
        switch try await ProductStore.validate(input, language: req.language, excluding: product.id, on: req.db) {
        case let .success(draft):
            do {
                try await ProductStore.update(product, with: draft, expectedVersion: version, on: req.db)
            } catch TerrainError.versionConflict {
                model.conflict = true
                return try await ProductFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
            }
            req.flash(.productSaved, product.name)
            return req.redirect(to: SiteRoute.products.path)
        case let .failure(errors):
            model.errors = errors.messages
            return try await ProductFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func export(req: Request) async throws -> Response {
        let filter = try req.query.decode(ProductFilter.self)
        let table = try await ProductExport.table(filter, language: req.language, on: req.db)
        return try ExportController.download(table, format: (try? req.query.get(String.self, at: "format")) ?? "csv", baseName: "catalogue")
    }

    private func find(_ req: Request) async throws -> Product {
        guard let product = try await Product.find(req.idParameter(), on: req.db) else { throw TerrainError.notFound }
        return product
    }

    private func requireEditor(_ req: Request) throws {
        guard try req.currentUser().canEditCatalogue else { throw TerrainError.forbidden }
    }
}
