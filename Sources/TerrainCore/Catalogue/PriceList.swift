import Foundation

/// A price list (tarif): unit prices excl. VAT for some products, either the company's default
/// list or the list of one customer category (CHR, épiceries fines, collectivités...).
///
/// A list need not price every product: `PriceListRule` falls back on the default list, then on
/// the product's own list price.
public struct PriceList: Hashable, Codable, Sendable, Identifiable {
    /// The list's identity (its database id).
    public var id: UUID
    /// The name shown to users (« Tarif général », « Tarif CHR »).
    public var name: String
    /// The customer category the list is for, as typed on accounts (`AccountDraft.category`);
    /// `nil` (or blank) for the default list.
    public var customerCategory: String?
    /// Unit prices excl. VAT in euros, by product reference; zero or more.
    public var prices: [String: Decimal]

    /// A list from its parts.
    public init(id: UUID, name: String, customerCategory: String? = nil, prices: [String: Decimal] = [:]) {
        self.id = id
        self.name = name
        self.customerCategory = customerCategory
        self.prices = prices
    }

    /// `true` for the default list: the one without a customer category.
    public var isDefault: Bool { customerCategory?.trimmedNonEmpty == nil }
}

/// Why a set of price lists cannot be used (`PriceListRule.init(lists:)`).
public enum PriceListError: Error, Hashable, Sendable {
    /// There are price lists but none without a customer category.
    case noDefaultList
    /// More than one list has no customer category.
    case severalDefaultLists(names: [String])
    /// Two or more lists are for the same customer category (compared case- and
    /// accent-insensitively).
    case sameCategory(category: String, names: [String])
    /// A list gives the same reference twice (compared upper-cased).
    case duplicateReference(list: String, reference: String)
    /// A list gives a product a negative price.
    case negativePrice(list: String, reference: String)

    /// What is wrong and what to do, in French or English.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.noDefaultList, .fr):
            return "Aucun tarif général : créez un tarif sans catégorie de clients, qui s'applique aux comptes des autres catégories."
        case (.noDefaultList, .en):
            return "No default price list: create a list without a customer category, for the accounts of other categories."
        case (.severalDefaultLists(let names), .fr):
            return "Un seul tarif peut être sans catégorie de clients ; ceux-ci n'en ont pas : \(names.joined(separator: ", "))."
        case (.severalDefaultLists(let names), .en):
            return "Only one price list may have no customer category; these have none: \(names.joined(separator: ", "))."
        case (.sameCategory(let category, let names), .fr):
            return "Plusieurs tarifs sont pour la catégorie « \(category) » : \(names.joined(separator: ", ")). Gardez-en un seul."
        case (.sameCategory(let category, let names), .en):
            return "Several price lists are for the category \"\(category)\": \(names.joined(separator: ", ")). Keep only one."
        case (.duplicateReference(let list, let reference), .fr):
            return "Le tarif « \(list) » donne deux prix pour la référence \(reference) : gardez-en un seul."
        case (.duplicateReference(let list, let reference), .en):
            return "The price list \"\(list)\" gives two prices for reference \(reference): keep only one."
        case (.negativePrice(let list, let reference), .fr):
            return "Le tarif « \(list) » donne un prix négatif à la référence \(reference) : saisissez zéro ou un prix positif."
        case (.negativePrice(let list, let reference), .en):
            return "The price list \"\(list)\" gives reference \(reference) a negative price: enter zero or a positive price."
        }
    }
}
