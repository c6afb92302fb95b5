import Foundation

/// The equirectangular projection of a ``TourMapSVG``, fitted to the tour.
///
/// With φ₀ the mean of the southernmost and northernmost latitudes of the fitted points,
/// a position (φ, λ) in degrees goes to
///
///     x = margin + offsetX + (λ − west) · cos φ₀ · k
///     y = margin + offsetY + (north − φ) · k
///
/// in SVG user units (y grows downwards). Scaling longitudes by cos φ₀ keeps east–west and
/// north–south distances in proportion near φ₀ (the "equirectangular projection" with standard
/// parallel φ₀: J. P. Snyder, *Map Projections: A Working Manual*, USGS Professional Paper
/// 1395, 1987, p. 90–91). Over a sales area of a few tens of kilometres the distortion is
/// negligible.
///
/// Fitting: the map is ``width`` units wide; inside a ``margin`` on every side, the bounding box
/// of the points (widened to at least ``minimumSpan`` degrees of latitude each way, so a lone
/// point gets a 2 km box) is scaled by one factor k to fill the inner width. The inner height is
/// then kept between ``innerHeightRange`` bounds: a box taller than that is scaled down to fit
/// the height, and centred horizontally; a flatter one is centred vertically in the minimum
/// height. Longitudes are taken as given: no wrap at ±180°, fine for France.
struct TourMapProjection: Sendable, Equatable {
    /// Width of the map in SVG user units.
    static let width = 400.0
    /// Empty band on each side of the fitted box, in user units: room for markers and labels.
    static let margin = 24.0
    /// Smallest extent of the fitted box, in degrees of latitude (east–west: the same length,
    /// 0.02 / cos φ₀ degrees of longitude), about 2.2 km.
    static let minimumSpan = 0.02
    /// Allowed height of the area inside the margins: from half to 1.25 times its width
    /// (352 units), so a north–south tour is not drawn as a tall sliver on a phone.
    static let innerHeightRange = 176.0...440.0

    /// Height of the map (inner height plus both margins), in user units.
    let frameHeight: Double
    private let west: Double
    private let north: Double
    private let cosMeanLatitude: Double
    private let scale: Double
    private let offsetX: Double
    private let offsetY: Double

    /// Fits the projection to `positions`.
    /// - Precondition: `positions` is not empty.
    init(fitting positions: [LatLon]) {
        precondition(!positions.isEmpty, "nothing to fit")
        var south = positions.map(\.latitude).min()!
        var north = positions.map(\.latitude).max()!
        var west = positions.map(\.longitude).min()!
        var east = positions.map(\.longitude).max()!
        let cosMeanLatitude = cos((south + north) / 2 * .pi / 180)
        let span = Self.minimumSpan
        if north - south < span {
            let middle = (south + north) / 2
            (south, north) = (middle - span / 2, middle + span / 2)
        }
        if (east - west) * cosMeanLatitude < span {
            let middle = (west + east) / 2
            let half = span / 2 / cosMeanLatitude
            (west, east) = (middle - half, middle + half)
        }
        let spanX = (east - west) * cosMeanLatitude
        let spanY = north - south
        let innerWidth = Self.width - 2 * Self.margin
        var scale = innerWidth / spanX
        var innerHeight = spanY * scale
        if innerHeight > Self.innerHeightRange.upperBound {
            innerHeight = Self.innerHeightRange.upperBound
            scale = innerHeight / spanY
        } else if innerHeight < Self.innerHeightRange.lowerBound {
            innerHeight = Self.innerHeightRange.lowerBound
        }
        self.frameHeight = innerHeight + 2 * Self.margin
        self.west = west
        self.north = north
        self.cosMeanLatitude = cosMeanLatitude
        self.scale = scale
        self.offsetX = (innerWidth - spanX * scale) / 2
        self.offsetY = (innerHeight - spanY * scale) / 2
    }

    /// The position in SVG user units.
    func project(_ position: LatLon) -> (x: Double, y: Double) {
        (Self.margin + offsetX + (position.longitude - west) * cosMeanLatitude * scale,
         Self.margin + offsetY + (north - position.latitude) * scale)
    }

    /// Whether a dot of radius `inset` centred on `point` lies wholly inside the map frame.
    func contains(_ point: (x: Double, y: Double), inset: Double) -> Bool {
        (inset...(Self.width - inset)).contains(point.x) && (inset...(frameHeight - inset)).contains(point.y)
    }
}
