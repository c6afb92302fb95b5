import Fluent
import Foundation
import TerrainCore
import TerrainExport

/// The catalogue as an export table, for the web and `terrain export products`. Headers are the
/// product fields' labels, so an export imports back with the automatic mapping.
enum ProductExport {
    static func table(_ filter: ProductFilter, language: Language, on database: any Database) async throws -> ExportTable {
        let products = try await ProductQueries.filtered(filter, on: database).all()
        let headers = ProductField.allCases.map { $0.label(language) }
        let rows: [[ExportCell]] = products.map { product in
            let draft = product.draft
            return ProductField.allCases.map { field -> ExportCell in
                switch field {
                case .reference: return .text(draft.reference)
                case .name: return .text(draft.name)
                case .family: return draft.family.map { .text($0) } ?? .empty
                case .unit: return draft.unit.map { .text($0) } ?? .empty
                case .packaging: return draft.packaging.map { .text($0) } ?? .empty
                case .listPrice: return .decimal(draft.listPrice)
                case .purchaseCost: return draft.purchaseCost.map { .decimal($0) } ?? .empty
                case .vatRate: return .text(ProductValueParsing.label(of: draft.vatRate))
                case .floorPrice: return draft.floorPrice.map { .decimal($0) } ?? .empty
                case .maxDiscountRate: return draft.maxDiscountRate.map { .decimal($0) } ?? .empty
                case .active: return .bool(draft.active)
                }
            }
        }
        return ExportTable(sheetName: LocalizedText.navCatalogue.text(language), headers: headers, rows: rows)
    }
}
