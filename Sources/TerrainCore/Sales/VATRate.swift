import Foundation

/// A French VAT rate (taux de TVA) in metropolitan France, as it applies to a line of a sales order.
///
/// The raw values (`"standard"`, `"intermediate"`...) are what Terrain stores and exchanges; `rate`
/// is a fraction (`0.20` means 20 %). Rates in force since 1 January 2014 (Corsica and the overseas
/// departments have their own rates, CGI art. 297 and 296, not covered here). If Parliament changes
/// a rate, a stored order must keep the rate it was invoiced at: store `rate` with the order, not
/// only the case.
///
/// The VAT base of a line is its amount excl. VAT after discounts; it includes excise duties and
/// other taxes except VAT itself (CGI art. 267, I, 1°), so the unit price of an alcoholic drink is
/// the price including its excise duties.
///
/// What a drinks wholesaler (grossiste en boissons) sells, by rate:
/// - `standard` (20 %): alcoholic drinks, equipment rental, non-food goods, confectionery.
/// - `reduced` (5,5 %): water, soft drinks, fruit juices, syrups, alcohol-free beer, coffee, tea.
/// - `intermediate` (10 %): usually nothing; it is the café's rate for drinks served on the premises.
/// - `superReduced` (2,1 %): nothing.
/// - `zero`: lines without VAT (exports, intra-EU deliveries, sellers under the franchise en base).
public enum VATRate: String, CaseIterable, Codable, Sendable {
    /// Taux normal, 20 % (CGI art. 278).
    ///
    /// Applies to every taxable sale that no other article gives a lower rate. For a drinks wholesaler:
    /// - alcoholic drinks (wine, beer, cider, spirits, aperitifs): art. 278-0 bis A 1° gives 5,5 %
    ///   only to water, food and drinks other than alcoholic drinks, and CGI art. 298 octodecies
    ///   defines alcoholic drinks as those above 1,2 % vol. (beer: above 0,5 % vol.);
    /// - rental or loan for a fee of equipment (beer taps, coffee machines, refrigerated display
    ///   cases): a service no reduced rate covers;
    /// - non-food goods (glassware, supplies);
    /// - confectionery and most chocolate products, which art. 278-0 bis A 1° expressly leaves at
    ///   this rate although they are food.
    case standard
    /// Taux intermédiaire, 10 % (CGI art. 278 bis for some goods, art. 279 for mainly services).
    ///
    /// A drinks wholesaler's usual range has nothing at this rate. Its café and restaurant
    /// customers use it: food and non-alcoholic drinks served for consumption on the premises are
    /// at 10 % (CGI art. 279); alcoholic drinks served on the premises stay at 20 %. That is the
    /// café's own sale: the bottle of water the wholesaler delivered to the café was invoiced to it
    /// at 5,5 %. Do not pick this rate for a wholesaler's line because its customer is a café.
    case intermediate
    /// Taux réduit, 5,5 % (CGI art. 278-0 bis).
    ///
    /// Art. 278-0 bis A 1° covers water, drinks other than alcoholic drinks, and products intended
    /// for human food, with exceptions (confectionery, most chocolate products, margarine, caviar,
    /// and sales for consumption on the premises or for immediate consumption, which go to 10 %).
    /// For a drinks wholesaler delivering goods: mineral and spring water, soft drinks, fruit
    /// juices, syrups, alcohol-free beer (0,5 % vol. or less), coffee (beans or ground), tea, sugar.
    case reduced
    /// Taux particulier, 2,1 % (CGI art. 281 quater and following, art. 298 septies).
    ///
    /// Covers, among others, medicines reimbursed by the social security (art. 281 octies), press
    /// publications (art. 298 septies) and the first performances of some shows (art. 281 quater).
    /// Nothing a drinks wholesaler sells.
    case superReduced
    /// No VAT on the line (rate 0).
    ///
    /// France has no 0 % rate for the products above; this case stands for lines on which no VAT
    /// is charged: exports outside the EU (exempt, CGI art. 262, I), deliveries to a business
    /// identified for VAT in another EU member state (exempt, art. 262 ter, I), and sales by a
    /// business under the franchise en base (art. 293 B, "TVA non applicable, art. 293 B du CGI").
    /// The invoice must then cite the provision under which no VAT is charged (CGI, annexe II,
    /// art. 242 nonies A).
    case zero

    /// The rate as a fraction: `0.20`, `0.10`, `0.055`, `0.021` or `0` (exact decimals).
    public var rate: Decimal {
        switch self {
        case .standard: Decimal(sign: .plus, exponent: -2, significand: 20)
        case .intermediate: Decimal(sign: .plus, exponent: -2, significand: 10)
        case .reduced: Decimal(sign: .plus, exponent: -3, significand: 55)
        case .superReduced: Decimal(sign: .plus, exponent: -3, significand: 21)
        case .zero: Decimal(0)
        }
    }

    /// The VAT on `base` (an amount excl. VAT in euros) at this rate: `base × rate`, rounded
    /// half-up to the cent (`Rounding.toCents`), in euros. Used for a line's VAT and for the VAT
    /// on each rate's total of an order (`OrderTotals`).
    public func vat(on base: Decimal) -> Decimal {
        Rounding.toCents(base * rate)
    }
}
