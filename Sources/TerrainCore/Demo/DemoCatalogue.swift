import Foundation

/// One product of the demo catalogue: the draft the server stores, and what the order generator
/// needs besides (family, popularity).
public struct DemoProduct: Hashable, Sendable {
    /// The product as the catalogue stores it. Prices and costs in euros excl. VAT per sales
    /// unit (excise duties included, as in the VAT base), rates as fractions.
    public var draft: ProductDraft
    /// The family, whose `label` is `draft.family`.
    public var family: DemoFamily
    /// Whether the product is an alcoholic drink (art. 298 octodecies CGI), which sets its VAT rate.
    public var alcoholic: Bool
    /// Relative weight of the product within its family when customers choose and split their
    /// purchases (the house blonde keg outsells the IPA).
    public var popularity: Int
}

/// The demo wholesaler's catalogue: 62 products in 8 families, with list prices excl. VAT to
/// cafés and bars in 2024–2025 orders of magnitude, and purchase costs giving margin rates
/// (taux de marque) of 16 % to 34 %: low on spirits (heavy excise duties, price-compared), higher
/// on syrups, coffee and rental.
///
/// For each product: list price in cents and a target margin rate in percent; the purchase cost is
/// `list × (1 − rate)` rounded half-up to the cent (`Rounding.toCents`), so the margin rate
/// achieved is within half a cent of the target. Floor price: the price that keeps a 5 % margin
/// (`Pricing.salesPrice(forCost:targetMarginRate:)`); maximum discount 10 % (8 % on spirits, 0 on
/// rental). VAT from the family (`DemoFamily.vatRate`), 5,5 % for alcohol-free beer.
public enum DemoCatalogue {
    /// (reference, name, family, unit, packaging, list price in cents, margin rate in percent,
    /// popularity, alcoholic).
    typealias Spec = (String, String, DemoFamily, String, String, Int, Int, Int, Bool)

