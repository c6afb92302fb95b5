import Foundation
import Testing
import TerrainCore

@Suite("Catalogue: product validation")
struct CatalogueProductValidationTests {
    /// An exact decimal from its text (a `Decimal` float literal would go through `Double`).
    private func d(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    private func issues(_ fields: [ProductField: String]) -> [FieldIssueOf<ProductField>] {
        guard case .failure(let issues) = ProductValidation.validate(fields) else { return [] }
        return issues.issues
    }

    @Test("labels in French and English")
    func labels() {
        #expect(ProductField.allCases.map { $0.label(.fr) } == [
            "Référence", "Désignation", "Famille", "Unité", "Conditionnement", "Prix de vente HT",
            "Coût d'achat HT", "Taux de TVA", "Prix plancher HT", "Remise maximale", "Actif",
        ])
        #expect(ProductField.allCases.map { $0.label(.en) } == [
            "Reference", "Name", "Family", "Unit", "Packaging", "List price excl. VAT",
            "Purchase cost excl. VAT", "VAT rate", "Floor price excl. VAT", "Maximum discount", "Active",
        ])
        #expect(ProductField.allCases.filter(\.isRequired) == [.reference, .name, .listPrice, .vatRate])
    }

    @Test("a complete product, normalised")
    func complete() throws {
        let draft = try ProductValidation.validate([
            .reference: " brd-075 ", .name: " Bordeaux rouge 75 cl ", .family: "Vins", .unit: "bouteille",
            .packaging: "Carton de 6", .listPrice: "6,90 €", .purchaseCost: "4,10", .vatRate: "20 %",
            .floorPrice: "6.20", .maxDiscountRate: "10 %", .active: "Oui",
        ]).get()
        #expect(draft == ProductDraft(
            reference: "BRD-075",                        // trimmed, upper-cased
            name: "Bordeaux rouge 75 cl",                // trimmed
            family: "Vins", unit: "bouteille", packaging: "Carton de 6",
            listPrice: d("6.90"),                        // "6,90 €": decimal comma, € dropped
            purchaseCost: d("4.10"), vatRate: .standard,
            floorPrice: d("6.20"),                       // a dot reads the same
            maxDiscountRate: d("0.10"),                  // 10 % = 0,10
            active: true))
    }

    @Test("the minimum: optional fields absent, active by default")
    func minimum() throws {
        let draft = try ProductValidation.validate([
            .reference: "EV-50", .name: "Eau plate 50 cl", .listPrice: "0,45", .vatRate: "5,5", .family: "  ",
        ]).get()
        #expect(draft == ProductDraft(reference: "EV-50", name: "Eau plate 50 cl", listPrice: d("0.45"),
                                      vatRate: .reduced))
        #expect(draft.family == nil)                     // blank counts as absent
        #expect(draft.active)
        #expect(draft.latitude == NegotiationLatitude())
    }

    @Test("nothing given: the four required fields, in field order")
    func required() {
        #expect(issues([:]) == [
            FieldIssueOf(field: .reference, issue: .required, value: ""),
            FieldIssueOf(field: .name, issue: .required, value: ""),
            FieldIssueOf(field: .listPrice, issue: .required, value: ""),
            FieldIssueOf(field: .vatRate, issue: .required, value: ""),
        ])
    }

    @Test("every issue is reported, in field order, with the value as given")
    func allIssues() {
        let found = issues([
            .active: "peut-être", .maxDiscountRate: "150 %", .floorPrice: "-1", .vatRate: "7 %",
            .purchaseCost: "abc", .listPrice: "-3", .unit: String(repeating: "u", count: 41),
            .name: "Eau", .reference: "EV 50",
        ])
        #expect(found == [
            FieldIssueOf(field: .reference, issue: ProductIssue.invalidReference.standIn, value: "EV 50"),
            FieldIssueOf(field: .unit, issue: .tooLong(max: 40), value: String(repeating: "u", count: 41)),
            FieldIssueOf(field: .listPrice, issue: .negativeNumber, value: "-3"),
            FieldIssueOf(field: .purchaseCost, issue: .invalidNumber, value: "abc"),
            FieldIssueOf(field: .vatRate, issue: ProductIssue.invalidVATRate.standIn, value: "7 %"),
            FieldIssueOf(field: .floorPrice, issue: .negativeNumber, value: "-1"),
            FieldIssueOf(field: .maxDiscountRate, issue: ProductIssue.rateAboveOne.standIn, value: "150 %"),
            FieldIssueOf(field: .active, issue: .invalidBoolean, value: "peut-être"),
        ])
    }

    @Test("a reference may be both too long and malformed")
    func longReference() {
        // 40 × A, a space, B: 42 characters with a space, two issues on the same field, length first.
        let reference = String(repeating: "A", count: 40) + " "
        let long = " " + reference + "B"
        #expect(issues([.reference: long, .name: "x", .listPrice: "1", .vatRate: "20"]).map(\.issue) == [
            .tooLong(max: 40), ProductIssue.invalidReference.standIn,
        ])
        // Exactly 40 characters is fine.
        #expect(issues([.reference: String(repeating: "A", count: 40), .name: "x", .listPrice: "1", .vatRate: "20"]).isEmpty)
    }

    @Test("maximum discount: 15 %, 15 and 0,15 all give 0,15; 0 and 100 % are the bounds")
    func maxDiscount() throws {
        func rate(_ text: String) throws -> Decimal? {
            try ProductValidation.validate([.reference: "A", .name: "x", .listPrice: "1", .vatRate: "20",
                                            .maxDiscountRate: text]).get().maxDiscountRate
        }
        #expect(try rate("15 %") == d("0.15"))
        #expect(try rate("15") == d("0.15"))
        #expect(try rate("0,15") == d("0.15"))
        #expect(try rate("0") == 0)
        #expect(try rate("100 %") == 1)
        #expect(issues([.reference: "A", .name: "x", .listPrice: "1", .vatRate: "20", .maxDiscountRate: "-5 %"])
            == [FieldIssueOf(field: .maxDiscountRate, issue: .negativeNumber, value: "-5 %")])
        #expect(issues([.reference: "A", .name: "x", .listPrice: "1", .vatRate: "20", .maxDiscountRate: "beaucoup"])
            == [FieldIssueOf(field: .maxDiscountRate, issue: .invalidNumber, value: "beaucoup")])
    }

    @Test("floor price: at most the list price; a purchase cost above the list price is allowed")
    func crossField() throws {
        let base: [ProductField: String] = [.reference: "BIE-30", .name: "Fût 30 L", .listPrice: "89", .vatRate: "20"]
        // 95 > 89: rejected, on the floor price field.
        #expect(issues(base.merging([.floorPrice: "95"]) { $1 }) == [
            FieldIssueOf(field: .floorPrice, issue: ProductIssue.floorAboveListPrice.standIn, value: "95"),
        ])
        // 89 = 89: a floor equal to the list price (no discount possible) is allowed.
        #expect(try ProductValidation.validate(base.merging([.floorPrice: "89,00"]) { $1 }).get().floorPrice == 89)
        // Cost 92 > price 89 (sold at a loss) and floor 80 < cost 92: both allowed.
        let loss = try ProductValidation.validate(base.merging([.purchaseCost: "92", .floorPrice: "80"]) { $1 }).get()
        #expect(loss.purchaseCost == 92)
        #expect(loss.latitude == NegotiationLatitude(floorPrice: 80, maxDiscountRate: nil))
        // A list price that does not parse: the floor is not compared with anything.
        #expect(issues(base.merging([.listPrice: "n/a", .floorPrice: "95"]) { $1 }).map(\.field) == [.listPrice])
    }

    @Test("active: Oui/Non and the other yes/no spellings, plus actif/inactif", arguments: [
        ("Oui", true), ("non", false), ("O", true), ("N", false), ("1", true), ("0", false),
        ("yes", true), ("False", false), ("x", true), ("Actif", true), ("INACTIF", false), ("inactive", false),
    ])
    func active(raw: String, expected: Bool) throws {
        let draft = try ProductValidation.validate([.reference: "A", .name: "x", .listPrice: "1", .vatRate: "20",
                                                    .active: raw]).get()
        #expect(draft.active == expected)
    }

    @Test("the latitude carries the floor price and the maximum discount")
    func latitude() throws {
        let draft = try ProductValidation.validate([.reference: "EV-50", .name: "Eau", .listPrice: "0,45",
                                                    .vatRate: "5,5 %", .floorPrice: "0,40", .maxDiscountRate: "10 %"]).get()
        #expect(draft.latitude == NegotiationLatitude(floorPrice: d("0.40"), maxDiscountRate: d("0.10")))
        // −10 % on 0,45 gives 0,405 ≥ 0,40 and 10 % ≤ 10 %: within the latitude.
        #expect(draft.latitude.check(listPrice: draft.listPrice, discounts: [d("0.10")]).isWithinLatitude)
        // −12 % gives 0,396 < 0,40 and 12 % > 10 %: outside.
        #expect(!draft.latitude.check(listPrice: draft.listPrice, discounts: [d("0.12")]).isWithinLatitude)
    }

    @Test("form values are French and validate back to the same draft")
    func formValues() throws {
        let draft = ProductDraft(reference: "JUS-ORA-1L", name: "Jus d'orange 1 L", family: "Jus", unit: "bouteille",
                                 packaging: "Carton de 6", listPrice: d("1.85"), purchaseCost: d("0.925"),
                                 vatRate: .reduced, floorPrice: d("1.6"), maxDiscountRate: d("0.125"), active: false)
        let values = draft.formValues()
        #expect(values == [
            .reference: "JUS-ORA-1L", .name: "Jus d'orange 1 L", .family: "Jus", .unit: "bouteille",
            .packaging: "Carton de 6", .listPrice: "1,85", .purchaseCost: "0,925", .vatRate: "5,5 %",
            .floorPrice: "1,6", .maxDiscountRate: "12,5 %",   // 0,125 × 100 = 12,5
            .active: "Non",
        ])
        #expect(try ProductValidation.validate(values).get() == draft)
        // Absent values are left out.
        let bare = ProductDraft(reference: "A", name: "x", listPrice: 0, vatRate: .zero)
        #expect(bare.formValues() == [.reference: "A", .name: "x", .listPrice: "0", .vatRate: "0 %", .active: "Oui"])
        #expect(try ProductValidation.validate(bare.formValues()).get() == bare)
    }

    @Test("product issues have their own messages; other issues keep theirs")
    func messages() {
        let failure = ProductValidation.validate([.reference: "EV 50", .name: "Eau", .listPrice: "1", .vatRate: "7",
                                                  .floorPrice: "2", .maxDiscountRate: "2 %%"])
        guard case .failure(let found) = failure else { Issue.record("expected a failure"); return }
        #expect(ProductValidation.messagesByField(found, .fr) == [
            .reference: [ProductIssue.invalidReference.message(.fr)],
            .vatRate: ["Le taux de TVA doit être un taux français : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %."],
            .floorPrice: ["Le prix plancher ne peut pas dépasser le prix de vente HT : saisissez un prix plancher inférieur ou égal au prix de vente."],
            .maxDiscountRate: [ValidationIssue.invalidNumber.message(.fr)],
        ])
        #expect(ProductValidation.message(for: found[0], .en).hasPrefix("The reference may only contain"))
        // A stand-in on another field is not a product issue.
        #expect(ProductIssue(field: .name, issue: ProductIssue.invalidReference.standIn) == nil)
        for issue in ProductIssue.allCases {
            #expect(ProductIssue(field: issue.field, issue: issue.standIn) == issue)
        }
    }
}
