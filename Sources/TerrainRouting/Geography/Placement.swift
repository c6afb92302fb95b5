/// Where an account is on the map, and how sure we are.
public struct LocatedPoint: Sendable, Hashable {
    /// How precise a located point is.
    public enum Precision: String, Sendable, Hashable {
        /// The account's own coordinate (geocoded address, GPS reading): kept as is.
        case exact
        /// The La Poste point of the account's commune: the right town, not the right street.
        case approximate
    }

    /// The point used for routing.
    public let coordinate: Coordinate
    /// `exact` for the account's own coordinate, `approximate` for a commune point.
    public let precision: Precision
    /// The commune whose point was used (nil for an exact point).
    public let commune: Commune?
    /// How the commune was found (nil for an exact point).
    public let match: GazetteerMatch?

    public init(coordinate: Coordinate, precision: Precision, commune: Commune? = nil, match: GazetteerMatch? = nil) {
        self.coordinate = coordinate
        self.precision = precision
        self.commune = commune
        self.match = match
    }
}

/// Why an account could not be placed. Messages in French.
public enum PlacementFailure: Error, Sendable, Hashable {
    /// No coordinate, and neither a postal code nor a city.
    case noAddress
    /// No commune fits the postal code and city given.
    case communeNotFound(postalCode: String?, city: String?)
    /// Several communes fit; the candidates are attached (one row per commune).
    case ambiguous([Commune])

    /// French message for the user.
    public var message: String {
        switch self {
        case .noAddress:
            return "Ni coordonnées, ni code postal, ni ville : impossible de placer ce compte sur la carte."
        case .communeNotFound(let postalCode, let city):
            let written = [postalCode, city].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return "Commune introuvable pour « \(written) » : vérifiez le code postal et la ville."
        case .ambiguous(let candidates):
            let names = candidates.prefix(5).map { "\($0.name) (\($0.postalCode))" }.joined(separator: ", ")
            let more = candidates.count > 5 ? ", …" : ""
            return "Plusieurs communes possibles (\(names)\(more)) : précisez le code postal ou la ville."
        }
    }
}

/// The placement rule for an account: its own coordinate when it has one, otherwise its commune's
/// point, marked approximate; otherwise a reason.
public enum Placement: Sendable, Hashable {
    /// The account has a point to route from.
    case located(LocatedPoint)
    /// The account cannot be placed, and why.
    case unplaced(PlacementFailure)

    /// The located point, or nil.
    public var point: LocatedPoint? {
        if case .located(let point) = self { return point }
        return nil
    }

    /// The reason the account was not placed, or nil.
    public var failure: PlacementFailure? {
        if case .unplaced(let failure) = self { return failure }
        return nil
    }
}

extension Gazetteer {
    /// Places an account.
    ///
    /// Rule: an account with its own coordinate keeps it (`exact`, the gazetteer is not consulted,
    /// even if its postal code disagrees). Without one, `find(postalCode:city:)` gives the commune
    /// and its La Poste point is used (`approximate`, with the commune and how it matched); an
    /// ambiguous or unknown address is not placed (`unplaced` with the candidates or the reason).
    public func place(coordinate: Coordinate?, postalCode: String?, city: String?) -> Placement {
        if let coordinate {
            return .located(LocatedPoint(coordinate: coordinate, precision: .exact))
        }
        let isBlank = { (text: String?) in (text ?? "").allSatisfy(\.isWhitespace) }
        if isBlank(postalCode) && isBlank(city) { return .unplaced(.noAddress) }
        switch find(postalCode: postalCode, city: city) {
        case .found(let commune, let match):
            return .located(LocatedPoint(coordinate: commune.coordinate, precision: .approximate, commune: commune, match: match))
        case .ambiguous(let candidates, _):
            return .unplaced(.ambiguous(candidates))
        case .notFound:
            return .unplaced(.communeNotFound(postalCode: postalCode, city: city))
        }
    }
}
