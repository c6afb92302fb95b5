import Foundation

/// A point on the Earth in WGS84 degrees.
///
/// `latitude` is in [-90, 90] (positive north), `longitude` in [-180, 180] (positive east); both
/// finite. The initialiser refuses anything else, so a `Coordinate` value is always usable.
public struct Coordinate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Degrees north of the equator, in [-90, 90].
    public let latitude: Double
    /// Degrees east of Greenwich, in [-180, 180].
    public let longitude: Double

    /// A validated coordinate.
    ///
    /// - Throws: `CoordinateError.invalidLatitude` / `.invalidLongitude` when a value is not finite
    ///   or out of range.
    public init(latitude: Double, longitude: Double) throws(CoordinateError) {
        guard latitude.isFinite, (-90...90).contains(latitude) else {
            throw .invalidLatitude(latitude)
        }
        guard longitude.isFinite, (-180...180).contains(longitude) else {
            throw .invalidLongitude(longitude)
        }
        self.latitude = latitude
        self.longitude = longitude
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let latitude = try container.decode(Double.self, forKey: .latitude)
        let longitude = try container.decode(Double.self, forKey: .longitude)
        try self.init(latitude: latitude, longitude: longitude)
    }

    /// `"lat, lon"` with 6 decimals (about 0.1 m).
    public var description: String {
        String(format: "%.6f, %.6f", latitude, longitude)
    }

    /// Great-circle distance to `other`, in metres, on a sphere of radius
    /// `Coordinate.meanEarthRadius` (haversine formula).
    ///
    /// Formula: a = sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2), d = 2R · asin(√a)
    /// (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2), 1984, p. 159).
    /// The sphere differs from the WGS84 ellipsoid by up to about 0.5 %: good enough to estimate
    /// travel, not for surveying.
    public func distance(to other: Coordinate) -> Double {
        let radiansPerDegree = Double.pi / 180
        let phi1 = latitude * radiansPerDegree
        let phi2 = other.latitude * radiansPerDegree
        let halfDeltaPhi = (other.latitude - latitude) * radiansPerDegree / 2
        let halfDeltaLambda = (other.longitude - longitude) * radiansPerDegree / 2
        let sinPhi = sin(halfDeltaPhi)
        let sinLambda = sin(halfDeltaLambda)
        let a = sinPhi * sinPhi + cos(phi1) * cos(phi2) * sinLambda * sinLambda
        // `min` guards against a rounding overshoot above 1 for antipodal points.
        return 2 * Coordinate.meanEarthRadius * asin(min(1, a.squareRoot()))
    }

    /// Mean Earth radius R₁ = (2a + b) / 3 of the GRS 80 ellipsoid, in metres: 6,371,008.8 m.
    ///
    /// Source: H. Moritz, "Geodetic Reference System 1980", Bulletin Géodésique 54 (1980), as
    /// republished in Journal of Geodesy 74 (2000) 128–133 (the IUGG's reference system), which
    /// gives R₁ = 6,371,008.7714 m.
    public static let meanEarthRadius: Double = 6_371_008.8
}

/// Why a latitude/longitude pair is not a valid `Coordinate`.
public enum CoordinateError: Error, Sendable, Equatable, LocalizedError {
    /// The latitude is not a finite number in [-90, 90].
    case invalidLatitude(Double)
    /// The longitude is not a finite number in [-180, 180].
    case invalidLongitude(Double)

    /// French message for the user.
    public var errorDescription: String? {
        switch self {
        case .invalidLatitude(let value):
            return "Latitude invalide : \(value) (attendu un nombre entre -90 et 90 degrés)."
        case .invalidLongitude(let value):
            return "Longitude invalide : \(value) (attendu un nombre entre -180 et 180 degrés)."
        }
    }
}
