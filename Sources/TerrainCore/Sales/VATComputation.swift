import Foundation

/// How the VAT of an order is worked out from its lines. Both methods are in use in France and no
/// text imposes either; they can differ by a few cents on the same lines.
///
/// An invoice must show, for each rate, the total excl. VAT and the VAT that goes with it
/// (CGI, annexe II, art. 242 nonies A; BOI-TVA-DECLA-30-20-20-10; Directive 2006/112/EC,
/// art. 226). `perRateOnTotal` computes the VAT from exactly that printed total, so anyone can
/// check it with a calculator; it is Terrain's default (see the project's design rules, "Money").
public enum VATComputation: String, CaseIterable, Codable, Sendable {
    /// Default. For each rate, base = Σ `OrderLine.netAmount` of the lines at that rate, and
    /// VAT = base × rate, rounded half-up to the cent once.
    case perRateOnTotal
    /// Each line's VAT is rounded to the cent (`OrderLine.vatAmount`), and the VAT of a rate is
    /// the sum of its lines' rounded VAT. For customers or systems that require a VAT per line.
    case perLine
}
