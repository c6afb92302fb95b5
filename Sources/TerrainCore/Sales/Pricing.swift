import Foundation

/// Price arithmetic of a sales rep: discount cascades, margin and markup, price multiplier,
/// growth rate. Pure functions on `Decimal`; the extensions of this type hold one topic each
/// (`Pricing+Discounts.swift`, `Pricing+Margin.swift`, `Pricing+Growth.swift`).
///
/// Units, everywhere in this namespace:
/// - prices and costs are in euros, per unit, excl. VAT unless the parameter name says
///   `IncludingVAT`;
/// - every rate is a fraction, not a percentage: `0.15` means 15 %, `1` means 100 %. A discount
///   rate `0.10` takes 10 % off; a margin rate `0.25` means the margin is 25 % of the price.
///
/// Functions that return a price round it half-up to the cent (`Rounding.toCents`); functions
/// that return a rate return it unrounded (`Decimal` division keeps 38 significant digits), and
/// `nil` when it is undefined (a division by zero).
///
/// Vocabulary (see the project glossary, "Prices and money"):
/// - gross margin (marge commerciale) = net sales price − purchase cost;
/// - margin rate (taux de marque) = margin / net sales price;
/// - markup rate (taux de marge) = margin / purchase cost; the two are often confused;
/// - price multiplier (coefficient multiplicateur) = sales price incl. VAT / purchase cost excl. VAT.
public enum Pricing: Sendable {}
