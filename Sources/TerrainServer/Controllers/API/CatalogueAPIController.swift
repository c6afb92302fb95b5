import Fluent
import Foundation
import TerrainCore
import Vapor

/// A product as the JSON API returns it: prices as decimal strings in euros excl. VAT ("89.9"),
/// rates as decimal strings (0.1 = 10 %), the VAT rate by name and value.
struct ProductDTO: Content, Sendable {
    let id: UUID
    let version: Int
    let reference, name: String
    let family, unit, packaging: String?
    let listPrice: String
    let purchaseCost: String?
    let vatRate: String
    let vatRateValue: String
    let floorPrice, maxDiscountRate: String?
    let active: Bool

    init(_ product: Product) {
        let draft = product.draft
        id = product.id ?? UUID()
        version = product.version
        reference = draft.reference
        name = draft.name
        family = draft.family
        unit = draft.unit
        packaging = draft.packaging
        listPrice = "\(draft.listPrice)"
        purchaseCost = draft.purchaseCost.map { "\($0)" }
        vatRate = draft.vatRate.rawValue
        vatRateValue = "\(draft.vatRate.rate)"
        floorPrice = draft.floorPrice.map { "\($0)" }
        maxDiscountRate = draft.maxDiscountRate.map { "\($0)" }
        active = draft.active
    }
}

struct ProductPageDTO: Content, Sendable {
    let items: [ProductDTO]
    let metadata: AccountPageDTO.Metadata
}

/// `/api/v1/products`: everyone reads; administrators and managers create and update (same
/// validation as the web form; `version` required on update, 409 when stale).
struct CatalogueAPIController {
    func register(_ api: any RoutesBuilder) {
        let products = api.grouped("products")
        products.get(use: list)
        products.post(use: create)
        products.get(":id", use: show)
        products.patch(":id", use: update)
    }

    func list(req: Request) async throws -> ProductPageDTO {
        let filter = try req.query.decode(ProductFilter.self)
        let page = try await ProductQueries.page(filter, on: req.db)
        return ProductPageDTO(items: page.items.map(ProductDTO.init),
                              metadata: .init(page: page.metadata.page, per: page.metadata.per, total: page.metadata.total))
    }

    func show(req: Request) async throws -> ProductDTO {
        guard let product = try await Product.find(req.idParameter(), on: req.db) else { throw TerrainError.notFound }
        return ProductDTO(product)
    }

    func create(req: Request) async throws -> Response {
        guard try req.currentUser().canEditCatalogue else { throw TerrainError.forbidden }
        var input = try req.content.decode([String: JSONScalar].self).mapValues(\.text)
        // Unlike a form's unticked checkbox, a JSON body without "active" means the default: active.
        if input[ProductField.active.rawValue] == nil { input[ProductField.active.rawValue] = "oui" }
        switch try await ProductStore.validate(input, language: req.language, excluding: nil, on: req.db) {
        case let .success(draft):
            return try await ProductDTO(ProductStore.create(draft, on: req.db)).encodeResponse(status: .created, for: req)
        case let .failure(errors):
            return try await ValidationErrorDTO(error: true, reason: LocalizedText.formHasErrors.text(req.language), fields: errors.messages)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    /// Changes the fields given; the others keep their values.
    func update(req: Request) async throws -> Response {
        guard try req.currentUser().canEditCatalogue else { throw TerrainError.forbidden }
        guard let product = try await Product.find(req.idParameter(), on: req.db) else { throw TerrainError.notFound }
        let body = try req.content.decode([String: JSONScalar].self)
        guard let version = body["version"].flatMap({ Int($0.text) }) else {
            return try await ValidationErrorDTO(error: true, reason: LocalizedText.formHasErrors.text(req.language),
                                                fields: ["version": LocalizedText.versionRequired.text(req.language)])
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        var input = Dictionary(uniqueKeysWithValues: product.draft.formValues().map { ($0.key.rawValue, $0.value) })
        input[ProductField.vatRate.rawValue] = product.vatRate
        for (key, value) in body where key != "version" { input[key] = value.text }
        switch try await ProductStore.validate(input, language: req.language, excluding: product.id, on: req.db) {
        case let .success(draft):
            try await ProductStore.update(product, with: draft, expectedVersion: version, on: req.db)
            return try await ProductDTO(product).encodeResponse(for: req)
        case let .failure(errors):
            return try await ValidationErrorDTO(error: true, reason: LocalizedText.formHasErrors.text(req.language), fields: errors.messages)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }
}
