import Foundation

/// Where the price applied to an account comes from.
public enum PriceSource: Hashable, Codable, Sendable {
    /// The price list of the account's customer category.
    case categoryList(id: UUID, name: String)
    /// The default price list (tarif général).
    case defaultList(id: UUID, name: String)
    /// The product's own list price (`ProductDraft.listPrice`): no list prices the product.
    case productListPrice
}

/// The unit price that applies to one product for one account, and where it comes from.
public struct AppliedPrice: Hashable, Codable, Sendable {
    /// Unit price excl. VAT in euros, before any discount, exactly as the list gives it.
    public var unitPrice: Decimal
    /// The list (or the product) the price comes from.
    public var source: PriceSource

    /// A price and its source.
    public init(unitPrice: Decimal, source: PriceSource) {
        self.unitPrice = unitPrice
        self.source = source
    }
}

/// Which price applies to an account (the rule of the price lists).
///
/// For a product and an account of customer category `c`:
/// 1. if a list is for category `c` and gives the product a price, that price
///    (`.categoryList`);
/// 2. otherwise, if the default list gives the product a price, that price (`.defaultList`);
/// 3. otherwise the product's list price (`.productListPrice`).
///
/// Categories are compared trimmed, case- and accent-insensitively (`NameFolding.searchKey`):
/// an account of category « chr » gets the list of « CHR », « Épicerie fine » matches
/// « epicerie FINE ». An account without a category, or whose category has no list, starts at
/// step 2. References are compared upper-cased (`ProductValueParsing.referenceKey`).
///
/// The applied price is the starting point of a negotiation: discounts are taken off it, and
/// `NegotiationLatitude.check(listPrice:discounts:)` takes it as `listPrice`. A category price
/// may be above the product's list price (the rule does not take the lowest price), and the
/// product's `active` flag plays no part (an order form refuses inactive products, not this
/// rule).
///
/// The lists must have exactly one default list (no customer category) and at most one list per
/// category; no lists at all is allowed too (every product at its list price).
public struct PriceListRule: Sendable {
    private struct Table: Sendable {
        var id: UUID
        var name: String
        var prices: [String: Decimal]
    }

    private let defaultList: Table?
    private let byCategory: [String: Table]

    /// Checks and indexes the price lists.
    /// - Throws: `PriceListError.noDefaultList` (lists without a default one),
    ///   `.severalDefaultLists`, `.sameCategory`, `.duplicateReference` or `.negativePrice`,
    ///   checked in that order.
    public init(lists: [PriceList]) throws(PriceListError) {
        let defaults = lists.filter(\.isDefault)
        if !lists.isEmpty, defaults.isEmpty { throw .noDefaultList }
        if defaults.count > 1 { throw .severalDefaultLists(names: defaults.map(\.name)) }
        var namesByCategory: [String: [String]] = [:]
        var categoryOrder: [(key: String, typed: String)] = []
        for list in lists {
            guard let category = list.customerCategory, let key = Self.categoryKey(category) else { continue }
            if namesByCategory[key] == nil { categoryOrder.append((key, category.trimmedNonEmpty ?? category)) }
            namesByCategory[key, default: []].append(list.name)
        }
        for (key, typed) in categoryOrder where namesByCategory[key]!.count > 1 {
            throw .sameCategory(category: typed, names: namesByCategory[key]!)
        }
        var byCategory: [String: Table] = [:]
        var defaultList: Table?
        for list in lists {
            var prices: [String: Decimal] = [:]
            for (reference, price) in list.prices.sorted(by: { $0.key < $1.key }) {
                let key = ProductValueParsing.referenceKey(reference)
                if prices[key] != nil { throw .duplicateReference(list: list.name, reference: key) }
                if price < 0 { throw .negativePrice(list: list.name, reference: key) }
                prices[key] = price
            }
            let table = Table(id: list.id, name: list.name, prices: prices)
            if let category = list.customerCategory, let key = Self.categoryKey(category) {
                byCategory[key] = table
            } else {
                defaultList = table
            }
        }
        self.defaultList = defaultList
        self.byCategory = byCategory
    }

    /// The price of a product for an account of the given customer category.
    /// - Parameters:
    ///   - reference: the product's reference (compared upper-cased).
    ///   - listPrice: the product's list price excl. VAT, in euros (step 3).
    ///   - accountCategory: the account's category (`AccountDraft.category`), `nil` for none.
    public func price(reference: String, listPrice: Decimal, accountCategory: String?) -> AppliedPrice {
        let key = ProductValueParsing.referenceKey(reference)
        if let category = accountCategory.flatMap(Self.categoryKey), let list = byCategory[category],
           let price = list.prices[key] {
            return AppliedPrice(unitPrice: price, source: .categoryList(id: list.id, name: list.name))
        }
        if let list = defaultList, let price = list.prices[key] {
            return AppliedPrice(unitPrice: price, source: .defaultList(id: list.id, name: list.name))
        }
        return AppliedPrice(unitPrice: listPrice, source: .productListPrice)
    }

    /// The price of `product` for an account of the given customer category.
    public func price(of product: ProductDraft, accountCategory: String?) -> AppliedPrice {
        price(reference: product.reference, listPrice: product.listPrice, accountCategory: accountCategory)
    }

    /// The price of `product` for `account` (by its `category`).
    public func price(of product: ProductDraft, for account: AccountDraft) -> AppliedPrice {
        price(of: product, accountCategory: account.category)
    }

    /// The comparison key of a category: trimmed, lower case, no accents; `nil` when blank.
    static func categoryKey(_ category: String) -> String? {
        category.trimmedNonEmpty.map(NameFolding.searchKey)
    }
}
