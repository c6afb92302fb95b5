import Foundation

/// A symmetric TSP instance read from a TSPLIB95 `.tsp` file with node coordinates.
///
/// Supported (TSPLIB95 documentation, G. Reinelt 1995, sections 1 and 2): `TYPE: TSP`,
/// `EDGE_WEIGHT_TYPE` EUC_2D, CEIL_2D, ATT or GEO, a `NODE_COORD_SECTION` of `<node> <x> <y>`
/// lines (nodes numbered 1…DIMENSION, in any order), optional `EOF`. The keywords `NAME`,
/// `COMMENT`, `DISPLAY_DATA_TYPE`, `EDGE_WEIGHT_FORMAT: FUNCTION` and
/// `NODE_COORD_TYPE: TWOD_COORDS` are accepted.
///
/// Rejected with a ``TSPLIBError``: other problem types (ATSP, CVRP, HCP…), explicit matrices
/// (`EDGE_WEIGHT_SECTION`), and `FIXED_EDGES_SECTION`. The latter is deliberate: linhp318 is lin318
/// with an edge forced into the tour (a Hamiltonian path problem); silently dropping the fixed edge
/// would make the published optimum (41345) unreachable-looking for a plain TSP solver, so the file
/// is refused instead of half-read.
public struct TSPLIBInstance: Sendable, Equatable {
    /// `NAME` value (empty when absent).
    public var name: String
    /// `COMMENT` values joined by a new line, or `nil` when absent.
    public var comment: String?
    /// `EDGE_WEIGHT_TYPE`: how distances follow from the coordinates.
    public var edgeWeightType: TSPLIBEdgeWeightType
    /// Coordinates, index `i` for TSPLIB node `i + 1` (so `coordinates.count == DIMENSION`).
    public var coordinates: [TSPLIBPoint]

    /// Most nodes read (the optimiser keeps a full distance matrix: 5,000 nodes are 200 MB).
    public static let maxDimension = 5_000

    /// Number of nodes (TSPLIB `DIMENSION`).
    public var dimension: Int { coordinates.count }

    /// An instance from its parts (for tests and generated instances).
    public init(name: String, comment: String? = nil, edgeWeightType: TSPLIBEdgeWeightType, coordinates: [TSPLIBPoint]) {
        self.name = name
        self.comment = comment
        self.edgeWeightType = edgeWeightType
        self.coordinates = coordinates
    }

    /// Reads a `.tsp` file. Throws ``TSPLIBError`` (unreadable file or any parse error).
    public init(contentsOf url: URL) throws(TSPLIBError) {
        try self.init(parsing: TSPLIBLines.read(contentsOf: url))
    }

