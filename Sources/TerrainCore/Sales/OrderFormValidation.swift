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
    /// Reads every non-blank line.
    ///
    /// Per line: the product must be in the catalogue (`offer(reference)`) and active; the
    /// quantity a French decimal above zero; the unit price blank (→ applied price) or an amount of
    /// zero or more; the discounts as `OrderHistoryValueParsing.parseDiscounts` reads them. On a
    /// credit note the quantities are typed positive and stored negative (the totals carry the
    /// sign). Then the latitude (`NegotiationLatitude.check(referencePrice:unitPrice:discounts:)`
    /// with the applied price as reference): under `.enforce` a line below the floor or above the
    /// maximum discount is an error on its discounts (or unit price when no discount was typed);
    /// under `.warn` it is a warning. A form without any non-blank line gives `noOrderLines`.
    /// Credit notes are not checked against the latitude (a refund is not a negotiation).
    public static func validate(_ form: [OrderFormLine], kind: OrderKind, policy: LatitudePolicy,
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
                    if value > 0 { quantity = value } else { fail(.quantity, .notPositive) }
                } else {
                    fail(.quantity, .invalidNumber)
                }
            } else {
                fail(.quantity, .required)
            }
            var unitPrice: Decimal? = found?.appliedPrice
            if let text = typed.unitPrice.trimmedNonEmpty {
                if let value = AccountValidation.parseAmount(text) {
                    if value >= 0 { unitPrice = value } else { fail(.unitPrice, .negativeNumber) }
                } else {
                    fail(.unitPrice, .invalidNumber)
                }
            }
            let discounts = OrderHistoryValueParsing.parseDiscounts(typed.discounts)
            if discounts == nil { fail(.discounts, .invalidDiscounts) }
            guard !failed, let item = found, let quantity, let unitPrice, let discounts else { continue }

            let check = item.latitude.check(referencePrice: item.appliedPrice, unitPrice: unitPrice, discounts: discounts)
            if kind == .order {
                let field: OrderLineField = discounts.isEmpty ? .unitPrice : .discounts
                var issues: [ValidationIssue] = []
                if !check.respectsFloor, let floor = item.latitude.floorPrice {
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
