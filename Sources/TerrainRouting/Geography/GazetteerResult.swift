/// How a gazetteer look-up matched.
public enum GazetteerMatch: String, Sendable, Hashable, CaseIterable {
    /// The city was written exactly as La Poste writes the commune's name or delivery label.
    case exact
    /// The city matched the name or delivery label after `PlaceName.normalised(_:)` (case,
    /// accents, hyphens, `ST`/`SAINT`, `CEDEX`, arrondissement forms).
    case normalised
    /// The city matched a hamlet or former commune (`lieux_dits`) of the commune.
    case formerName
    /// The postal code is unknown (a CEDEX code, for instance) or none of its communes has that
    /// name; the city matched a commune of the département given by the postal code's digits.
    case cityInDepartement
    /// The city was missing or matched nothing; the commune comes from the postal code alone.
    case postalCodeOnly
}

/// The outcome of a gazetteer look-up.
///
/// Ambiguity counts communes (INSEE codes), not rows: Saint-Étienne's three postal codes are one
/// commune. A `found` commune is the row of the requested postal code when there is one.
public enum GazetteerResult: Sendable, Hashable {
    /// Exactly one commune fits.
    case found(Commune, GazetteerMatch)
    /// Several communes fit (one row per commune, in file order); the match says how they fit.
    case ambiguous([Commune], GazetteerMatch)
    /// No commune fits.
    case notFound

    /// The commune when exactly one fits.
    public var commune: Commune? {
        if case .found(let commune, _) = self { return commune }
        return nil
    }

    /// How the commune(s) matched; nil when nothing was found.
    public var match: GazetteerMatch? {
        switch self {
        case .found(_, let match), .ambiguous(_, let match): return match
        case .notFound: return nil
        }
    }

    /// Every commune that fits: one for `found`, several for `ambiguous`, none for `notFound`.
    public var candidates: [Commune] {
        switch self {
        case .found(let commune, _): return [commune]
        case .ambiguous(let communes, _): return communes
        case .notFound: return []
        }
    }
}
