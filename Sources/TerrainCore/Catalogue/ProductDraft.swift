import Foundation

/// A validated catalogue product ready to be stored: every value is trimmed and normalised.
///
/// Built by `ProductValidation.validate(_:)` from form fields or an imported row. Optional text
/// is `nil`, never empty. Units: prices and costs are in euros per sales unit, excluding VAT,
/// exact `Decimal`s (never rounded here: a price may have more than two decimals, e.g. 0,0125 €
/// per unit); rates are fractions (`0.15` means 15 %).
public struct ProductDraft: Hashable, Codable, Sendable {
    /// Product code: 1–40 characters among `A`–`Z`, `0`–`9`, `-`, `_` and `.`, upper case.
    ///
    /// Input is trimmed and upper-cased, so `ev-50` and `EV-50` are the same product: codes are
    /// compared as identities (import duplicates, price-list entries), and a difference of case
    /// alone is always a typing accident in a sales catalogue.
    public var reference: String
    /// Wording shown on quotes and orders (désignation); required, at most 200 characters.
    public var name: String
    /// Product family (famille), at most 100 characters.
    public var family: String?
    /// Sales unit (unité de vente: bouteille, fût, kg...), at most 40 characters.
    public var unit: String?
    /// Packaging (conditionnement: « carton de 6 »), at most 100 characters.
    public var packaging: String?
    /// List price excl. VAT (prix de vente HT), in euros per unit; zero or more.
    public var listPrice: Decimal
    /// Purchase cost excl. VAT (coût d'achat HT), in euros per unit; zero or more.
    ///
    /// It may exceed the list price (a loss leader, a clearance): a form can show that as a
    /// warning, but it is not an error.
    public var purchaseCost: Decimal?
    /// The VAT rate of the product (see `VATRate` for the cases and their legal sources).
    ///
    /// By kind of product, in metropolitan France (Code général des impôts, CGI):
    /// - alcoholic drinks (wine, beer above 0,5 % vol., cider, spirits): 20 %, `standard`
    ///   (art. 278; art. 278-0 bis A 1° excludes alcoholic drinks, defined by art. 298 octodecies);
    /// - water, soft drinks, fruit juices, syrups, alcohol-free beer, coffee, tea, sugar and other
    ///   food for human consumption: 5,5 %, `reduced` (art. 278-0 bis A 1°);
    /// - confectionery and most chocolate products: 20 %, `standard` (excluded by art. 278-0 bis
    ///   A 1°);
    /// - rental of equipment (beer taps, coffee machines), glassware, supplies: 20 %, `standard`
    ///   (art. 278);
    /// - food and non-alcoholic drinks served on the premises (the café's own sale, not the
    ///   wholesaler's): 10 %, `intermediate` (art. 279);
    /// - reimbursed medicines and press publications: 2,1 %, `superReduced` (art. 281 octies,
    ///   art. 298 septies);
    /// - exports and intra-EU deliveries, sellers under the franchise en base: no VAT, `zero`
    ///   (art. 262 I, art. 262 ter I, art. 293 B).
    public var vatRate: VATRate
    /// Lowest net unit price excl. VAT a rep may grant (prix plancher), in euros; at most the
    /// list price; `nil` for no floor.
    public var floorPrice: Decimal?
    /// Highest combined discount a rep may grant (remise maximale), a fraction in 0…1 (`0.15` =
    /// 15 %); `nil` for no maximum.
    public var maxDiscountRate: Decimal?
    /// Whether the product can still be sold; `true` by default. An inactive product stays in
    /// the catalogue for past orders and statistics.
    public var active: Bool

    /// Creates a draft; every value is taken as given (use `ProductValidation` for user input).
    public init(
        reference: String, name: String, family: String? = nil, unit: String? = nil,
        packaging: String? = nil, listPrice: Decimal, purchaseCost: Decimal? = nil,
        vatRate: VATRate, floorPrice: Decimal? = nil, maxDiscountRate: Decimal? = nil,
        active: Bool = true
    ) {
        self.reference = reference
        self.name = name
        self.family = family
        self.unit = unit
        self.packaging = packaging
        self.listPrice = listPrice
        self.purchaseCost = purchaseCost
        self.vatRate = vatRate
        self.floorPrice = floorPrice
        self.maxDiscountRate = maxDiscountRate
        self.active = active
    }

    /// The negotiation latitude (marge de manœuvre) the company gives its reps on this product:
    /// floor price and maximum discount, either possibly absent.
    public var latitude: NegotiationLatitude {
        NegotiationLatitude(floorPrice: floorPrice, maxDiscountRate: maxDiscountRate)
    }

    /// The draft written back as form field strings, French style: `12,5` for prices (exact, not
    /// rounded), `5,5 %` for the VAT rate, `15 %` for the maximum discount, `Oui`/`Non`.
    /// Validating them gives this draft back; absent values are left out. This is also the text
    /// a catalogue export writes under the `ProductField.label(.fr)` headers.
    public func formValues() -> [ProductField: String] {
        var values: [ProductField: String] = [
            .reference: reference, .name: name, .listPrice: Self.frenchDecimal(listPrice),
            .vatRate: ProductValueParsing.label(of: vatRate), .active: active ? "Oui" : "Non",
        ]
        let optional: [(ProductField, String?)] = [
            (.family, family), (.unit, unit), (.packaging, packaging),
            (.purchaseCost, purchaseCost.map(Self.frenchDecimal)),
            (.floorPrice, floorPrice.map(Self.frenchDecimal)),
            (.maxDiscountRate, maxDiscountRate.map { Self.frenchDecimal($0 * 100) + " %" }),
        ]
        for case let (field, value?) in optional { values[field] = value }
        return values
    }

    /// `12.5` → `12,5`: the exact value with a decimal comma, no thousands separator.
    static func frenchDecimal(_ value: Decimal) -> String {
        value.description.replacingOccurrences(of: ".", with: ",")
    }
}
