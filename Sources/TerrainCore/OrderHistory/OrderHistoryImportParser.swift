import Foundation

/// Reads an order-history CSV file (one row per order line, as an ERP exports its past sales):
/// detects its dialect and reads its header (`CSVTable`), then turns each data row into an
/// `OrderHistoryRow` or a list of `OrderHistoryRowIssue`s. The same file rules as
/// `AccountImportParser` and `ProductImportParser`: UTF-8, UTF-8 with BOM or Windows-1252;
/// `;`, `,` or tab; blank rows skipped; missing trailing cells empty; a non-empty cell beyond
/// the header an issue of its row (« colonne N »); each issue with its physical line, the file's
/// column name and a French reason.
///
/// Values, surrounding spaces ignored:
/// - order number: required, ≤ 40 characters, kept as written;
/// - date: required, `jj/mm/aaaa` or `aaaa-mm-jj`, a day that exists (`DateParsing.parseFrench`:
///   `31/02/2025` is refused, never rolled over);
/// - account: a SIRET (`Identifiers.normalizedSIRET`: spaces and dots allowed, check digit
///   verified) or a code client (≤ 40 characters), at least one;
/// - product reference: required, upper-cased, A–Z, 0–9, `-`, `_`, `.`, ≤ 40 characters
///   (`ProductValueParsing.normalizedReference`);
/// - quantity: required French decimal (`FrenchNumber.parseDecimal`: `1 234,5`, `-3`), not zero;
/// - unit price: required French decimal in euros excl. VAT, `€` or `EUR` allowed after it,
///   zero or more;
/// - discount: optional, `OrderHistoryValueParsing.parseDiscounts` (`10 % + 5 %`);
/// - VAT rate: optional, `ProductValueParsing.parseVATRate` (`20 %`, `5,5`...);
/// - kind: optional, `OrderHistoryValueParsing.parseKind` (`commande`, `avoir`...).
///
/// Order or credit note: with a kind, a credit note's quantity is stored negative whatever its
/// sign in the file (ERPs write it either way), and an order's quantity must be positive (a
/// negative quantity on a « commande » is refused: say « avoir »). Without a kind (no column,
/// or a blank cell), a negative quantity makes the row a credit-note line and a positive one an
/// order line; the planner then refuses an order number whose rows mix both.
///
/// Typical use: `init(data:)`, show `headers` with `suggestedMapping` (and `preview`) for the
/// user to adjust, then give `rows(mapping:)` to `OrderHistoryPlanner.plan(_:)`.
public struct OrderHistoryImportParser: Sendable {
    /// Where the rows come from: a CSV file or a worksheet.
    public let source: CSVTable.Source
    /// The detected dialect (see `CSVTable.dialect` for a spreadsheet).
    public let dialect: CSVDialect
    /// The header cells, trimmed.
    public let headers: [String]
    /// The physical line of the header.
    public let headerLine: Int
    /// The mapping proposed from the headers (`OrderHistoryColumnMapping.automatic(headers:)`).
    public let suggestedMapping: OrderHistoryColumnMapping
    private let body: CSVReader

    /// Decodes the file and reads its header (`CSVTable`); the whole file's quoting is checked
    /// here, so that iterating the rows cannot fail half-way.
    /// - Throws: `CSVImportError.emptyFile`, `.unsupportedEncoding` (UTF-16), `.noHeader`,
    ///   `.unterminatedQuote` or `.unexpectedCharacterAfterQuote` (with the line at fault).
    public init(data: Data) throws(CSVImportError) {
        self.init(table: try CSVTable(data: data))
    }

    /// Reads a table already opened: a CSV file's (`CSVTable(data:)`) or a spreadsheet's rows
    /// (`CSVTable(records:sheetName:)`), with the same rules.
    public init(table: CSVTable) {
        self.source = table.source
        self.dialect = table.dialect
        self.headers = table.headers
        self.headerLine = table.headerLine
        self.suggestedMapping = OrderHistoryColumnMapping.automatic(headers: table.headers)
        self.body = table.body
    }

    /// The data rows under `mapping`, lazily, in file order (see the type's rules).
    public func rows(mapping: OrderHistoryColumnMapping) -> OrderHistoryRows {
        OrderHistoryRows(reader: body, headers: headers, mapping: mapping)
    }

