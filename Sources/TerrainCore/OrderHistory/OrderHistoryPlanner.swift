import Foundation

/// Decides, without touching the database, what an order-history import will create: rows are
/// grouped into orders by order number and matched against the stored accounts, products and
/// order numbers. Nothing is ever invented: a row naming an unknown account or product is
/// reported, and an order is imported whole or not at all.
public struct OrderHistoryPlanner: Sendable {
    /// What the planner needs of a stored product.
    public struct KnownProduct: Hashable, Sendable {
        /// The product's id.
        public var id: UUID
        /// Its VAT rate, used for the lines when the file has no VAT column (or a blank cell).
        public var vatRate: VATRate
        /// Its unit purchase cost excl. VAT in euros (`nil` when unknown), copied into the lines
        /// so that the imported orders have a margin.
        public var unitCost: Decimal?

        /// A known product from its parts.
        public init(id: UUID, vatRate: VATRate, unitCost: Decimal? = nil) {
            self.id = id
            self.vatRate = vatRate
            self.unitCost = unitCost
        }
    }

    /// Stored accounts by SIRET (14 digits, no spaces).
    public let accountsBySIRET: [String: UUID]
    /// Stored accounts by code client, keyed trimmed and upper-cased.
    public let accountsByReference: [String: UUID]
    /// Stored products by reference key (`ProductValueParsing.referenceKey`).
    public let products: [String: KnownProduct]
    /// Order numbers stored already (trimmed, compared exactly).
    public let storedOrderNumbers: Set<String>

    /// A planner against what is stored.
    /// - Parameters:
    ///   - accountsBySIRET: account ids by SIRET; keys may have spaces (`390 098 424 00034`).
    ///   - accountsByReference: account ids by the ERP's code client, if the accounts have one;
    ///     compared trimmed and upper-cased.
    ///   - products: products by reference; compared trimmed and upper-cased.
    ///   - storedOrderNumbers: the numbers of the orders and credit notes already stored.
    ///   For keys that collide once normalised, the last one wins.
    public init(accountsBySIRET: [String: UUID], accountsByReference: [String: UUID] = [:],
                products: [String: KnownProduct], storedOrderNumbers: Set<String>) {
        self.accountsBySIRET = Dictionary(accountsBySIRET.map { (Identifiers.normalizedSIRET($0.key) ?? $0.key, $0.value) },
                                          uniquingKeysWith: { $1 })
        self.accountsByReference = Dictionary(accountsByReference.map { (ProductValueParsing.referenceKey($0.key), $0.value) },
                                              uniquingKeysWith: { $1 })
        self.products = Dictionary(products.map { (ProductValueParsing.referenceKey($0.key), $0.value) },
                                   uniquingKeysWith: { $1 })
        self.storedOrderNumbers = Set(storedOrderNumbers.map { $0.trimmedNonEmpty ?? "" })
    }

    /// Plans the rows of a parser, reporting issues under the file's column names.
    public func plan(_ rows: OrderHistoryRows) -> OrderHistoryPlan {
        plan(rows, columnNames: rows.columnNames)
    }

