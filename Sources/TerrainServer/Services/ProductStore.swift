import Fluent
import Foundation
import TerrainCore

/// Creates and updates products (optimistic locking as for accounts), and validates product forms
/// with TerrainCore's rules plus the uniqueness of the reference.
enum ProductStore {
    /// Validates posted product fields; the reference must not belong to another product.
    static func validate(_ input: [String: String], language: Language, excluding id: UUID?, on database: any Database) async throws -> Result<ProductDraft, FormErrors> {
        var fields: [ProductField: String] = [:]
        for field in ProductField.allCases {
            var value = input[field.rawValue] ?? ""
            if field == .active { value = value == "on" ? "oui" : (value.isEmpty ? "non" : value) }
            fields[field] = value
        }
        switch ProductValidation.validate(fields) {
        case let .success(draft):
            if let other = try await ProductQueries.withReference(draft.reference, excluding: id, on: database) {
                return .failure(FormErrors(messages: [ProductField.reference.rawValue: Localizer(language)(.referenceTaken, other.name)]))
            }
            return .success(draft)
        case let .failure(issues):
            var errors = FormErrors()
            for issue in issues where errors.messages[issue.field.rawValue] == nil {
                errors.messages[issue.field.rawValue] = ProductValidation.message(for: issue, language)
            }
            return .failure(errors)
        }
    }

    static func create(_ draft: ProductDraft, on database: any Database) async throws -> Product {
        let product = Product()
        product.apply(draft)
        product.version = 1
        try await product.create(on: database)
        return product
    }

    /// - Throws: `TerrainError.versionConflict` when someone saved the product since `expectedVersion`.
    static func update(_ product: Product, with draft: ProductDraft, expectedVersion: Int, on database: any Database) async throws {
        try await database.transaction { transaction in
            try await AccountStore.claimVersion(table: Product.schema, id: product.requireID(), expected: expectedVersion, on: transaction)
            product.apply(draft)
            product.version = expectedVersion + 1
            try await product.update(on: transaction)
        }
    }
}

extension User {
    /// Administrators and sales managers maintain the catalogue; reps read it.
    var canEditCatalogue: Bool { role == .admin || role == .manager }
}

extension LocalizedText {
    static let referenceTaken = LocalizedText(fr: "Cette référence est déjà celle du produit « {0} ».", en: "This reference already belongs to the product “{0}”.")
}
