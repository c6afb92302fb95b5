/// The columns of an order-history file (historique de commandes), one row per order line, as
/// an ERP exports it: order number, date, account, product, quantity, unit price, discounts.
///
/// The order of the cases is the order of the issues `OrderHistoryImportParser` reports.
public enum OrderHistoryField: String, CaseIterable, Sendable, Codable {
    /// The ERP's order or credit-note number (n° de commande, n° de pièce), e.g. `CMD-2024-00012`;
    /// all rows with the same number are the lines of one order. Required.
    case orderNumber
    /// The order date (date de commande), `jj/mm/aaaa` or `aaaa-mm-jj`. Required.
    case date
    /// The SIRET of the customer's establishment (14 digits). This or `accountReference` is
    /// required.
    case accountSIRET
    /// The customer's code in the ERP (code client). This or `accountSIRET` is required.
    case accountReference
    /// The product code of the line (référence article), as in the catalogue. Required.
    case productReference
    /// Quantity in the product's selling unit; decimals allowed. Required, not zero.
    case quantity
    /// Unit price excl. VAT before discounts, in euros (prix unitaire HT brut). Required.
    case unitPrice
    /// Successive discounts of the line (remises), e.g. `10 % + 5 %`. Optional.
    case discount
    /// The line's VAT rate; the product's own rate when absent. Optional.
    case vatRate
    /// Order or credit note (type de pièce : commande / avoir). Optional: when absent, the sign
    /// of the quantity decides.
    case kind

    /// The label shown in import reports and in the mapping screen.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.orderNumber, .fr): "N° de commande"
        case (.orderNumber, .en): "Order number"
        case (.date, .fr): "Date de commande"
        case (.date, .en): "Order date"
        case (.accountSIRET, .fr): "SIRET client"
        case (.accountSIRET, .en): "Customer SIRET"
        case (.accountReference, .fr): "Code client"
        case (.accountReference, .en): "Account reference"
        case (.productReference, .fr): "Référence article"
        case (.productReference, .en): "Product reference"
        case (.quantity, .fr): "Quantité"
        case (.quantity, .en): "Quantity"
        case (.unitPrice, .fr): "Prix unitaire HT"
        case (.unitPrice, .en): "Unit price excl. VAT"
        case (.discount, .fr): "Remise"
        case (.discount, .en): "Discount"
        case (.vatRate, .fr): "Taux de TVA"
        case (.vatRate, .en): "VAT rate"
        case (.kind, .fr): "Type de pièce"
        case (.kind, .en): "Document type"
        }
    }

    /// `true` for the fields every row needs: order number, date, product reference, quantity and
    /// unit price. The account needs `accountSIRET` or `accountReference`, either one.
    public var isRequired: Bool {
        switch self {
        case .orderNumber, .date, .productReference, .quantity, .unitPrice: true
        default: false
        }
    }

    /// Position in `allCases`, used to store a row's values in a flat array.
    var ordinal: Int {
        switch self {
        case .orderNumber: 0
        case .date: 1
        case .accountSIRET: 2
        case .accountReference: 3
        case .productReference: 4
        case .quantity: 5
        case .unitPrice: 6
        case .discount: 7
        case .vatRate: 8
        case .kind: 9
        }
    }
}

/// The kind of an imported document: the same as an order's (`OrderKind`).
public typealias OrderHistoryKind = OrderKind

extension OrderKind {
    /// The French word: « commande » or « avoir ».
    public var frenchLabel: String {
        switch self {
        case .order: "commande"
        case .creditNote: "avoir"
        }
    }

    /// « une commande » or « un avoir ».
    var withArticle: String {
        switch self {
        case .order: "une commande"
        case .creditNote: "un avoir"
        }
    }
}