    /// Plans the import of parsed rows.
    ///
    /// Rows are grouped by order number, in the order of each number's first row. For each order:
    /// 1. its invalid rows are rejected with their own issues;
    /// 2. a number stored already → the order is skipped (its valid rows: `skipped`), so that
    ///    importing the same file again creates nothing;
    /// 3. its valid rows must agree with its first valid row on date, account (SIRET and code
    ///    client) and kind; otherwise every valid row is rejected with an issue naming both lines
    ///    (« la ligne 7 porte la date du 12/03/2025, la ligne 6 celle du 10/03/2025 »);
    /// 4. each row's account must be known (by SIRET, else by code client; both given must not
    ///    name two accounts): otherwise « Compte inconnu : SIRET … — importez d'abord le fichier
    ///    clients. »; each row's product must be known: otherwise « Produit inconnu : … »;
    /// 5. an order with any rejected row is rejected whole (never half an order): its other rows
    ///    get « Commande … non importée : la ligne N de cette commande est en erreur ».
    ///
    /// The lines of a created order keep file order, with the file's VAT rate or else the
    /// product's, and the product's unit cost. A row without a readable order number is
    /// rejected alone.
    /// - Parameter columnNames: the name each field's issues are reported under
    ///   (`OrderHistoryRows.columnNames`); the fields' French labels by default.
    public func plan(_ parsed: some Sequence<ParsedOrderHistoryRow>,
                     columnNames: [OrderHistoryField: String] = [:]) -> OrderHistoryPlan {
        var numbers: [String] = []
        var groups: [String: [ParsedOrderHistoryRow]] = [:]
        var rejected: [OrderHistoryPlan.Rejected] = []
        for row in parsed {
            guard let number = row.orderNumber else {
                rejected.append(.init(line: row.line, orderNumber: nil, issues: row.issues))
                continue
            }
            if groups[number] == nil { numbers.append(number) }
            groups[number, default: []].append(row)
        }
        var orders: [OrderHistoryPlan.Order] = []
        var skipped: [OrderHistoryPlan.Skipped] = []
        let context = Context(columnNames: columnNames)
        for number in numbers {
            let rows = groups[number] ?? []
            var badLines: [Int] = []
            for case .invalid(let line, _, let issues) in rows {
                rejected.append(.init(line: line, orderNumber: number, issues: issues))
                badLines.append(line)
            }
            let valid = rows.compactMap(\.row)
            guard let first = valid.first else { continue }
            if storedOrderNumbers.contains(number) {
                skipped.append(.init(number: number, lines: valid.map(\.line)))
                continue
            }
            let conflicts = context.conflicts(number: number, rows: valid)
            var own: [[OrderHistoryRowIssue]] = []
            var lines: [OrderHistoryPlan.Line] = []
            for row in valid {
                var issues = context.accountIssues(row, resolved: account(of: row))
                if let product = products[ProductValueParsing.referenceKey(row.productReference)] {
                    lines.append(.init(line: row.line, productID: product.id, productReference: row.productReference,
                                       orderLine: OrderLine(quantity: row.quantity, unitPrice: row.unitPrice,
                                                            discounts: row.discounts,
                                                            vatRate: row.vatRate ?? product.vatRate,
                                                            unitCost: product.unitCost)))
                } else {
                    issues.append(context.issue(row.line, .productReference, row.productReference,
                                                "Produit inconnu : référence \(row.productReference) — importez d'abord le catalogue."))
                }
                if !issues.isEmpty { badLines.append(row.line) }
                own.append(issues)
            }
            if conflicts.isEmpty, badLines.isEmpty, let accountID = account(of: first).id {
                orders.append(.init(number: number, kind: first.kind, date: first.date, accountID: accountID, lines: lines))
                continue
            }
            for (row, ownIssues) in zip(valid, own) {
                var issues = conflicts.map { issue in
                    var copy = issue
                    copy.line = row.line
                    copy.value = context.value(of: issue.field, in: row)
                    return copy
                } + ownIssues
                if issues.isEmpty {
                    issues.append(context.issue(row.line, .orderNumber, number, Context.wholeOrderReason(number, badLines.sorted())))
                }
                let ordered = issues.enumerated().sorted {
                    ($0.element.field?.ordinal ?? 99, $0.offset) < ($1.element.field?.ordinal ?? 99, $1.offset)
                }
                rejected.append(.init(line: row.line, orderNumber: number, issues: ordered.map(\.element)))
            }
        }
        var highest: [String: Int] = [:]
        for order in orders {
            if let sequence = OrderHistoryValueParsing.sequence(of: order.number) {
                highest[sequence.key] = max(highest[sequence.key] ?? 0, sequence.value)
            }
        }
        let byLine = rejected.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return OrderHistoryPlan(orders: orders, skipped: skipped, rejected: byLine, highestSequences: highest,
                                columnNames: context.columnNames)
    }

    /// The account a row names: by SIRET, and by code client; `id` is the SIRET's, else the code's.
    private func account(of row: OrderHistoryRow) -> (id: UUID?, bySIRET: UUID?, byReference: UUID?) {
        let bySIRET = row.accountSIRET.flatMap { accountsBySIRET[$0] }
        let byReference = row.accountReference.flatMap { accountsByReference[ProductValueParsing.referenceKey($0)] }
        return (bySIRET ?? byReference, bySIRET, byReference)
    }

