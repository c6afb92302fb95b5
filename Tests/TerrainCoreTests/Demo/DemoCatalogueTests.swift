import Foundation
import Testing
import TerrainCore

@Suite("Demo: catalogue")
struct DemoCatalogueTests {
    let products = DemoCatalogue.products
    private func d(_ text: String) -> Decimal { DemoFixture.d(text) }

    @Test("62 products in 8 families, unique references")
    func counts() {
        #expect(products.count == 62)
        #expect(Set(products.map(\.draft.reference)).count == 62)
        var byFamily: [DemoFamily: Int] = [:]
        for product in products { byFamily[product.family, default: 0] += 1 }
        #expect(byFamily == [.kegs: 8, .bottledBeers: 7, .softDrinks: 13, .syrups: 6, .wines: 9, .spirits: 10,
                             .coffee: 5, .equipmentRental: 4])
        #expect(products.allSatisfy { $0.draft.family == $0.family.label })
        #expect(DemoCompany.orderLinesPerScaleYear > 0)
    }

    @Test("VAT: 20 % on alcohol and rental, 5,5 % on soft drinks, water, syrups, coffee, alcohol-free beer")
    func vatRates() {
        for product in products {
            let expected: VATRate = switch product.family {
            case .kegs, .wines, .spirits, .equipmentRental: .standard
            case .softDrinks, .syrups, .coffee: .reduced
            case .bottledBeers: product.alcoholic ? .standard : .reduced
            }
            #expect(product.draft.vatRate == expected, "\(product.draft.reference)")
            if product.family != .equipmentRental {
                #expect(product.alcoholic == (product.draft.vatRate == .standard), "\(product.draft.reference)")
            }
        }
        let alcoholFree = products.first { $0.draft.reference == "BIE-SAN-33" }!
        #expect(alcoholFree.draft.vatRate == .reduced)
        #expect(products.filter { $0.family.isBeer && $0.draft.vatRate == .reduced }.count == 1)
    }

    @Test("margin rates between 15 % and 35 %, floor and maximum discount coherent")
    func margins() throws {
        for product in products {
            let draft = product.draft
            let cost = try #require(draft.purchaseCost)
            let rate = try #require(Pricing.marginRate(netSales: draft.listPrice, cost: cost))
            #expect(rate >= d("0.15") && rate <= d("0.35"), "\(draft.reference): \(rate)")
            let floor = try #require(draft.floorPrice)
            #expect(floor > cost && floor <= draft.listPrice, "\(draft.reference)")
            // The largest discount cascade a customer gets (5 % then 2 %) stays within the latitude.
            if product.family != .equipmentRental {
                #expect(draft.latitude.check(listPrice: draft.listPrice, discounts: [d("0.05"), d("0.02")]).isWithinLatitude,
                        "\(draft.reference)")
            } else {
                #expect(draft.maxDiscountRate == 0)
            }
        }
    }

    @Test("the blonde keg, by hand")
    func blondeKeg() throws {
        let keg = try #require(products.first { $0.draft.reference == "FUT-BLD-30" })
        #expect(keg.draft.listPrice == d("112"))
        #expect(keg.draft.purchaseCost == d("87.36"))          // 112 × (1 − 0,22) = 87,36
        #expect(keg.draft.floorPrice == d("91.96"))            // 87,36 / 0,95 = 91,957… → 91,96
        #expect(keg.draft.maxDiscountRate == d("0.1"))
        #expect(keg.draft.vatRate == .standard)
        #expect(keg.draft.unit == "fût")
        let pastis = try #require(products.first { $0.draft.reference == "SPI-PAS-1L" })
        #expect(pastis.draft.purchaseCost == d("15.04"))       // 17,90 × 0,84 = 15,036 → 15,04
        #expect(pastis.draft.maxDiscountRate == d("0.08"))
    }

    @Test("every product survives the catalogue's validation unchanged")
    func validation() {
        for product in products {
            #expect(ProductValidation.validate(product.draft.formValues()) == .success(product.draft),
                    "\(product.draft.reference)")
        }
    }

    @Test("seasonal indexes: beer and soft drinks peak in summer")
    func seasonality() {
        for family in DemoFamily.allCases {
            #expect(family.seasonality.count == 12)
        }
        for family in [DemoFamily.kegs, .bottledBeers, .softDrinks] {
            let index = family.seasonality
            let summer = index[5] + index[6] + index[7]
            let winter = index[11] + index[0] + index[1]
            #expect(summer * 10 >= winter * 15, "\(family)")   // at least +50 %
        }
    }
}
