/// A product family of the demo drinks wholesaler (grossiste en boissons) selling to cafés and
/// bars, with what the order generator needs to know about it.
///
/// Sources of the shapes (plausible orders of magnitude, not statistics): beer and soft drinks
/// sell far more in summer in a Mediterranean town with terraces; coffee a little less; rosé
/// peaks in summer and sparkling wine in December.
public enum DemoFamily: String, CaseIterable, Sendable, Codable {
    /// Beer kegs (fûts) for the café's taps; alcoholic, 20 %.
    case kegs
    /// Bottled beers by the case; alcoholic (20 %) except alcohol-free beer (5,5 %).
    case bottledBeers
    /// Soft drinks, fruit juices and waters; 5,5 %.
    case softDrinks
    /// Syrups (grenadine, menthe...); 5,5 %.
    case syrups
    /// Wines, sparkling wines and Champagne; 20 %.
    case wines
    /// Spirits, pastis, liqueurs, aperitifs; 20 %.
    case spirits
    /// Coffee, tea and sugar; 5,5 %.
    case coffee
    /// Rental of taps, coffee machines and display fridges, by the quarter; 20 %.
    case equipmentRental

    /// The family as the catalogue shows it (`ProductDraft.family`).
    public var label: String {
        switch self {
        case .kegs: "Fûts de bière"
        case .bottledBeers: "Bières bouteilles"
        case .softDrinks: "Softs, jus et eaux"
        case .syrups: "Sirops"
        case .wines: "Vins et effervescents"
        case .spirits: "Spiritueux et apéritifs"
        case .coffee: "Café, thé et sucre"
        case .equipmentRental: "Location de matériel"
        }
    }

    /// The VAT rate of the family's products (CGI art. 278 and 278-0 bis A; see `VATRate`):
    /// 20 % for alcoholic drinks and equipment rental, 5,5 % for soft drinks, waters, syrups,
    /// coffee, tea and sugar. Alcohol-free beer, a bottled beer, is the one product at 5,5 % in
    /// an alcoholic family (`DemoCatalogue`).
    public var vatRate: VATRate {
        switch self {
        case .kegs, .bottledBeers, .wines, .spirits, .equipmentRental: .standard
        case .softDrinks, .syrups, .coffee: .reduced
        }
    }

    /// Whether the family counts as beer for the summer-peak figures (kegs and bottled beers).
    public var isBeer: Bool { self == .kegs || self == .bottledBeers }

    /// Seasonal index of the quantities ordered, in percent of an average month, January to
    /// December (index 0 = January). Applied to every order line of the family.
    public var seasonality: [Int] {
        switch self {
        case .kegs, .bottledBeers: [78, 80, 90, 100, 115, 140, 160, 155, 115, 95, 80, 92]
        case .softDrinks: [75, 76, 88, 100, 115, 142, 165, 160, 112, 92, 78, 84]
        case .syrups: [80, 80, 90, 100, 112, 135, 150, 145, 110, 92, 82, 84]
        case .wines: [88, 86, 95, 100, 110, 128, 140, 136, 104, 92, 90, 131]
        case .spirits: [95, 94, 98, 100, 102, 106, 110, 110, 100, 96, 96, 123]
        case .coffee: [110, 108, 104, 100, 96, 90, 86, 84, 100, 106, 110, 112]
        case .equipmentRental: Array(repeating: 100, count: 12)
        }
    }

    /// Share of a customer's weekly purchases spent on the family, in percent, when the customer
    /// buys from it (the rental is a fixed quarterly fee instead, 0 here).
    var budgetPercent: Int {
        switch self {
        case .kegs: 38
        case .bottledBeers: 7
        case .softDrinks: 16
        case .syrups: 3
        case .wines: 13
        case .spirits: 15
        case .coffee: 8
        case .equipmentRental: 0
        }
    }

    /// Usual reorder interval of one product of the family, in days, before a small customer's
    /// stretch (`DemoOrderGenerator`): each customer×product pair draws its own in this range.
    /// Rental is invoiced by the quarter.
    var reorderDays: ClosedRange<Int> {
        switch self {
        case .kegs: 7...21
        case .bottledBeers: 21...42
        case .softDrinks: 14...35
        case .syrups: 28...56
        case .wines: 21...42
        case .spirits: 21...42
        case .coffee: 14...28
        case .equipmentRental: 91...92
        }
    }

    /// Smallest quantity of one product on an order (the wholesaler's minimum per line, in
    /// selling units): a small customer orders this quantity less often rather than less.
    var minimumQuantity: Int {
        switch self {
        case .kegs, .wines, .equipmentRental: 1
        case .bottledBeers: 2
        case .softDrinks, .coffee, .spirits: 3
        case .syrups: 4
        }
    }

    /// How many of the family's products a customer buys, given its breadth (0 for the smallest
    /// customers, up to about 9 for the largest; see `DemoCustomerPlan.breadth`).
    func assortmentSize(breadth: Int) -> Int {
        switch self {
        case .kegs: 1 + breadth / 3
        case .bottledBeers: (breadth + 1) / 3
        case .softDrinks: 1 + breadth / 2
        case .syrups: 1 + breadth / 4
        case .wines: 1 + breadth / 3
        case .spirits: 1 + breadth / 3
        case .coffee: 1 + breadth / 4
        case .equipmentRental: 0
        }
    }
}
