import Foundation

/// One valid row of an order-history file: one line of one order, its values parsed and
/// normalised, not yet matched against stored accounts and products (`OrderHistoryPlanner`
/// does that).
public struct OrderHistoryRow: Hashable, Codable, Sendable {
    /// The row's first physical line in the file (the header is usually line 1).
    public var line: Int
    /// The order number as written, trimmed (compared exactly: `CMD-2024-1` and `cmd-2024-1`
    /// are two orders).
    public var orderNumber: String
    /// The order date.
    public var date: LocalDate
    /// The customer's SIRET, 14 digits without spaces (`Identifiers.normalizedSIRET`), or `nil`.
    public var accountSIRET: String?
    /// The customer's code in the ERP, trimmed, or `nil`. At least one of the two is set.
    public var accountReference: String?
    /// The product reference, upper-cased (`ProductValueParsing.normalizedReference`).
    public var productReference: String
    /// Order or credit note, from the kind column or, without it, the quantity's sign.
    public var kind: OrderHistoryKind
    /// Quantity as stored: positive on an order, negative on a credit note, never zero.
    public var quantity: Decimal
    /// Unit price excl. VAT before discounts, in euros, zero or more.
    public var unitPrice: Decimal
    /// Successive discounts as fractions in 0…1 (`0.10` = 10 %), in the order written; zero
    /// rates left out; empty for none.
    public var discounts: [Decimal]
    /// The VAT rate the file gives, or `nil` (then the product's rate applies).
    public var vatRate: VATRate?

    /// A row from its parts.
    public init(
        line: Int, orderNumber: String, date: LocalDate, accountSIRET: String?, accountReference: String? = nil,
        productReference: String, kind: OrderHistoryKind, quantity: Decimal, unitPrice: Decimal,
        discounts: [Decimal] = [], vatRate: VATRate? = nil
    ) {
        self.line = line
        self.orderNumber = orderNumber
        self.date = date
        self.accountSIRET = accountSIRET
        self.accountReference = accountReference
        self.productReference = productReference
        self.kind = kind
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.discounts = discounts
        self.vatRate = vatRate
    }
}

/// The outcome of one data row of an order-history file.
public enum ParsedOrderHistoryRow: Hashable, Codable, Sendable {
    /// The row gives a valid order line.
    case valid(OrderHistoryRow)
    /// The row cannot be imported; every problem is listed. `orderNumber` is the row's order
    /// number when it could be read, so that the planner rejects the rest of that order too.
    case invalid(line: Int, orderNumber: String?, issues: [OrderHistoryRowIssue])

    /// The row's first physical line in the file.
    public var line: Int {
        switch self {
        case .valid(let row): row.line
        case .invalid(let line, _, _): line
        }
    }

    /// The order number, when it could be read.
    public var orderNumber: String? {
        switch self {
        case .valid(let row): row.orderNumber
        case .invalid(_, let number, _): number
        }
    }

    /// The parsed row of a valid row.
    public var row: OrderHistoryRow? {
        if case .valid(let row) = self { return row }
        return nil
    }

    /// The issues of an invalid row (empty for a valid one).
    public var issues: [OrderHistoryRowIssue] {
        if case .invalid(_, _, let issues) = self { return issues }
        return []
    }
}

/// One problem of one row of an order-history import, ready for the import report (the
/// counterpart of `RowIssue` and `ProductRowIssue`).
public struct OrderHistoryRowIssue: Hashable, Codable, Sendable {
    /// The row's first physical line in the file.
    public var line: Int
    /// The file's header text for the column, or the field's French label when no column feeds
    /// the field, or « colonne N » for a cell beyond the header.
    public var column: String
    /// The field concerned, when there is one.
    public var field: OrderHistoryField?
    /// What is wrong and what to do, in French.
    public var reason: String
    /// The cell as found in the file; for the planner's issues, the parsed value (SIRET without
    /// spaces, reference upper-cased, date as jj/mm/aaaa, « commande » or « avoir »).
    public var value: String

    /// An issue from its parts.
    public init(line: Int, column: String, field: OrderHistoryField? = nil, reason: String, value: String) {
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
        self.value = value
    }
}