    /// Issue wording shared by the steps of `plan`.
    private struct Context {
        let columnNames: [OrderHistoryField: String]

        init(columnNames: [OrderHistoryField: String]) {
            var names = columnNames
            for field in OrderHistoryField.allCases where names[field] == nil { names[field] = field.label(.fr) }
            self.columnNames = names
        }

        func issue(_ line: Int, _ field: OrderHistoryField, _ value: String, _ reason: String) -> OrderHistoryRowIssue {
            OrderHistoryRowIssue(line: line, column: columnNames[field] ?? field.label(.fr), field: field,
                                 reason: reason, value: value)
        }

        /// The order-level disagreements with the first row (line and value set per row later).
        func conflicts(number: String, rows: [OrderHistoryRow]) -> [OrderHistoryRowIssue] {
            guard let first = rows.first else { return [] }
            var issues: [OrderHistoryRowIssue] = []
            if let other = rows.first(where: { $0.date != first.date }) {
                issues.append(issue(0, .date, "", "Commande \(number) : la ligne \(other.line) porte la date du \(other.date.french), la ligne \(first.line) celle du \(first.date.french) ; toutes les lignes d'une commande doivent avoir la même date."))
            }
            if let other = rows.first(where: { accountKey($0) != accountKey(first) }) {
                issues.append(issue(0, first.accountSIRET != nil ? .accountSIRET : .accountReference, "", "Commande \(number) : la ligne \(other.line) désigne le client \(describe(other)), la ligne \(first.line) le client \(describe(first)) ; toutes les lignes d'une commande doivent avoir le même client."))
            }
            if let other = rows.first(where: { $0.kind != first.kind }) {
                issues.append(issue(0, .kind, "", "Commande \(number) : la ligne \(other.line) est \(other.kind.withArticle), la ligne \(first.line) \(first.kind.withArticle) ; une pièce est une commande ou un avoir, pas les deux (sans type de pièce, une quantité négative fait de la ligne un avoir)."))
            }
            return issues
        }

        func accountIssues(_ row: OrderHistoryRow, resolved: (id: UUID?, bySIRET: UUID?, byReference: UUID?)) -> [OrderHistoryRowIssue] {
            let field: OrderHistoryField = row.accountSIRET != nil ? .accountSIRET : .accountReference
            if resolved.id == nil {
                return [issue(row.line, field, value(of: field, in: row), "Compte inconnu : \(describe(row)) — importez d'abord le fichier clients.")]
            }
            if let bySIRET = resolved.bySIRET, let byReference = resolved.byReference, bySIRET != byReference {
                return [issue(row.line, .accountSIRET, value(of: .accountSIRET, in: row),
                              "Le SIRET \(row.accountSIRET ?? "") et le code client \(row.accountReference ?? "") désignent deux comptes différents : corrigez l'un des deux.")]
            }
            return []
        }

        /// The parsed value of `field` in `row`, as the planner's issues show it.
        func value(of field: OrderHistoryField?, in row: OrderHistoryRow) -> String {
            switch field {
            case .date: row.date.french
            case .accountSIRET: row.accountSIRET ?? ""
            case .accountReference: row.accountReference ?? ""
            case .productReference: row.productReference
            case .kind: row.kind.frenchLabel
            default: row.orderNumber
            }
        }

        private func accountKey(_ row: OrderHistoryRow) -> [String?] {
            [row.accountSIRET, row.accountReference.map(ProductValueParsing.referenceKey)]
        }

        /// « SIRET 39009842400034 », « code client C042 », or both.
        private func describe(_ row: OrderHistoryRow) -> String {
            [row.accountSIRET.map { "SIRET \($0)" }, row.accountReference.map { "code client \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
        }

        static func wholeOrderReason(_ number: String, _ lines: [Int]) -> String {
            let list = lines.count == 1 ? "la ligne \(lines[0]) de cette commande est en erreur"
                : "les lignes \(lines.dropLast().map(String.init).joined(separator: ", ")) et \(lines.last!) de cette commande sont en erreur"
            return "Commande \(number) non importée : \(list) (une commande n'est jamais importée à moitié)."
        }
    }
}
