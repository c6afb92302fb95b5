import Foundation
import Testing
import TerrainCore

@Suite struct OrderFormValidationTests {
    /// Keg at 100 € for this account, floor 82 €, maximum discount 15 %, cost 60 €, VAT 20 %.
    let keg = CatalogueOffer(reference: "FUT-30", name: "Fût 30 L", appliedPrice: 100, vatRate: .standard, unitCost: 60,
                             latitude: NegotiationLatitude(floorPrice: 82, maxDiscountRate: Decimal(string: "0.15")!))
    /// Syrup at 4,50 €, no latitude limits, VAT 5,5 %.
    let syrup = CatalogueOffer(reference: "SIR-01", name: "Sirop de menthe", appliedPrice: Decimal(string: "4.5")!,
                               vatRate: .reduced, unitCost: nil, latitude: NegotiationLatitude())
    let old = CatalogueOffer(reference: "OLD-1", name: "Ancien", appliedPrice: 1, vatRate: .standard, unitCost: nil,
                             latitude: NegotiationLatitude(), active: false)

    func lookup(_ reference: String) -> CatalogueOffer? {
        [keg, syrup, old].first { $0.reference == reference }
    }

    @Test func blankUnitPriceTakesTheAppliedPriceAndDiscountsCascade() {
        let form = [OrderFormLine(product: " fut-30 ", quantity: "2", discounts: "10 + 5"), OrderFormLine(),
                    OrderFormLine(product: "SIR-01", quantity: "12")]
        let result = OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup)
        #expect(result.errors.isEmpty)
        #expect(result.lines.map(\.formIndex) == [0, 2])
        let first = result.lines[0]
        #expect(first.line.unitPrice == 100)
        // 100 × 0,90 × 0,95 = 85,50 € net; × 2 = 171,00 € excl. VAT.
        #expect(first.line.netAmount == 171)
        // Combined discount 1 − 0,90 × 0,95 = 0,145.
        #expect(first.latitude.combinedDiscountRate == Decimal(string: "0.145")!)
        // Syrup: 12 × 4,50 = 54,00 €.
        #expect(result.lines[1].line.netAmount == 54)
    }

    @Test func repCannotGoBelowTheFloorOrAboveTheMaximumDiscount() {
        // −10 % −5 % −5 %: 100 × 0,9 × 0,95 × 0,95 = 81,225 € < 82 € floor; combined
        // 1 − 0,81225 = 18,775 % > 15 %.
        let form = [OrderFormLine(product: "FUT-30", quantity: "1", discounts: "10+5+5")]
        let rep = OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup)
        #expect(rep.lines.isEmpty)
        #expect(rep.errors.map(\.issue) == [
            .belowFloorPrice(net: Decimal(string: "81.225")!, floor: 82),
            .aboveMaxDiscount(rate: Decimal(string: "0.18775")!, max: Decimal(string: "0.15")!),
        ])
        #expect(rep.errors.allSatisfy { $0.field == .discounts && $0.formIndex == 0 })
        #expect(rep.errors[0].issue.message(.fr) == "Hors marge de manœuvre : le prix net 81,23\u{00A0}€ est sous le prix plancher 82,00\u{00A0}€.")

        let manager = OrderFormValidation.validate(form, kind: .order, policy: .warn, offer: lookup)
        #expect(manager.isValid)
        #expect(manager.warnings.count == 2)
        #expect(manager.lines.count == 1)
    }

    @Test func aTypedLowerPriceCountsAsADiscount() {
        // Typed 84 € on an applied 100 €: a 16 % discount, above the 15 % maximum, though above
        // the 82 € floor.
        let form = [OrderFormLine(product: "FUT-30", quantity: "1", unitPrice: "84,00 €")]
        let result = OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup)
        #expect(result.errors.map(\.issue) == [.aboveMaxDiscount(rate: Decimal(string: "0.16")!, max: Decimal(string: "0.15")!)])
        #expect(result.errors.first?.field == .unitPrice)
    }

    @Test func creditNoteStoresNegativeQuantitiesWithoutLatitude() {
        let form = [OrderFormLine(product: "FUT-30", quantity: "1", discounts: "50")]
        let result = OrderFormValidation.validate(form, kind: .creditNote, policy: .enforce, offer: lookup)
        #expect(result.errors.isEmpty)
        // −1 × 100 × 0,50 = −50,00 €.
        #expect(result.lines.first?.line.netAmount == -50)
    }

    @Test func eachFieldIsCheckedAndReported() {
        let form = [
            OrderFormLine(product: "NOPE", quantity: "1"),
            OrderFormLine(product: "OLD-1", quantity: "1"),
            OrderFormLine(product: "SIR-01", quantity: "0"),
            OrderFormLine(product: "SIR-01", quantity: "deux", unitPrice: "abc", discounts: "150"),
            OrderFormLine(quantity: "3"),
        ]
        let result = OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup)
        #expect(result.lines.isEmpty)
        let found = result.errors.map { "\($0.formIndex!):\($0.field.rawValue):\($0.issue)" }
        #expect(found == [
            "0:product:unknownProduct", "1:product:inactiveProduct", "2:quantity:notPositive",
            "3:quantity:invalidNumber", "3:unitPrice:invalidNumber", "3:discounts:invalidDiscounts",
            "4:product:required",
        ])
    }

    @Test func anEmptyFormHasNoLines() {
        let result = OrderFormValidation.validate([OrderFormLine(), OrderFormLine(product: "  ")], kind: .order,
                                                  policy: .enforce, offer: lookup)
        #expect(result.errors.map(\.issue) == [.noOrderLines])
        #expect(result.errors.first?.formIndex == nil)
    }

    @Test func typedDiscountsAreAlwaysPercentages() {
        // « 0,5 » typed in a form is 0,5 %, not 50 %: 4,50 × 0,995 = 4,4775 → × 10 = 44,775 → 44,78 €.
        let result = OrderFormValidation.validate([OrderFormLine(product: "SIR-01", quantity: "10", discounts: "0,5")], kind: .order,
                                                  policy: .enforce, offer: lookup)
        #expect(result.lines.first?.line.discounts == [Decimal(string: "0.005")!])
        #expect(result.lines.first?.line.netAmount == Decimal(string: "44.78")!)
    }

    @Test func aPriceListBelowTheFloorCanBeSoldButNotDiscounted() {
        // The customer's list sells the keg at 80 €, under its 82 € floor: 80 € is allowed as is,
        // 80 € − 1 % = 79,20 € is not.
        var cheap = keg
        cheap.appliedPrice = 80
        let asListed = OrderFormValidation.validate([OrderFormLine(product: "FUT-30", quantity: "1")], kind: .order, policy: .enforce) { _ in cheap }
        #expect(asListed.isValid)
        let discounted = OrderFormValidation.validate([OrderFormLine(product: "FUT-30", quantity: "1", discounts: "1")], kind: .order,
                                                      policy: .enforce) { _ in cheap }
        #expect(discounted.errors.map(\.issue) == [.belowFloorPrice(net: Decimal(string: "79.2")!, floor: 80)])
    }

    @Test func pricesAlreadyGrantedStayWhenEditing() {
        // A manager granted −20 % (76 € net, under the 82 € floor); the rep edits the order
        // without touching that line: accepted. A new −20 % on another quantity is the same price, also kept.
        let granted: Set<GrantedPrice> = [GrantedPrice(reference: "FUT-30", unitPrice: 100, discounts: [Decimal(string: "0.2")!])]
        let form = [OrderFormLine(product: "FUT-30", quantity: "3", unitPrice: "100", discounts: "20")]
        #expect(OrderFormValidation.validate(form, kind: .order, policy: .enforce, granted: granted, offer: lookup).isValid)
        #expect(!OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup).isValid)
    }

    @Test func absurdQuantitiesAndPricesAreRefused() {
        let form = [OrderFormLine(product: "SIR-01", quantity: "99999999999999999999"),
                    OrderFormLine(product: "SIR-01", quantity: "0,0000001"),
                    OrderFormLine(product: "SIR-01", quantity: "1", unitPrice: "1000000")]
        let result = OrderFormValidation.validate(form, kind: .order, policy: .enforce, offer: lookup)
        #expect(result.errors.map(\.issue) == [.tooLarge(max: 999_999), .tooPrecise(places: 3), .tooLarge(max: 999_999)])
    }
}
