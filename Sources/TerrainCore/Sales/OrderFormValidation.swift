import Foundation

/// A line of the order form once read and priced.
public struct PricedOrderLine: Hashable, Sendable {
    /// Index of the line in the form (0-based, blank lines counted), to show errors beside it.
    public var formIndex: Int
    /// The catalogue's offer the line was priced from.
    public var offer: CatalogueOffer
    /// The line as TerrainCore computes it (quantity negative on a credit note).
    public var line: OrderLine
    /// How the line stands against the product's negotiation latitude.
    public var latitude: LatitudeCheck
}

/// One problem in one field of one line of the order form.
public struct OrderLineIssue: Hashable, Sendable {
    /// Index of the line in the form (0-based), or nil for the whole order (no line at all).
    public var formIndex: Int?
    /// The field at fault.
    public var field: OrderLineField
    /// What is wrong.
    public var issue: ValidationIssue
}

/// A price already granted on a saved order (reference, unit price, discounts): editing the order
/// keeps it without checking the latitude again (a manager may have granted it).
public struct GrantedPrice: Hashable, Sendable {
    public var reference: String
    public var unitPrice: Decimal
    public var discounts: [Decimal]
    public init(reference: String, unitPrice: Decimal, discounts: [Decimal]) {
        self.reference = reference
        self.unitPrice = unitPrice
        self.discounts = discounts
    }
}

/// Who may grant a price outside the negotiation latitude.
public enum LatitudePolicy: Sendable {
    /// A line outside the latitude is an error (a sales rep).
    case enforce
    /// A line outside the latitude is saved, with a warning shown (a manager or an administrator).
    case warn
}

/// The outcome of reading an order form.
public struct OrderFormResult: Sendable {
    /// The lines that could be priced, in form order.
    public var lines: [PricedOrderLine]
    /// Blocking problems; the order is saved only when this is empty.
    public var errors: [OrderLineIssue]
    /// Lines outside the latitude accepted under `LatitudePolicy.warn` (shown, not blocking).
    public var warnings: [OrderLineIssue]

    /// Whether the order can be saved.
    public var isValid: Bool { errors.isEmpty }
}

/// Reads and prices the lines of an order form against the catalogue.
public enum OrderFormValidation {
    /// Largest quantity on one line (a typing slip beyond this, not an order).
    public static let maxQuantity: Decimal = 999_999
    /// Largest unit price excl. VAT on one line, euros.
    public static let maxUnitPrice: Decimal = 999_999
    /// Reads every non-blank line.
    ///
    /// Per line: the product must be in the catalogue (`offer(reference)`) and active; the
    /// quantity a French decimal above zero; the unit price blank (→ applied price) or an amount of
    /// zero or more, at most `maxUnitPrice`; the quantity at most `maxQuantity`; the discounts as
    /// percentages (`OrderHistoryValueParsing.parsePercentDiscounts`: `0,5` is 0,5 %). On a
    /// credit note the quantities are typed positive and stored negative (the totals carry the
    /// sign). Then the latitude (`NegotiationLatitude.check(referencePrice:unitPrice:discounts:)`
    /// with the applied price as reference): under `.enforce` a line below the floor or above the
    /// maximum discount is an error on its discounts (or unit price when no discount was typed);
    /// under `.warn` it is a warning. A form without any non-blank line gives `noOrderLines`.
    /// Credit notes are not checked against the latitude (a refund is not a negotiation), nor are
    /// prices in `granted` (kept from the saved order being edited). When the applied price itself
    /// is below the floor (a price list set it so), the floor is the applied price: the customer's
    /// own price can always be sold, but not discounted further.
    public static func validate(_ form: [OrderFormLine], kind: OrderKind, policy: LatitudePolicy, granted: Set<GrantedPrice> = [],
                                offer: (String) -> CatalogueOffer?) -> OrderFormResult {
        var result = OrderFormResult(lines: [], errors: [], warnings: [])
        for (index, typed) in form.enumerated() where !typed.isBlank {
            var failed = false
            func fail(_ field: OrderLineField, _ issue: ValidationIssue) {
                result.errors.append(OrderLineIssue(formIndex: index, field: field, issue: issue))
                failed = true
            }
            let found: CatalogueOffer?
            if typed.product.trimmedNonEmpty == nil {
                fail(.product, .required); found = nil
            } else if let item = offer(ProductValueParsing.referenceKey(typed.product)) {
                if !item.active { fail(.product, .inactiveProduct) }
                found = item
            } else {
                fail(.product, .unknownProduct); found = nil
            }
            var quantity: Decimal?
            if let text = typed.quantity.trimmedNonEmpty {
                if let value = FrenchNumber.parseDecimal(text) {
                    if value <= 0 {
                        fail(.quantity, .notPositive)
                    } else if value > maxQuantity {
                        fail(.quantity, .tooLarge(max: maxQuantity))
                    } else if value * 1000 != Rounding.halfUp(value * 1000, places: 0) {
                        fail(.quantity, .tooPrecise(places: 3))
                    } else {
                        quantity = value
                    }
                } else {
                    fail(.quantity, .invalidNumber)
                }
            } else {
                fail(.quantity, .required)
            }
            var unitPrice: Decimal? = found?.appliedPrice
            if let text = typed.unitPrice.trimmedNonEmpty {
                if let value = AccountValidation.parseAmount(text) {
                    if value < 0 {
                        fail(.unitPrice, .negativeNumber)
                    } else if value > maxUnitPrice {
                        fail(.unitPrice, .tooLarge(max: maxUnitPrice))
                    } else {
                        unitPrice = value
                    }
                } else {
                    fail(.unitPrice, .invalidNumber)
                }
            }
            let discounts = OrderHistoryValueParsing.parsePercentDiscounts(typed.discounts)
            if discounts == nil { fail(.discounts, .invalidDiscounts) }
            guard !failed, let item = found, let quantity, let unitPrice, let discounts else { continue }

            var latitude = item.latitude
            if let floor = latitude.floorPrice, item.appliedPrice < floor { latitude.floorPrice = item.appliedPrice }
            let check = latitude.check(referencePrice: item.appliedPrice, unitPrice: unitPrice, discounts: discounts)
            let alreadyGranted = granted.contains(GrantedPrice(reference: item.reference, unitPrice: unitPrice, discounts: discounts))
            if kind == .order && !alreadyGranted {
                let field: OrderLineField = discounts.isEmpty ? .unitPrice : .discounts
                var issues: [ValidationIssue] = []
                if !check.respectsFloor, let floor = latitude.floorPrice {
                    issues.append(.belowFloorPrice(net: check.netUnitPrice, floor: floor))
                }
                if !check.withinMaxDiscount, let max = item.latitude.maxDiscountRate {
                    issues.append(.aboveMaxDiscount(rate: check.combinedDiscountRate, max: max))
                }
                let found = issues.map { OrderLineIssue(formIndex: index, field: field, issue: $0) }
                switch policy {
                case .enforce:
                    result.errors += found
                    if !found.isEmpty { continue }
                case .warn:
                    result.warnings += found
                }
            }
            let signed = kind == .creditNote ? -quantity : quantity
            result.lines.append(PricedOrderLine(
                formIndex: index, offer: item,
                line: OrderLine(quantity: signed, unitPrice: unitPrice, discounts: discounts, vatRate: item.vatRate, unitCost: item.unitCost),
                latitude: check
            ))
        }
        if result.lines.isEmpty && result.errors.isEmpty {
            result.errors.append(OrderLineIssue(formIndex: nil, field: .product, issue: .noOrderLines))
        }
        return result
    }
}