    static let specs: [Spec] = [
        ("FUT-BLD-30", "Bière blonde pression 5 % — fût 30 L", .kegs, "fût", "fût inox 30 L consigné", 11_200, 22, 40, true),
        ("FUT-BLD-20", "Bière blonde pression 5 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 7_850, 22, 20, true),
        ("FUT-PRE-20", "Bière blonde premium 5,5 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 9_200, 24, 12, true),
        ("FUT-BLA-20", "Bière blanche 4,8 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 8_900, 25, 8, true),
        ("FUT-AMB-20", "Bière ambrée 6 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 9_600, 25, 6, true),
        ("FUT-IPA-20", "Bière IPA artisanale de Provence 6,2 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 11_800, 28, 5, true),
        ("FUT-ETE-20", "Bière blonde d'été 4,5 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 8_800, 25, 5, true),
        ("FUT-CID-20", "Cidre brut pression 4,5 % — fût 20 L", .kegs, "fût", "fût inox 20 L consigné", 8_400, 26, 3, true),
        ("BIE-BLD-25", "Bière blonde 25 cl verre consigné", .bottledBeers, "casier", "casier de 24", 1_690, 24, 12, true),
        ("BIE-BLD-33", "Bière blonde 33 cl", .bottledBeers, "carton", "carton de 24", 2_450, 23, 10, true),
        ("BIE-PRE-33", "Bière premium 33 cl", .bottledBeers, "carton", "carton de 24", 2_990, 25, 8, true),
        ("BIE-BLA-33", "Bière blanche 33 cl", .bottledBeers, "carton", "carton de 24", 3_120, 26, 6, true),
        ("BIE-IPA-33", "Bière IPA artisanale 33 cl", .bottledBeers, "carton", "carton de 12", 2_640, 30, 5, true),
        ("BIE-ABB-33", "Bière d'abbaye 33 cl", .bottledBeers, "carton", "carton de 24", 3_600, 27, 5, true),
        ("BIE-SAN-33", "Bière sans alcool 0,0 % 33 cl", .bottledBeers, "carton", "carton de 24", 2_280, 26, 6, false),
        ("SOF-COL-33", "Cola 33 cl verre", .softDrinks, "casier", "casier de 24", 1_780, 24, 20, false),
        ("SOF-COZ-33", "Cola zéro sucre 33 cl verre", .softDrinks, "casier", "casier de 24", 1_780, 24, 10, false),
        ("SOF-LIM-1L", "Limonade artisanale 1 L verre consigné", .softDrinks, "casier", "casier de 12", 1_140, 28, 6, false),
        ("SOF-ORA-25", "Soda à l'orange 25 cl verre", .softDrinks, "casier", "casier de 24", 1_920, 25, 10, false),
        ("SOF-TON-20", "Tonic 20 cl verre", .softDrinks, "casier", "casier de 24", 1_560, 27, 6, false),
        ("SOF-THE-25", "Thé glacé pêche 25 cl verre", .softDrinks, "casier", "casier de 24", 1_850, 26, 7, false),
        ("SOF-JOR-25", "Jus d'orange 25 cl verre", .softDrinks, "casier", "casier de 24", 2_160, 27, 8, false),
        ("SOF-JAB-25", "Nectar d'abricot 25 cl verre", .softDrinks, "casier", "casier de 24", 2_040, 27, 4, false),
        ("SOF-JTO-25", "Jus de tomate 25 cl verre", .softDrinks, "casier", "casier de 24", 2_090, 27, 3, false),
        ("EAU-PLA-50", "Eau de source plate 50 cl PET", .softDrinks, "pack", "pack de 24", 960, 22, 8, false),
        ("EAU-PLA-1L", "Eau minérale plate 1 L verre consigné", .softDrinks, "casier", "casier de 12", 980, 25, 8, false),
        ("EAU-GAZ-1L", "Eau minérale gazeuse 1 L verre consigné", .softDrinks, "casier", "casier de 12", 1_260, 25, 6, false),
        ("EAU-GAZ-33", "Eau minérale gazeuse 33 cl verre", .softDrinks, "casier", "casier de 24", 1_440, 25, 5, false),
        ("SIR-GRE-1L", "Sirop de grenadine 1 L", .syrups, "bouteille", "bouteille verre 1 L", 420, 30, 10, false),
        ("SIR-MEN-1L", "Sirop de menthe 1 L", .syrups, "bouteille", "bouteille verre 1 L", 420, 30, 9, false),
        ("SIR-CIT-1L", "Sirop de citron 1 L", .syrups, "bouteille", "bouteille verre 1 L", 430, 30, 6, false),
        ("SIR-ORG-1L", "Sirop d'orgeat 1 L", .syrups, "bouteille", "bouteille verre 1 L", 490, 32, 5, false),
        ("SIR-PEC-1L", "Sirop de pêche 1 L", .syrups, "bouteille", "bouteille verre 1 L", 460, 31, 4, false),
        ("SIR-VIO-1L", "Sirop de violette 1 L", .syrups, "bouteille", "bouteille verre 1 L", 540, 34, 2, false),
        ("VIN-ROS-75", "Côtes de Provence rosé AOP 75 cl", .wines, "carton", "carton de 6", 4_140, 30, 12, true),
        ("VIN-ROS-BIB", "Vin rosé IGP Méditerranée", .wines, "BIB", "bag-in-box 10 L", 3_250, 28, 10, true),
        ("VIN-ROU-BIB", "Vin rouge IGP Méditerranée", .wines, "BIB", "bag-in-box 10 L", 3_090, 28, 7, true),
        ("VIN-BLA-BIB", "Vin blanc IGP Méditerranée", .wines, "BIB", "bag-in-box 10 L", 3_150, 28, 5, true),
        ("VIN-CDR-75", "Côtes-du-Rhône rouge AOP 75 cl", .wines, "carton", "carton de 6", 3_840, 31, 6, true),
        ("VIN-CAS-75", "Cassis blanc AOP 75 cl", .wines, "carton", "carton de 6", 7_800, 33, 3, true),
        ("VIN-BAN-75", "Bandol rouge AOP 75 cl", .wines, "carton", "carton de 6", 9_600, 33, 2, true),
        ("VIN-CRE-75", "Crémant de Bourgogne brut 75 cl", .wines, "carton", "carton de 6", 4_560, 30, 3, true),
        ("VIN-CHA-75", "Champagne brut 75 cl", .wines, "carton", "carton de 6", 13_200, 27, 2, true),
        ("SPI-PAS-1L", "Pastis de Marseille 45 % 1 L", .spirits, "bouteille", "carton de 6", 1_790, 16, 30, true),
        ("SPI-PAS-70", "Pastis artisanal 45 % 70 cl", .spirits, "bouteille", "carton de 6", 1_950, 22, 6, true),
        ("SPI-WHI-70", "Whisky blended 40 % 70 cl", .spirits, "bouteille", "carton de 6", 1_480, 18, 10, true),
        ("SPI-WHM-70", "Whisky single malt 40 % 70 cl", .spirits, "bouteille", "carton de 6", 2_950, 22, 3, true),
        ("SPI-RHB-1L", "Rhum blanc agricole 50 % 1 L", .spirits, "bouteille", "carton de 6", 1_980, 20, 5, true),
        ("SPI-VOD-70", "Vodka 37,5 % 70 cl", .spirits, "bouteille", "carton de 6", 1_290, 17, 6, true),
        ("SPI-GIN-70", "Gin 40 % 70 cl", .spirits, "bouteille", "carton de 6", 1_640, 20, 6, true),
        ("SPI-COG-70", "Cognac VS 40 % 70 cl", .spirits, "bouteille", "carton de 6", 2_790, 19, 2, true),
        ("SPI-CAS-1L", "Crème de cassis 16 % 1 L", .spirits, "bouteille", "carton de 6", 1_040, 25, 4, true),
        ("SPI-VER-1L", "Vermouth rouge 15 % 1 L", .spirits, "bouteille", "carton de 6", 1_090, 24, 4, true),
        ("CAF-EXP-1K", "Café en grains expresso bar 1 kg", .coffee, "kg", "paquet de 1 kg", 1_680, 34, 20, false),
        ("CAF-ARA-1K", "Café en grains pur arabica 1 kg", .coffee, "kg", "paquet de 1 kg", 2_150, 34, 8, false),
        ("CAF-DEC-05", "Café décaféiné moulu 500 g", .coffee, "paquet", "paquet de 500 g", 940, 33, 4, false),
        ("CAF-THE-100", "Thé assortiment — 100 sachets", .coffee, "boîte", "boîte de 100 sachets", 1_290, 33, 4, false),
        ("CAF-SUC-1000", "Sucre en bûchettes 4 g", .coffee, "carton", "carton de 1 000", 1_390, 30, 6, false),
        ("LOC-TIR-1", "Location tireuse à bière 1 bec", .equipmentRental, "trimestre", "forfait trimestriel, entretien compris", 7_500, 34, 1, false),
        ("LOC-TIR-2", "Location tireuse à bière 2 becs", .equipmentRental, "trimestre", "forfait trimestriel, entretien compris", 11_400, 34, 1, false),
        ("LOC-EXP-2", "Location machine expresso 2 groupes", .equipmentRental, "trimestre", "forfait trimestriel, entretien compris", 14_700, 34, 1, false),
        ("LOC-VIT-1", "Location vitrine réfrigérée", .equipmentRental, "trimestre", "forfait trimestriel, entretien compris", 9_600, 34, 1, false),
    ]

    /// The catalogue, in a fixed order (by family, then most popular first within a family as
    /// listed above). `DemoOrderLine.productIndex` indexes this array.
    public static let products: [DemoProduct] = specs.map(product)

    /// The margin rate target that `floorPrice` keeps: 5 %.
    static let floorMarginPercent = 5

    private static func product(_ spec: Spec) -> DemoProduct {
        let (reference, name, family, unit, packaging, cents, marginPercent, popularity, alcoholic) = spec
        let list = Decimal(cents) / 100
        let cost = Rounding.toCents(list * (1 - Decimal(marginPercent) / 100))
        let floor = Pricing.salesPrice(forCost: cost, targetMarginRate: Decimal(floorMarginPercent) / 100)
        let maxDiscount: Decimal = switch family {
        case .spirits: Decimal(8) / 100
        case .equipmentRental: 0
        default: Decimal(10) / 100
        }
        let vat: VATRate = family == .bottledBeers && !alcoholic ? .reduced : family.vatRate
        let draft = ProductDraft(reference: reference, name: name, family: family.label, unit: unit,
                                 packaging: packaging, listPrice: list, purchaseCost: cost, vatRate: vat,
                                 floorPrice: floor, maxDiscountRate: maxDiscount)
        return DemoProduct(draft: draft, family: family, alcoholic: alcoholic, popularity: popularity)
    }
}
