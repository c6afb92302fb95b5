import Foundation

/// The result of `OrderHistoryPlanner.plan(_:)`: the orders an order-history import will create,
/// the orders it skips because they are stored already, and the rows it rejects, decided before
/// anything is written so that the user can review them.
public struct OrderHistoryPlan: Hashable, Codable, Sendable {
    /// One line of an order to create.
    public struct Line: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// The stored product the line sells.
        public var productID: UUID
        /// The product reference, upper-cased as in the catalogue.
        public var productReference: String
        /// The money side: quantity (negative on a credit note), unit price excl. VAT in euros,
        /// discounts as fractions, the file's VAT rate or else the product's, and the product's
        /// unit cost (`nil` when the catalogue has none).
        public var orderLine: OrderLine

        /// A planned line.
        public init(line: Int, productID: UUID, productReference: String, orderLine: OrderLine) {
            self.line = line
            self.productID = productID
            self.productReference = productReference
            self.orderLine = orderLine
        }
    }

    /// An order (or credit note) to create.
    public struct Order: Hashable, Codable, Sendable {
        /// The ERP's number, as written in the file (trimmed).
        public var number: String
        /// Order or credit note.
        public var kind: OrderHistoryKind
        /// The order date (a calendar day).
        public var date: LocalDate
        /// The stored account the order belongs to.
        public var accountID: UUID
        /// The lines, in file order (at least one).
        public var lines: [Line]

        /// An order from its parts.
        public init(number: String, kind: OrderHistoryKind, date: LocalDate, accountID: UUID, lines: [Line]) {
            self.number = number
            self.kind = kind
            self.date = date
            self.accountID = accountID
            self.lines = lines
        }

        /// The totals the server stores with the order (`OrderTotals`, VAT per rate on the total).
        public var totals: OrderTotals { OrderTotals(lines: lines.map(\.orderLine)) }
    }

    /// An order whose number is stored already: nothing is created for it.
    public struct Skipped: Hashable, Codable, Sendable {
        /// The order number.
        public var number: String
        /// The physical lines of its valid rows, in file order.
        public var lines: [Int]

        /// A skipped order.
        public init(number: String, lines: [Int]) {
            self.number = number
            self.lines = lines
        }
    }

    /// A rejected row and why.
    public struct Rejected: Hashable, Codable, Sendable {
        /// The row's first physical line in the file.
        public var line: Int
        /// The row's order number, when it could be read.
        public var orderNumber: String?
        /// Every problem of the row: its own, and those of its order.
        public var issues: [OrderHistoryRowIssue]

        /// A rejected row.
        public init(line: Int, orderNumber: String?, issues: [OrderHistoryRowIssue]) {
            self.line = line
            self.orderNumber = orderNumber
            self.issues = issues
        }
    }

    /// The import summary's figures.
    public struct Counts: Hashable, Codable, Sendable {
        /// Orders and credit notes created.
        public var ordersCreated: Int
        /// Lines of the created orders (one per row).
        public var linesCreated: Int
        /// Rows rejected (invalid, or part of a rejected order).
        public var rowsRejected: Int
        /// Orders skipped because their number is stored already.
        public var ordersSkipped: Int
        /// Rows of the skipped orders.
        public var rowsSkipped: Int

        /// Counts given one by one.
        public init(ordersCreated: Int, linesCreated: Int, rowsRejected: Int, ordersSkipped: Int, rowsSkipped: Int) {
            self.ordersCreated = ordersCreated
            self.linesCreated = linesCreated
            self.rowsRejected = rowsRejected
            self.ordersSkipped = ordersSkipped
            self.rowsSkipped = rowsSkipped
        }
    }

    /// Orders to create, in the order of their first row in the file.
    public var orders: [Order]
    /// Orders skipped, in the order of their first row.
    public var skipped: [Skipped]
    /// Rejected rows, by line.
    public var rejected: [Rejected]
    /// For the created orders numbered `PREFIX-YYYY-N` (`^([A-Z]+)-(\d{4})-(\d+)$`), the highest
    /// N per `PREFIX-YYYY` (`["CMD-2024": 12, "AV-2024": 3]`): move each gap-free counter to at
    /// least this value before numbering new orders, or a new order could take an imported
    /// number. Other numbers (`F2024/12`) are not counted.
    public var highestSequences: [String: Int]
    /// The name each field's issues are reported under (the skip entries use the order number's).
    public var columnNames: [OrderHistoryField: String]

    /// A plan from its parts (`OrderHistoryPlanner.plan(_:)` builds it).
    public init(orders: [Order], skipped: [Skipped], rejected: [Rejected], highestSequences: [String: Int],
                columnNames: [OrderHistoryField: String] = [:]) {
        self.orders = orders
        self.skipped = skipped
        self.rejected = rejected
        self.highestSequences = highestSequences
        self.columnNames = columnNames
    }

    /// Figures for the import summary.
    public var counts: Counts {
        Counts(ordersCreated: orders.count, linesCreated: orders.reduce(0) { $0 + $1.lines.count },
               rowsRejected: rejected.count, ordersSkipped: skipped.count,
               rowsSkipped: skipped.reduce(0) { $0 + $1.lines.count })
    }

    /// One entry per row of a skipped order (« Commande … déjà enregistrée »), in French, under
    /// the order number's column, in order.
    public func skipReport() -> [OrderHistoryRowIssue] {
        let column = columnNames[.orderNumber] ?? OrderHistoryField.orderNumber.label(.fr)
        return skipped.flatMap { order in
            order.lines.map { line in
                OrderHistoryRowIssue(
                    line: line, column: column, field: .orderNumber,
                    reason: "Commande \(order.number) déjà enregistrée : ligne ignorée (importer à nouveau le même fichier ne crée rien).",
                    value: order.number)
            }
        }
    }

    /// The row report, in French: every issue of the rejected rows, and one entry per row of a
    /// skipped order (« Commande … déjà enregistrée »), sorted by line (a row's issues keep their
    /// order).
    public func report() -> [OrderHistoryRowIssue] {
        let entries = rejected.flatMap(\.issues) + skipReport()
        return entries.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
