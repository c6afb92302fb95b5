import Foundation

/// The fields of one line of the order form.
public enum OrderLineField: String, Hashable, Sendable, CaseIterable {
    case product, quantity, unitPrice, discounts
}

/// One line of the order form as the user typed it (every value untrimmed text).
///
/// A line whose four values are blank is ignored (the form always shows a few empty rows).
/// `unitPrice` may be left blank: the price that applies to the account is then used
/// (`CatalogueOffer.appliedPrice`).
public struct OrderFormLine: Hashable, Sendable, Codable {
    /// The product reference (a code of the catalogue, e.g. `EV-50`; compared upper-cased).
    public var product: String
    /// Quantity in the product's sales unit: a French decimal above zero (`6`, `2,5`).
    public var quantity: String
    /// Unit price excl. VAT in euros before discounts; blank for the applicable price.
    public var unitPrice: String
    /// Successive discounts, `10 + 5` (see `OrderHistoryValueParsing.parseDiscounts`).
    public var discounts: String

    /// A line from its four typed values.
    public init(product: String = "", quantity: String = "", unitPrice: String = "", discounts: String = "") {
        self.product = product
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.discounts = discounts
    }

    /// Whether the user left the whole line empty.
    public var isBlank: Bool {
        [product, quantity, unitPrice, discounts].allSatisfy { $0.trimmedNonEmpty == nil }
    }
}

/// What the catalogue offers one account for one product: the values an order line is priced
/// from. Built by the caller from the product and `PriceListRule` (so this type needs no database).
public struct CatalogueOffer: Hashable, Sendable {
    /// Reference as stored (upper case).
    public var reference: String
    /// Wording printed on the order.
    public var name: String
    /// Unit price excl. VAT that applies to the account, in euros (`PriceListRule`).
    public var appliedPrice: Decimal
    /// The product's VAT rate.
    public var vatRate: VATRate
    /// Purchase cost excl. VAT per unit in euros, when known (for the margin).
    public var unitCost: Decimal?
    /// The product's floor price and maximum discount.
    public var latitude: NegotiationLatitude
    /// Whether the product can still be sold.
    public var active: Bool

    /// An offer from its values.
    public init(reference: String, name: String, appliedPrice: Decimal, vatRate: VATRate, unitCost: Decimal?,
                latitude: NegotiationLatitude, active: Bool = true) {
        self.reference = reference
        self.name = name
        self.appliedPrice = appliedPrice
        self.vatRate = vatRate
        self.unitCost = unitCost
        self.latitude = latitude
        self.active = active
    }
}

extension NegotiationLatitude {
    /// Checks a line whose unit price may differ from the applied price: a typed unit price
    /// below `referencePrice` counts as a first discount of `1 − unitPrice / referencePrice`
    /// before the typed `discounts` (a price typed above it counts as no discount).
    ///
    /// Example: applied price 100 €, typed 90 € then −5 %: net 85,50 €, combined discount
    /// 1 − 0,90 × 0,95 = 14,5 %, the same as typing −10 % then −5 % on 100 €.
    public func check(referencePrice: Decimal, unitPrice: Decimal, discounts: [Decimal]) -> LatitudeCheck {
        guard referencePrice > 0, unitPrice < referencePrice else {
            let net = Pricing.netUnitPrice(listPrice: unitPrice, discounts: discounts)
            let combined = Pricing.combinedDiscountRate(discounts)
            return LatitudeCheck(netUnitPrice: net, combinedDiscountRate: combined,
                                 respectsFloor: floorPrice.map { net >= $0 } ?? true,
                                 withinMaxDiscount: maxDiscountRate.map { combined <= $0 } ?? true)
        }
        return check(listPrice: referencePrice, discounts: [1 - unitPrice / referencePrice] + discounts)
    }
}
