/// Which order-history field each column of an imported file feeds.
public struct OrderHistoryColumnMapping: Hashable, Codable, Sendable {
    /// One entry per column, in file order; `nil` means the column is ignored (a product name,
    /// a line amount the ERP computed...).
    public var fields: [OrderHistoryField?]

    /// A mapping with one entry per column (`nil`: column ignored).
    public init(fields: [OrderHistoryField?]) {
        self.fields = fields
    }

    /// The column index that feeds `field`, if any (the first one).
    public func column(of field: OrderHistoryField) -> Int? {
        fields.firstIndex(of: field)
    }

    /// Required fields no column feeds: the import would reject every row. Show them before
    /// importing. When neither account column is mapped, `.accountSIRET` is listed (a SIRET or a
    /// code client column is needed).
    public var missingRequiredFields: [OrderHistoryField] {
        OrderHistoryField.allCases.filter { field in
            if field == .accountSIRET { return !fields.contains(.accountSIRET) && !fields.contains(.accountReference) }
            return field.isRequired && !fields.contains(field)
        }
    }

    /// Proposes a mapping from the header cells, as `ColumnMapping.automatic(headers:)` does for
    /// accounts.
    ///
    /// A header matches a field when, folded (lower case, accents removed, everything but
    /// letters and digits removed), it equals one of the field's synonyms folded the same way, or
    /// its French or English label, or its code name: `N° commande`, `n° pièce` →
    /// `.orderNumber`; `Code client` → `.accountReference`; `Réf article`, `SKU` →
    /// `.productReference`; `Qté` → `.quantity`; `PU HT` → `.unitPrice`; `Remises` →
    /// `.discount`... (see `synonyms`). Whole headers only; a field is mapped once, the first
    /// column wins. `Client` and `Article` stay unmapped: ERP exports put names there as often
    /// as codes.
    public static func automatic(headers: [String]) -> OrderHistoryColumnMapping {
        var used = Set<OrderHistoryField>()
        let fields = headers.map { header -> OrderHistoryField? in
            guard let field = lookup[ColumnMapping.headerKey(header)], !used.contains(field) else { return nil }
            used.insert(field)
            return field
        }
        return OrderHistoryColumnMapping(fields: fields)
    }

    /// The header synonyms of each field, in French and English, as ERP exports write them.
    public static let synonyms: [OrderHistoryField: [String]] = [
        .orderNumber: ["n° commande", "n° de commande", "numéro de commande", "numéro commande", "no commande",
                       "commande", "order number", "order no", "order", "n° pièce", "numéro de pièce", "pièce",
                       "n° document", "document number"],
        .date: ["date", "date de commande", "date commande", "order date", "date pièce", "date de pièce",
                "date du document", "document date"],
        .accountSIRET: ["siret", "siret client", "n° siret", "numéro siret", "customer siret", "siret du client"],
        .accountReference: ["code client", "référence client", "réf client", "ref client", "n° client",
                            "numéro client", "account reference", "customer code", "customer reference",
                            "compte client"],
        .productReference: ["référence", "réf", "ref", "ref article", "réf article", "référence article",
                            "code article", "code produit", "product reference", "product code", "item code",
                            "sku"],
        .quantity: ["quantité", "qté", "qte", "qty", "quantity", "quantité commandée", "qté commandée"],
        .unitPrice: ["prix unitaire HT", "PU HT", "prix unitaire", "PU", "unit price", "prix HT", "prix",
                     "prix unitaire brut HT", "PU brut HT", "unit price excl. VAT"],
        .discount: ["remise", "remises", "discount", "discounts", "remise %", "% remise", "taux de remise"],
        .vatRate: ["TVA", "taux de TVA", "taux TVA", "TVA %", "% TVA", "VAT", "VAT rate", "code TVA"],
        .kind: ["type", "type de pièce", "type pièce", "nature", "nature de pièce", "type de document",
                "document type", "kind", "sens"],
    ]

    private static let lookup: [String: OrderHistoryField] = {
        var table: [String: OrderHistoryField] = [:]
        for field in OrderHistoryField.allCases {
            for synonym in synonyms[field] ?? [] { table[ColumnMapping.headerKey(synonym)] = field }
        }
        for field in OrderHistoryField.allCases {
            for name in [field.label(.fr), field.label(.en), field.rawValue] {
                let key = ColumnMapping.headerKey(name)
                table[key] = table[key] ?? field
            }
        }
        return table
    }()
}
