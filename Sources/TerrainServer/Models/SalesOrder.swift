import Fluent
import Foundation
import TerrainCore

/// A customer order or a credit note (glossary: bon de commande / avoir), with its lines.
///
/// Totals are cached in cents when the order is saved, computed by TerrainCore's `OrderTotals`
/// from the lines (the lines stay the source of truth).
public final class SalesOrder: Model, @unchecked Sendable {
    public static let schema = "sales_orders"

    /// An order or a credit note (negative lines, totals carry the sign).
    public typealias Kind = OrderKind
    /// Order tracking (glossary: suivi de commande); the moves allowed are `OrderStatus`'s.
    public typealias Status = OrderStatus

    @ID(key: .id) public var id: UUID?
    /// "CMD-2026-00042" / "AV-2026-00003": gap-free per prefix and year (`OrderNumbering`).
    @Field(key: "number") public var number: String
    @Field(key: "kind") public var kind: Kind
    @Field(key: "status") public var status: Status
    @Parent(key: "account_id") public var account: Account
    @OptionalParent(key: "rep_id") public var rep: User?
    /// ISO date "yyyy-mm-dd" (a calendar day in Europe/Paris).
    @Field(key: "ordered_on") public var orderedOn: String
    @OptionalField(key: "requested_delivery_on") public var requestedDeliveryOn: String?
    /// `VATComputation.rawValue` used for the totals.
    @Field(key: "vat_mode") public var vatMode: String
    @Field(key: "total_excl_vat_cents") public var totalExclVATCents: Int64
    @Field(key: "total_vat_cents") public var totalVATCents: Int64
    @Field(key: "total_incl_vat_cents") public var totalInclVATCents: Int64
    /// nil when a line has no known cost.
    @OptionalField(key: "total_cost_cents") public var totalCostCents: Int64?
    @OptionalField(key: "notes") public var notes: String?
    /// The customer's contact who placed (signed) the order.
    @OptionalParent(key: "contact_id") public var contact: Contact?
    /// Where to deliver, as printed (several lines); nil means the account's address.
    @OptionalField(key: "delivery_address") public var deliveryAddress: String?
    /// The customer's own order reference (bon de commande client), if any.
    @OptionalField(key: "customer_reference") public var customerReference: String?
    /// `PaymentTerms.rawValue`; nil on imported histories.
    @OptionalField(key: "payment_terms") public var paymentTerms: String?
    /// `PaymentMethod.rawValue`; nil on imported histories.
    @OptionalField(key: "payment_method") public var paymentMethod: String?
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @Children(for: \.$order) public var lines: [SalesOrderLine]
    @Children(for: \.$order) public var events: [OrderEvent]

    public init() {}
}

/// One line of an order: a product, a quantity, a unit price excl. VAT, successive discounts and the
/// VAT rate in force when the order was taken (its value is kept, so a later rate change cannot
/// alter an issued order).
public final class SalesOrderLine: Model, @unchecked Sendable {
    public static let schema = "sales_order_lines"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "order_id") public var order: SalesOrder
    @Field(key: "position") public var position: Int
    @OptionalParent(key: "product_id") public var product: Product?
    @Field(key: "product_reference") public var productReference: String
    @Field(key: "product_name") public var productName: String
    /// Decimal text; negative on a credit note.
    @Field(key: "quantity") public var quantity: String
    /// Euros excl. VAT before discounts, decimal text.
    @Field(key: "unit_price") public var unitPrice: String
    /// Successive discount rates, decimal text separated by ";" ("0.1;0.05"), empty for none.
    @Field(key: "discounts") public var discounts: String
    @Field(key: "vat_rate") public var vatRate: String
    @Field(key: "vat_rate_value") public var vatRateValue: String
    @OptionalField(key: "unit_cost") public var unitCost: String?
    /// Quantity × net unit price, rounded half-up to the cent (`OrderLine.netAmount`).
    @Field(key: "net_amount_cents") public var netAmountCents: Int64

    public init() {}

    /// The line as TerrainCore computes it.
    var orderLine: OrderLine {
        OrderLine(
            quantity: Decimal(string: quantity) ?? 0,
            unitPrice: Decimal(string: unitPrice) ?? 0,
            discounts: discounts.split(separator: ";").compactMap { Decimal(string: String($0)) },
            vatRate: VATRate(rawValue: vatRate) ?? .standard,
            unitCost: unitCost.flatMap { Decimal(string: $0) }
        )
    }
}
