/// Which product field each column of an imported catalogue file feeds.
public struct ProductColumnMapping: Hashable, Codable, Sendable {
    /// One entry per column, in file order; `nil` means the column is ignored.
    public var fields: [ProductField?]

    /// A mapping with one entry per column (`nil`: column ignored).
    public init(fields: [ProductField?]) {
        self.fields = fields
    }

    /// The column index that feeds `field`, if any (the first one).
    public func column(of field: ProductField) -> Int? {
        fields.firstIndex(of: field)
    }

    /// Required fields no column feeds (reference, name, list price, VAT rate): the import would
    /// reject every row. Show them before importing.
    public var missingRequiredFields: [ProductField] {
        ProductField.allCases.filter { $0.isRequired && !fields.contains($0) }
    }

    /// Proposes a mapping from the header cells, as `ColumnMapping.automatic(headers:)` does for
    /// accounts.
    ///
    /// A header matches a field when, folded (lower case, accents removed, everything but
    /// letters and digits removed), it equals one of the field's synonyms folded the same way,
    /// or its French or English label, or its code name: `Réf.`, `Code article`, `SKU` →
    /// `.reference`; `Libellé`, `Name` → `.name`; `PV HT`, `Prix HT (€)` → `.listPrice`;
    /// `TVA %` → `.vatRate`... (see `synonyms`). Whole headers only. A field is mapped once;
    /// the first column wins.
    public static func automatic(headers: [String]) -> ProductColumnMapping {
        var used = Set<ProductField>()
        let fields = headers.map { header -> ProductField? in
            guard let field = lookup[ColumnMapping.headerKey(header)], !used.contains(field) else { return nil }
            used.insert(field)
            return field
        }
        return ProductColumnMapping(fields: fields)
    }

    /// The header synonyms of each field, in French and English, as users write them.
    public static let synonyms: [ProductField: [String]] = [
        .reference: ["référence", "réf", "ref", "reference", "code article", "code produit", "sku", "code",
                     "référence article", "product code", "item code"],
        .name: ["désignation", "libellé", "nom", "name", "libellé article", "nom du produit", "produit",
                "product", "product name", "designation"],
        .family: ["famille", "family", "catégorie produit", "catégorie de produit", "famille de produits",
                  "gamme", "product family", "product category", "catégorie", "category"],
        .unit: ["unité", "unit", "unité de vente", "uv", "unit of measure", "uom"],
        .packaging: ["conditionnement", "packaging", "colisage", "colis", "pack"],
        .listPrice: ["prix de vente HT", "prix HT", "PV HT", "list price", "price", "prix", "prix de vente",
                     "tarif", "prix unitaire HT", "PU HT", "unit price", "prix HT (€)"],
        .purchaseCost: ["coût d'achat HT", "coût d'achat", "prix d'achat", "prix d'achat HT", "PA HT", "PA",
                        "cost", "purchase cost", "coût", "coût de revient"],
        .vatRate: ["TVA", "taux de TVA", "taux TVA", "VAT", "VAT rate", "TVA %", "% TVA", "code TVA"],
        .floorPrice: ["prix plancher", "prix plancher HT", "floor price", "floor", "prix minimum", "prix mini"],
        .maxDiscountRate: ["remise max", "remise maximale", "remise maxi", "remise max %", "max discount",
                           "maximum discount", "remise maximum"],
        .active: ["actif", "active", "en vente", "actif (oui/non)"],
    ]

    private static let lookup: [String: ProductField] = {
        var table: [String: ProductField] = [:]
        for field in ProductField.allCases {
            for synonym in synonyms[field] ?? [] { table[ColumnMapping.headerKey(synonym)] = field }
        }
        for field in ProductField.allCases {
            for name in [field.label(.fr), field.label(.en), field.rawValue] {
                let key = ColumnMapping.headerKey(name)
                table[key] = table[key] ?? field
            }
        }
        return table
    }()
}
