/// A WGS84 position in decimal degrees, as written into an iCalendar `GEO` property or placed
/// on a ``TourMapSVG``.
///
/// `latitude` is in [-90, 90] (positive north), `longitude` in [-180, 180] (positive east);
/// both finite. The initialiser refuses anything else, so every `LatLon` can be written.
/// (TerrainExport does not depend on TerrainRouting; convert its `Coordinate` with
/// `LatLon(latitude: c.latitude, longitude: c.longitude)!`, which cannot fail.)
public struct LatLon: Sendable, Hashable {
    /// Degrees north of the equator, in [-90, 90].
    public let latitude: Double
    /// Degrees east of Greenwich, in [-180, 180].
    public let longitude: Double

    /// A validated position, or `nil` when a value is not finite or out of range.
    /// - Parameters:
    ///   - latitude: Degrees, in [-90, 90].
    ///   - longitude: Degrees, in [-180, 180].
    public init?(latitude: Double, longitude: Double) {
        guard latitude.isFinite, (-90...90).contains(latitude),
              longitude.isFinite, (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