    /// The first `limit` non-blank data rows as cells (padded with empty cells to the header's
    /// width) with the trimmed value each mapped field would receive, for a mapping preview.
    public func preview(mapping: OrderHistoryColumnMapping, limit: Int) -> [OrderHistoryPreviewRow] {
        CSVMappedRows.preview(reader: body, headers: headers, mapping: mapping.fields, limit: limit,
                              firstColumnWins: true, OrderHistoryPreviewRow.init)
    }
}

/// One row of an order-history mapping preview.
public struct OrderHistoryPreviewRow: Hashable, Sendable {
    /// The row's first physical line.
    public var line: Int
    /// The cells as in the file, at least one per header column.
    public var cells: [String]
    /// The trimmed non-empty value each mapped field receives.
    public var values: [OrderHistoryField: String]

    /// A preview row from its parts.
    public init(line: Int, cells: [String], values: [OrderHistoryField: String]) {
        self.line = line
        self.cells = cells
        self.values = values
    }
}

/// The rows of an order-history import, parsed one at a time as they are iterated. The
/// sequence can be iterated more than once.
public struct OrderHistoryRows: Sequence, Sendable {
    let reader: CSVReader
    let headers: [String]
    let mapping: OrderHistoryColumnMapping

    /// The name each field's issues are reported under: the file's header of the column that
    /// feeds it, or the field's French label when no column does (or its header is blank).
    public var columnNames: [OrderHistoryField: String] {
        Dictionary(uniqueKeysWithValues: OrderHistoryField.allCases.map { field in
            let column = mapping.column(of: field)
            let name = column.flatMap { $0 < headers.count && !headers[$0].isEmpty ? headers[$0] : nil }
            return (field, name ?? field.label(.fr))
        })
    }

