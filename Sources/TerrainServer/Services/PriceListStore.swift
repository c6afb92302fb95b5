import Fluent
import Foundation
import TerrainCore

/// Price lists: loading them as TerrainCore values, creating them, and saving their prices.
enum PriceListStore {
    /// Every list with its prices keyed by product reference, ready for `PriceListRule`.
    static func all(on database: any Database) async throws -> [PriceList] {
        let records = try await PriceListRecord.query(on: database).with(\.$entries) { $0.with(\.$product) }.sort(\.$name).all()
        return records.map { record in
            var prices: [String: Decimal] = [:]
            for entry in record.entries {
                if let price = Decimal(string: entry.price) { prices[entry.product.reference] = price }
            }
            return PriceList(id: record.id ?? UUID(), name: record.name, customerCategory: record.customerCategory, prices: prices)
        }
    }

    /// The rule over all stored lists.
    /// - Throws: `PriceListError` when the stored lists break the rule's invariants (two defaults…).
    static func rule(on database: any Database) async throws -> PriceListRule {
        try PriceListRule(lists: try await all(on: database))
    }

    /// The name of the list whose prices apply first to an account of `category` (its category's
    /// list, else the default list), or nil when catalogue prices apply (`PriceListRule`'s order).
    static func applicableListName(category: String?, lists: [PriceList]) -> String? {
        let key = category.map(NameFolding.searchKey)?.trimmingCharacters(in: .whitespaces)
        if let key, !key.isEmpty,
           let list = lists.first(where: { $0.customerCategory.map(NameFolding.searchKey)?.trimmingCharacters(in: .whitespaces) == key }) {
            return list.name
        }
        return lists.first(where: \.isDefault)?.name
    }

    /// Creates a list, refusing what would break the rule (a second default, a category twice).
    /// - Returns: nil and the reason when refused.
    static func create(name: String, category: String?, language: Language, on database: any Database) async throws -> (PriceListRecord?, String?) {
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        guard !trimmedName.isEmpty else { return (nil, LocalizedText.required.text(language)) }
        let trimmedCategory = category?.trimmingCharacters(in: .whitespaces)
        let newCategory = (trimmedCategory?.isEmpty ?? true) ? nil : trimmedCategory
        var lists = try await all(on: database)
        lists.append(PriceList(id: UUID(), name: trimmedName, customerCategory: newCategory))
        do {
            _ = try PriceListRule(lists: lists)
        } catch {
            return (nil, error.message(language))
        }
        let record = PriceListRecord()
        record.name = trimmedName
        record.customerCategory = newCategory
        try await record.create(on: database)
        return (record, nil)
    }

    /// Replaces a list's prices: `prices[productID]` = text typed (empty removes the product's price).
    /// - Returns: messages by product id for the prices that are not amounts; nothing is saved then.
    static func savePrices(_ prices: [UUID: String], list: PriceListRecord, language: Language, on database: any Database) async throws -> [UUID: String] {
        var parsed: [UUID: Decimal?] = [:]
        var errors: [UUID: String] = [:]
        for (productID, text) in prices {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { parsed[productID] = .some(nil); continue }
            if let value = AccountValidation.parseAmount(trimmed), value >= 0 {
                parsed[productID] = value
            } else {
                errors[productID] = ValidationIssue.invalidNumber.message(language)
            }
        }
        guard errors.isEmpty else { return errors }
        let listID = try list.requireID()
        try await database.transaction { [parsed] tx in
            try await PriceListEntry.query(on: tx).filter(\.$priceList.$id == listID).filter(\.$product.$id ~~ Array(parsed.keys)).delete()
            let entries = parsed.compactMap { productID, price -> PriceListEntry? in
                guard let price else { return nil }
                let entry = PriceListEntry()
                entry.$priceList.id = listID
                entry.$product.id = productID
                entry.price = "\(price)"
                return entry
            }
            if !entries.isEmpty { try await entries.create(on: tx) }
        }
        return [:]
    }
}
