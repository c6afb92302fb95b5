import Testing
import TerrainCore

@Suite("Catalogue: automatic column mapping")
struct CatalogueColumnMappingTests {
    private func mapped(_ header: String) -> ProductField? {
        ProductColumnMapping.automatic(headers: [header]).fields[0]
    }

    @Test("French and English synonyms, case/accent/punctuation-insensitive", arguments: [
        ("Référence", ProductField.reference as ProductField?), ("Réf.", .reference), ("ref", .reference),
        ("Code article", .reference), ("SKU", .reference), ("code_produit", .reference),
        ("Désignation", .name), ("Libellé", .name), ("libelle", .name), ("Nom", .name), ("Name", .name),
        ("Famille", .family), ("Family", .family), ("Catégorie produit", .family), ("Gamme", .family),
        ("Unité", .unit), ("Unit", .unit), ("UV", .unit),
        ("Conditionnement", .packaging), ("Packaging", .packaging), ("Colisage", .packaging),
        ("Prix de vente HT", .listPrice), ("Prix HT", .listPrice), ("PV HT", .listPrice), ("pv_ht", .listPrice),
        ("List price", .listPrice), ("Price", .listPrice), ("Prix HT (€)", .listPrice),
        ("Coût d'achat HT", .purchaseCost), ("Prix d'achat", .purchaseCost), ("PA HT", .purchaseCost),
        ("Cost", .purchaseCost), ("cout d achat", .purchaseCost),
        ("TVA", .vatRate), ("Taux de TVA", .vatRate), ("VAT", .vatRate), ("TVA %", .vatRate), ("% TVA", .vatRate),
        ("Prix plancher", .floorPrice), ("Floor price", .floorPrice), ("Prix plancher HT", .floorPrice),
        ("Remise max", .maxDiscountRate), ("Remise maximale", .maxDiscountRate), ("Max discount", .maxDiscountRate),
        ("Remise max (%)", .maxDiscountRate),
        ("Actif", .active), ("active", .active), ("Actif (Oui/Non)", .active),
        ("Stock", nil), ("Prix TTC", nil), ("Remise", nil),   // not product fields: ignored
    ])
    func synonyms(header: String, expected: ProductField?) {
        #expect(mapped(header) == expected)
    }

    @Test("the French and English labels and the code names map to their fields")
    func labels() {
        for field in ProductField.allCases {
            #expect(mapped(field.label(.fr)) == field)
            #expect(mapped(field.label(.en)) == field)
            #expect(mapped(field.rawValue) == field)
        }
    }

    @Test("a field is mapped once, the first column wins; missing required fields are listed")
    func onceAndMissing() {
        let mapping = ProductColumnMapping.automatic(headers: ["Réf", "Désignation", "Code article", "Prix", "Stock"])
        #expect(mapping.fields == [.reference, .name, nil, .listPrice, nil])
        #expect(mapping.column(of: .listPrice) == 3)
        #expect(mapping.column(of: .vatRate) == nil)
        #expect(mapping.missingRequiredFields == [.vatRate])
    }
}
