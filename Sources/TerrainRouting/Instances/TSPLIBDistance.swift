import Foundation

/// The coordinate-based distance functions of TSPLIB95 this reader supports.
///
/// Source: G. Reinelt, "TSPLIB 95" documentation, section 2 ("The distance functions"), Universität
/// Heidelberg, 1995. All functions return integers; `nint(x)` there is `(int)(x + 0.5)`.
public enum TSPLIBEdgeWeightType: String, Sendable, CaseIterable {
    /// Euclidean distance rounded to the nearest integer: `nint(sqrt(dx² + dy²))` (section 2.1).
    case euc2D = "EUC_2D"
    /// Euclidean distance rounded up: `ceil(sqrt(dx² + dy²))` (section 2.1, last paragraph).
    case ceil2D = "CEIL_2D"
    /// Pseudo-Euclidean distance of att48/att532 (section 2.5):
    /// `r = sqrt((dx² + dy²) / 10)`, `t = nint(r)`, `d = t < r ? t + 1 : t`.
    case att = "ATT"
    /// Geographical distance on the idealised sphere (section 2.4): coordinates are `DDD.MM`
    /// (degrees, minutes), converted with `PI = 3.141592`, earth radius `RRR = 6378.388` km,
    /// `d = (int)(RRR * acos(0.5 * ((1 + q1) * q2 - (1 - q1) * q3)) + 1)`, in kilometres.
    case geo = "GEO"

    /// The TSPLIB distance between two points given in the file's coordinates.
    ///
    /// For `.geo` the whole-degree part is truncated toward zero (`(int) x`): the printed
    /// documentation writes `nint(x)`, but the TSPLIB FAQ and the published optima of gr96, gr202
    /// and gr666 (checked by the tests against their `.opt.tour` files) require truncation.
    /// This is the bare formula: for GEO two identical points are 1 km apart, as in TSPLIB;
    /// ``TSPLIBInstance/matrix()`` puts 0 on the diagonal.
    public func distance(_ a: TSPLIBPoint, _ b: TSPLIBPoint) -> Int {
        switch self {
        case .euc2D:
            return Self.nint(Self.euclidean(a, b))
        case .ceil2D:
            return Int(Self.euclidean(a, b).rounded(.up))
        case .att:
            let dx = a.x - b.x
            let dy = a.y - b.y
            let r = ((dx * dx + dy * dy) / 10).squareRoot()
            let t = Self.nint(r)
            return Double(t) < r ? t + 1 : t
        case .geo:
            let (latA, lonA) = Self.geoRadians(a)
            let (latB, lonB) = Self.geoRadians(b)
            let q1 = cos(lonA - lonB)
            let q2 = cos(latA - latB)
            let q3 = cos(latA + latB)
            let cosine = min(1, max(-1, 0.5 * ((1 + q1) * q2 - (1 - q1) * q3)))
            return Int(Self.earthRadius * acos(cosine) + 1)
        }
    }

    /// TSPLIB's `nint(x) = (int)(x + 0.5)` (truncation toward zero; distances are non-negative).
    static func nint(_ x: Double) -> Int { Int(x + 0.5) }

    /// π as TSPLIB95 section 2.4 fixes it (not `Double.pi`): 3.141592.
    static let geoPi = 3.141592
    /// Earth radius of TSPLIB95 section 2.4, in kilometres.
    static let earthRadius = 6378.388

    private static func euclidean(_ a: TSPLIBPoint, _ b: TSPLIBPoint) -> Double {
        let dx = a.x - b.x
        let dy = a.y - b.y
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Latitude (from `x`) and longitude (from `y`) in radians from `DDD.MM` values.
    private static func geoRadians(_ p: TSPLIBPoint) -> (Double, Double) {
        func radians(_ value: Double) -> Double {
            let degrees = value.rounded(.towardZero)
            let minutes = value - degrees
            return geoPi * (degrees + 5.0 * minutes / 3.0) / 180.0
        }
        return (radians(p.x), radians(p.y))
    }
}

/// A node's coordinates as written in a TSPLIB `NODE_COORD_SECTION` (for GEO: `x` is the latitude
/// and `y` the longitude, both `DDD.MM`).
public struct TSPLIBPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