    /// Starts reading just after the header.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, headers: headers, mapping: mapping, columnNames: columnNames)
    }

    /// Produces `ParsedOrderHistoryRow`s.
    public struct Iterator: IteratorProtocol, Sendable {
        private var rows: CSVMappedRows<OrderHistoryField>
        private let mapping: OrderHistoryColumnMapping
        private let columnNames: [OrderHistoryField: String]

        init(reader: CSVReader, headers: [String], mapping: OrderHistoryColumnMapping,
             columnNames: [OrderHistoryField: String]) {
            self.rows = CSVMappedRows(reader: reader, headers: headers, mapping: mapping.fields, skipsUnmappedCells: false)
            self.mapping = mapping
            self.columnNames = columnNames
        }

        /// The next non-blank row, parsed, or `nil` at the end of the file.
        public mutating func next() -> ParsedOrderHistoryRow? {
            switch rows.next() {
            case nil:
                return nil
            case .failure(let error):
                // Not reachable after `OrderHistoryImportParser.init` checked the structure.
                let line = error.line ?? 0
                return .invalid(line: line, orderNumber: nil, issues: [
                    OrderHistoryRowIssue(line: line, column: "", reason: error.message, value: "")])
            case .success(let line):
                return parse(line: line)
            }
        }

        private func parse(line: Int) -> ParsedOrderHistoryRow {
            var issues: [OrderHistoryRowIssue] = []
            func raw(_ field: OrderHistoryField) -> String { rows.raw(field) }
            func text(_ field: OrderHistoryField) -> String? { raw(field).trimmedNonEmpty }
            func fail(_ field: OrderHistoryField, _ reason: String) {
                issues.append(OrderHistoryRowIssue(line: line, column: columnNames[field] ?? field.label(.fr),
                                                   field: field, reason: reason, value: raw(field)))
            }
            func required(_ field: OrderHistoryField) -> String? {
                guard let value = text(field) else { fail(field, ValidationIssue.required.message(.fr)); return nil }
                return value
            }
            func code(_ field: OrderHistoryField) -> String? {
                guard let value = field.isRequired ? required(field) : text(field) else { return nil }
                if value.exceeds(characters: OrderHistoryValueParsing.maxCodeLength) {
                    fail(field, ValidationIssue.tooLong(max: OrderHistoryValueParsing.maxCodeLength).message(.fr))
                }
                return value
            }

            // The number is kept even when too long, so that the planner can reject its order.
            let orderNumber = code(.orderNumber)
            let date = required(.date).flatMap { text -> LocalDate? in
                guard let date = DateParsing.parseFrench(text) else { fail(.date, ValidationIssue.invalidDate.message(.fr)); return nil }
                return date
            }
            var siret: String?
            if let text = text(.accountSIRET) {
                siret = Identifiers.normalizedSIRET(text)
                if siret == nil { fail(.accountSIRET, ValidationIssue.invalidSIRET.message(.fr)) }
            }
            let accountReference = code(.accountReference)
            if text(.accountSIRET) == nil && accountReference == nil {
                let field: OrderHistoryField = mapping.column(of: .accountReference) != nil
                    && mapping.column(of: .accountSIRET) == nil ? .accountReference : .accountSIRET
                fail(field, Reason.accountRequired)
            }
            let productReference = code(.productReference).flatMap { text -> String? in
                guard let reference = ProductValueParsing.normalizedReference(text) else {
                    fail(.productReference, ValidationIssue.invalidReference.message(.fr))
                    return nil
                }
                return reference
            }
            // The kind is read first (the quantity's sign depends on it), reported in field order.
            let kindText = text(.kind)
            let explicitKind = kindText.flatMap(OrderHistoryValueParsing.parseKind)
            var quantity: Decimal?
            if let text = required(.quantity) {
                switch FrenchNumber.parseDecimal(text) {
                case nil: fail(.quantity, ValidationIssue.invalidNumber.message(.fr))
                case let value? where value == 0: fail(.quantity, Reason.zeroQuantity)
                case let value? where value < 0 && explicitKind == .order: fail(.quantity, Reason.negativeOnOrder)
                case let value?: quantity = value
                }
            }
            var unitPrice: Decimal?
            if let text = required(.unitPrice) {
                switch AccountValidation.parseAmount(text) {
                case nil: fail(.unitPrice, ValidationIssue.invalidNumber.message(.fr))
                case let value? where value < 0: fail(.unitPrice, Reason.negativePrice)
                case let value?: unitPrice = value
                }
            }
            let discounts = OrderHistoryValueParsing.parseDiscounts(raw(.discount))
            if discounts == nil { fail(.discount, Reason.invalidDiscount) }
            var vatRate: VATRate?
            if let text = text(.vatRate) {
                vatRate = ProductValueParsing.parseVATRate(text)
                if vatRate == nil { fail(.vatRate, ValidationIssue.invalidVATRate.message(.fr)) }
            }
            if kindText != nil && explicitKind == nil { fail(.kind, Reason.invalidKind) }
            issues += rows.extraCellIssues { OrderHistoryRowIssue(line: line, column: $0, reason: $1, value: $2) }

            guard issues.isEmpty, let orderNumber, let date, let productReference, let quantity, let unitPrice,
                  let discounts else {
                return .invalid(line: line, orderNumber: orderNumber, issues: issues)
            }
            let kind = explicitKind ?? (quantity < 0 ? .creditNote : .order)
            return .valid(OrderHistoryRow(
                line: line, orderNumber: orderNumber, date: date, accountSIRET: siret,
                accountReference: accountReference, productReference: productReference, kind: kind,
                quantity: kind == .creditNote && quantity > 0 ? -quantity : quantity, unitPrice: unitPrice,
                discounts: discounts, vatRate: vatRate))
        }
    }

    /// The parser's own sentences (the others are `ValidationIssue` messages).
    enum Reason {
        static let accountRequired = "Indiquez le SIRET du client ou son code client : l'un des deux est obligatoire."
        static let zeroQuantity = "La quantité ne peut pas être nulle : une ligne de commande porte au moins une unité."
        static let negativeOnOrder = "Une commande ne peut pas avoir de quantité négative : pour un retour, indiquez « avoir » comme type de pièce."
        static let negativePrice = "Le prix unitaire HT ne peut pas être négatif : pour un avoir, gardez le prix positif et indiquez « avoir » comme type de pièce (ou une quantité négative)."
        static let invalidDiscount = "La remise doit être un pourcentage entre 0 % et 100 % (par exemple 10 % ou 0,10) ; plusieurs remises successives s'écrivent « 10 % + 5 % »."
        static let invalidKind = "Le type de pièce doit être « commande » ou « avoir »."
    }
}