    /// Parses the text of a `.tsp` file. Throws ``TSPLIBError`` with the offending line number.
    public init(parsing text: String) throws(TSPLIBError) {
        let lines = TSPLIBLines(text).lines
        var name = ""
        var comments: [String] = []
        var dimension: Int?
        var weightType: TSPLIBEdgeWeightType?
        var index = 0
        var sawCoordinates = false
        var points: [TSPLIBPoint?] = []

        while index < lines.count {
            let line = lines[index]
            index += 1
            let entry = try TSPLIBLines.entry(line)
            switch entry.keyword {
            case "NAME": name = entry.value
            case "COMMENT": comments.append(entry.value)
            case "TYPE":
                guard entry.value == "TSP" else {
                    throw TSPLIBError(.unsupportedType(entry.value), line: line.number)
                }
            case "DIMENSION":
                guard let value = Int(entry.value), value > 0, value <= Self.maxDimension else {
                    throw TSPLIBError(.invalidDimension(entry.value), line: line.number)
                }
                dimension = value
            case "EDGE_WEIGHT_TYPE":
                guard let type = TSPLIBEdgeWeightType(rawValue: entry.value) else {
                    throw TSPLIBError(.unsupportedEdgeWeightType(entry.value), line: line.number)
                }
                weightType = type
            case "EDGE_WEIGHT_FORMAT":
                guard entry.value == "FUNCTION" else {
                    throw TSPLIBError(.unsupportedSection("EDGE_WEIGHT_FORMAT: \(entry.value)"), line: line.number)
                }
            case "NODE_COORD_TYPE":
                guard entry.value == "TWOD_COORDS" else {
                    throw TSPLIBError(.unsupportedSection("NODE_COORD_TYPE: \(entry.value)"), line: line.number)
                }
            case "DISPLAY_DATA_TYPE":
                break
            case "NODE_COORD_SECTION":
                guard let dimension else { throw TSPLIBError(.missingDimension, line: line.number) }
                points = Array(repeating: nil, count: dimension)
                index = try Self.readCoordinates(lines, from: index, into: &points)
                sawCoordinates = true
            case "FIXED_EDGES_SECTION", "EDGE_WEIGHT_SECTION", "DISPLAY_DATA_SECTION", "DEMAND_SECTION",
                 "DEPOT_SECTION", "EDGE_DATA_SECTION", "TOUR_SECTION", "EDGE_DATA_FORMAT", "CAPACITY":
                throw TSPLIBError(.unsupportedSection(entry.keyword), line: line.number)
            default:
                throw TSPLIBError(.unknownKeyword(entry.keyword), line: line.number)
            }
        }

        guard let dimension else { throw TSPLIBError(.missingDimension) }
        guard let weightType else { throw TSPLIBError(.missingEdgeWeightType) }
        guard sawCoordinates, points.count == dimension else {
            throw TSPLIBError(.missingSection("NODE_COORD_SECTION"))
        }
        let missing = points.indices.filter { points[$0] == nil }
        if let first = missing.first {
            throw TSPLIBError(.missingNodes(missing.count, first + 1))
        }
        self.init(
            name: name,
            comment: comments.isEmpty ? nil : comments.joined(separator: "\n"),
            edgeWeightType: weightType,
            coordinates: points.map { $0! }
        )
    }

    /// Reads `<node> <x> <y>` lines from `start` until a line that does not start with a number
    /// (the next keyword). Returns the index of that line.
    private static func readCoordinates(
        _ lines: [TSPLIBLines.Line], from start: Int, into points: inout [TSPLIBPoint?]
    ) throws(TSPLIBError) -> Int {
        var index = start
        while index < lines.count {
            let line = lines[index]
            let fields = TSPLIBLines.fields(line)
            guard let first = fields.first, let firstScalar = first.unicodeScalars.first,
                  ("0"..."9").contains(firstScalar) || first.hasPrefix("-") || first.hasPrefix("+")
            else { break }
            guard fields.count == 3, let node = Int(fields[0]),
                  let x = Double(fields[1]), let y = Double(fields[2]), x.isFinite, y.isFinite
            else { throw TSPLIBError(.unreadableCoordinate, line: line.number) }
            guard node >= 1, node <= points.count else {
                throw TSPLIBError(.nodeOutOfRange(node, points.count), line: line.number)
            }
            guard points[node - 1] == nil else { throw TSPLIBError(.duplicateNode(node), line: line.number) }
            points[node - 1] = TSPLIBPoint(x: x, y: y)
            index += 1
        }
        return index
    }

    /// The TSPLIB distance between 0-based nodes `i` and `j` (TSPLIB nodes `i + 1`, `j + 1`),
    /// per ``TSPLIBEdgeWeightType/distance(_:_:)``; 0 when `i == j`.
    public func distance(_ i: Int, _ j: Int) -> Int {
        i == j ? 0 : edgeWeightType.distance(coordinates[i], coordinates[j])
    }

    /// The full symmetric distance matrix, `dimension × dimension`, 0-based (row `i` is TSPLIB node
    /// `i + 1`), with TSPLIB's integer distances as `Double` and zeros on the diagonal.
    public func matrix() -> Matrix {
        let n = dimension
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let d = Double(edgeWeightType.distance(coordinates[i], coordinates[j]))
                values[i * n + j] = d
                values[j * n + i] = d
            }
        }
        return Matrix(count: n, values: values)
    }
}
