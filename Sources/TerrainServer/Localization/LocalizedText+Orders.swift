import TerrainCore

extension LocalizedText {
    static let ordersTitle = LocalizedText(fr: "Historique des commandes", en: "Order history")
    static let noOrders = LocalizedText(fr: "Aucune commande pour ce compte.", en: "No order for this account.")
    static let orderNumber = LocalizedText(fr: "N°", en: "No.")
    static let orderDate = LocalizedText(fr: "Date", en: "Date")
    static let requestedDelivery = LocalizedText(fr: "Livraison souhaitée", en: "Requested delivery")
    static let rep = LocalizedText(fr: "Commercial", en: "Sales rep")
    static let orderTitle = LocalizedText(fr: "Commande {0}", en: "Order {0}")
    static let creditNoteTitle = LocalizedText(fr: "Avoir {0}", en: "Credit note {0}")
    static let product = LocalizedText(fr: "Produit", en: "Product")
    static let quantity = LocalizedText(fr: "Quantité", en: "Quantity")
    static let unitPriceExclVAT = LocalizedText(fr: "PU HT", en: "Unit price excl. VAT")
    static let discounts = LocalizedText(fr: "Remises", en: "Discounts")
    static let netAmountExclVAT = LocalizedText(fr: "Montant HT", en: "Amount excl. VAT")
    static let vat = LocalizedText(fr: "TVA", en: "VAT")
    static let totalExclVAT = LocalizedText(fr: "Total HT", en: "Total excl. VAT")
    static let vatBase = LocalizedText(fr: "Base HT", en: "Taxable base")
    static let totalVAT = LocalizedText(fr: "Total TVA", en: "Total VAT")
    static let totalInclVAT = LocalizedText(fr: "Total TTC", en: "Total incl. VAT")
    static let purchaseCost = LocalizedText(fr: "Coût d'achat", en: "Purchase cost")
    static let grossMargin = LocalizedText(fr: "Marge commerciale", en: "Gross margin")
    static let vatPerLineNote = LocalizedText(fr: "TVA calculée ligne par ligne (réglage de l'entreprise).", en: "VAT computed line by line (company setting).")

    static func orderStatus(_ status: SalesOrder.Status) -> LocalizedText {
        switch status {
        case .transmitted: return LocalizedText(fr: "Transmise", en: "Transmitted")
        case .confirmed: return LocalizedText(fr: "Confirmée", en: "Confirmed")
        case .delivered: return LocalizedText(fr: "Livrée", en: "Delivered")
        case .installed: return LocalizedText(fr: "Mise en service", en: "Installed")
        case .invoiced: return LocalizedText(fr: "Facturée", en: "Invoiced")
        case .paid: return LocalizedText(fr: "Payée", en: "Paid")
        case .cancelled: return LocalizedText(fr: "Annulée", en: "Cancelled")
        }
    }
}
