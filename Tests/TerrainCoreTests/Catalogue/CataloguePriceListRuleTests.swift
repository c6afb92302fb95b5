import Foundation
import Testing
import TerrainCore

@Suite("Catalogue: price lists")
struct CataloguePriceListRuleTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
    private func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    // Three products (list prices): EV-50 0,45 €; BRD-075 6,90 €; JUS-ORA-1L 1,85 €.
    private var water: ProductDraft { ProductDraft(reference: "EV-50", name: "Eau plate 50 cl", listPrice: d("0.45"), vatRate: .reduced) }
    private var wine: ProductDraft { ProductDraft(reference: "BRD-075", name: "Bordeaux 75 cl", listPrice: d("6.90"), vatRate: .standard) }
    private var juice: ProductDraft { ProductDraft(reference: "JUS-ORA-1L", name: "Jus d'orange 1 L", listPrice: d("1.85"), vatRate: .reduced) }

    // Default list: EV-50 0,42, BRD-075 6,50. CHR: EV-50 0,39. Épicerie fine: BRD-075 6,10 and
    // JUS-ORA-1L 1,99 (above its list price of 1,85).
    private var lists: [PriceList] {
        [
            PriceList(id: id(1), name: "Tarif général", prices: ["EV-50": d("0.42"), "BRD-075": d("6.50")]),
            PriceList(id: id(2), name: "Tarif CHR", customerCategory: "CHR", prices: ["ev-50": d("0.39")]),
            PriceList(id: id(3), name: "Tarif épiceries", customerCategory: "Épicerie fine",
                      prices: ["BRD-075": d("6.10"), "JUS-ORA-1L": d("1.99")]),
        ]
    }

    @Test("the category's list when it prices the product, case-insensitively")
    func categoryList() throws {
        let rule = try PriceListRule(lists: lists)
        // "chr" folds to the key of "CHR"; the CHR list has EV-50 (entered as "ev-50") at 0,39.
        #expect(rule.price(of: water, accountCategory: "chr") ==
                AppliedPrice(unitPrice: d("0.39"), source: .categoryList(id: id(2), name: "Tarif CHR")))
        // Surrounding spaces are ignored.
        #expect(rule.price(of: water, accountCategory: "  CHR ").unitPrice == d("0.39"))
    }

    @Test("accent-insensitive categories")
    func accents() throws {
        let rule = try PriceListRule(lists: lists)
        // "epicerie FINE" and "Épicerie fine" both fold to "epicerie fine": 6,10 from that list.
        #expect(rule.price(of: wine, accountCategory: "epicerie FINE") ==
                AppliedPrice(unitPrice: d("6.10"), source: .categoryList(id: id(3), name: "Tarif épiceries")))
    }

    @Test("the default list when the category's list does not price the product")
    func fallbackToDefault() throws {
        let rule = try PriceListRule(lists: lists)
        // CHR has no BRD-075: the default list's 6,50.
        #expect(rule.price(of: wine, accountCategory: "CHR") ==
                AppliedPrice(unitPrice: d("6.50"), source: .defaultList(id: id(1), name: "Tarif général")))
        // No list for "Collectivités": the default list's 0,42 for EV-50.
        #expect(rule.price(of: water, accountCategory: "Collectivités").source == .defaultList(id: id(1), name: "Tarif général"))
        // No category (nil or blank): the default list.
        #expect(rule.price(of: water, accountCategory: nil).unitPrice == d("0.42"))
        #expect(rule.price(of: water, accountCategory: "  ").unitPrice == d("0.42"))
    }

    @Test("the product's list price when no list prices it")
    func fallbackToListPrice() throws {
        let rule = try PriceListRule(lists: lists)
        // JUS-ORA-1L: not in CHR, not in the default list → its own 1,85.
        #expect(rule.price(of: juice, accountCategory: "CHR") == AppliedPrice(unitPrice: d("1.85"), source: .productListPrice))
        #expect(rule.price(of: juice, accountCategory: nil) == AppliedPrice(unitPrice: d("1.85"), source: .productListPrice))
    }

    @Test("a category price above the list price still applies (the rule is not 'lowest price')")
    func notLowest() throws {
        let rule = try PriceListRule(lists: lists)
        // Épicerie fine prices JUS-ORA-1L at 1,99 > 1,85: 1,99 applies.
        #expect(rule.price(of: juice, accountCategory: "Épicerie fine").unitPrice == d("1.99"))
    }

    @Test("by account, and by reference whatever its case")
    func accountAndReference() throws {
        let rule = try PriceListRule(lists: lists)
        let account = AccountDraft(legalName: "Bar du Port", category: "CHR")
        #expect(rule.price(of: water, for: account).unitPrice == d("0.39"))
        #expect(rule.price(reference: " ev-50", listPrice: d("0.45"), accountCategory: "CHR").unitPrice == d("0.39"))
    }

    @Test("no lists at all: every product at its list price")
    func noLists() throws {
        let rule = try PriceListRule(lists: [])
        #expect(rule.price(of: wine, accountCategory: "CHR") == AppliedPrice(unitPrice: d("6.90"), source: .productListPrice))
    }

    @Test("the applied price is where negotiation starts")
    func negotiation() throws {
        let rule = try PriceListRule(lists: lists)
        // CHR price 0,39, floor 0,35, max 10 %: −10 % gives 0,351 ≥ 0,35, allowed.
        let product = ProductDraft(reference: "EV-50", name: "Eau", listPrice: d("0.45"), vatRate: .reduced,
                                   floorPrice: d("0.35"), maxDiscountRate: d("0.10"))
        let applied = rule.price(of: product, accountCategory: "CHR")
        let check = product.latitude.check(listPrice: applied.unitPrice, discounts: [d("0.10")])
        #expect(check.netUnitPrice == d("0.351"))
        #expect(check.isWithinLatitude)
    }

    @Test("invalid sets of lists are refused, with a French message")
    func errors() {
        let general = PriceList(id: id(1), name: "Tarif général")
        let chr = PriceList(id: id(2), name: "Tarif CHR", customerCategory: "CHR")
        #expect(throws: PriceListError.noDefaultList) { try PriceListRule(lists: [chr]) }
        // A blank category counts as none: two defaults.
        #expect(throws: PriceListError.severalDefaultLists(names: ["Tarif général", "Tarif 2025"])) {
            try PriceListRule(lists: [general, PriceList(id: id(4), name: "Tarif 2025", customerCategory: " ")])
        }
        #expect(throws: PriceListError.sameCategory(category: "CHR", names: ["Tarif CHR", "Tarif bars"])) {
            try PriceListRule(lists: [general, chr, PriceList(id: id(5), name: "Tarif bars", customerCategory: "chr ")])
        }
        #expect(throws: PriceListError.duplicateReference(list: "Tarif CHR", reference: "EV-50")) {
            try PriceListRule(lists: [general, PriceList(id: id(2), name: "Tarif CHR", customerCategory: "CHR",
                                                         prices: ["EV-50": 1, "ev-50": 2])])
        }
        #expect(throws: PriceListError.negativePrice(list: "Tarif général", reference: "EV-50")) {
            try PriceListRule(lists: [PriceList(id: id(1), name: "Tarif général", prices: ["EV-50": -1])])
        }
        #expect(PriceListError.sameCategory(category: "CHR", names: ["Tarif CHR", "Tarif bars"]).message(.fr)
                == "Plusieurs tarifs sont pour la catégorie « CHR » : Tarif CHR, Tarif bars. Gardez-en un seul.")
        #expect(general.isDefault && !chr.isDefault)
    }
}
