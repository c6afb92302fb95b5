/// Whether a demo sales document is an order or a credit note.
public enum DemoOrderKind: String, Hashable, Sendable, Codable {
    /// A delivered order (commande), positive quantities.
    case order
    /// A credit note (avoir) cancelling part of an earlier order: negative quantities.
    case creditNote
}

/// One line of a demo order: which product, and its money side.
public struct DemoOrderLine: Hashable, Sendable {
    /// Index of the product in `DemoCompany.products` (and `DemoCatalogue.products`).
    public var productIndex: Int
    /// The product's reference (`ProductDraft.reference`), e.g. `FUT-BLD-30`.
    public var productReference: String
    /// Quantity (whole selling units; negative on a credit note), unit price = the product's list
    /// price excl. VAT, the customer's discounts (fractions, in cascade), the product's VAT rate
    /// and unit purchase cost: feed it to `OrderTotals`.
    public var line: OrderLine

    /// Creates a line from its parts.
    public init(productIndex: Int, productReference: String, line: OrderLine) {
        self.productIndex = productIndex
        self.productReference = productReference
        self.line = line
    }
}

/// One sales document of the demo history: an order or a credit note of one customer.
public struct DemoOrder: Hashable, Sendable {
    /// Document number, unique: `CDE-000042-0007` for the 7th order of account 42 (1-based
    /// account number, 6 digits or more) and `AV-000042-0001` for its first credit note.
    public var number: String
    /// Order or credit note.
    public var kind: DemoOrderKind
    /// Calendar day of the order (delivery day) or of the credit note.
    public var date: LocalDate
    /// Index of the account in `DemoCompany.accounts`.
    public var accountIndex: Int
    /// The account's SIRET.
    public var siret: String
    /// E-mail of the user who took the order: the account's owner.
    public var repEmail: String
    /// For a credit note, the number of the order it credits; `nil` for an order.
    public var creditedOrderNumber: String?
    /// For a credit note, its reason in French (« Casse à la livraison »...); `nil` for an order.
    public var reason: String?
    /// The lines, by product index; at least one.
    public var lines: [DemoOrderLine]

    /// Creates a document from its parts.
    public init(number: String, kind: DemoOrderKind, date: LocalDate, accountIndex: Int, siret: String,
                repEmail: String, creditedOrderNumber: String?, reason: String?, lines: [DemoOrderLine]) {
        self.number = number
        self.kind = kind
        self.date = date
        self.accountIndex = accountIndex
        self.siret = siret
        self.repEmail = repEmail
        self.creditedOrderNumber = creditedOrderNumber
        self.reason = reason
        self.lines = lines
    }

    /// The invoice totals of the document (VAT per rate on the total), negative for a credit note.
    public var totals: OrderTotals { OrderTotals(lines: lines.map(\.line)) }
}
