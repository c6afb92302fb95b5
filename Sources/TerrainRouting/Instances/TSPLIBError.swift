import Foundation

/// Why a TSPLIB file (`.tsp` instance or `.tour` file) could not be read.
///
/// `line` is the 1-based line of the file where the problem was found, or `nil` when the problem
/// concerns the file as a whole (missing keyword, missing nodes, unreadable file). `message` is
/// the French text shown to the user, e.g. « Ligne 7 : coordonnée illisible ».
public struct TSPLIBError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// The file could not be read from disk (path given).
        case unreadableFile(String)
        /// A header line is not `KEY : VALUE` or the keyword is not part of TSPLIB95 section 1.1.
        case unknownKeyword(String)
        /// `TYPE` is something other than `TSP` (instances) or `TOUR` (tour files).
        case unsupportedType(String)
        /// `EDGE_WEIGHT_TYPE` is not one of EUC_2D, CEIL_2D, ATT, GEO.
        case unsupportedEdgeWeightType(String)
        /// A keyword or section with a value this reader does not handle (e.g. `NODE_COORD_TYPE`
        /// other than `TWOD_COORDS`, `EDGE_WEIGHT_SECTION`, `FIXED_EDGES_SECTION`).
        case unsupportedSection(String)
        /// `DIMENSION` is missing.
        case missingDimension
        /// `DIMENSION` is not a positive integer.
        case invalidDimension(String)
        /// `EDGE_WEIGHT_TYPE` is missing.
        case missingEdgeWeightType
        /// `NODE_COORD_SECTION` (instances) or `TOUR_SECTION` (tours) is missing.
        case missingSection(String)
        /// A coordinate line is not `<node> <x> <y>` with numbers.
        case unreadableCoordinate
        /// A node number lies outside `1...dimension` (number, dimension).
        case nodeOutOfRange(Int, Int)
        /// A node appears twice (in a coordinate section or a tour).
        case duplicateNode(Int)
        /// Some nodes have no coordinates or are missing from a tour (count, first missing node).
        case missingNodes(Int, Int)
        /// A tour entry is not an integer.
        case unreadableTourEntry(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// 1-based line number in the file, when the problem is tied to a line.
    public var line: Int?

    /// Creates an error of `kind` found at `line` (1-based), if any.
    public init(_ kind: Kind, line: Int? = nil) {
        self.kind = kind
        self.line = line
    }

    /// The French message, prefixed with « Ligne N : » when the line is known.
    public var message: String {
        let text: String
        switch kind {
        case .unreadableFile(let path):
            text = "fichier illisible « \(path) »"
        case .unknownKeyword(let keyword):
            text = "mot-clé inconnu « \(keyword) »"
        case .unsupportedType(let type):
            text = "type « \(type) » non pris en charge"
        case .unsupportedEdgeWeightType(let type):
            text = "type de distance « \(type) » non pris en charge (EUC_2D, CEIL_2D, ATT ou GEO attendu)"
        case .unsupportedSection(let name):
            text = "« \(name) » non pris en charge"
        case .missingDimension:
            text = "DIMENSION manquante"
        case .invalidDimension(let value):
            text = "DIMENSION invalide « \(value) » (un nombre de 1 à \(TSPLIBInstance.maxDimension))"
        case .missingEdgeWeightType:
            text = "EDGE_WEIGHT_TYPE manquant"
        case .missingSection(let name):
            text = "section \(name) manquante"
        case .unreadableCoordinate:
            text = "coordonnée illisible"
        case .nodeOutOfRange(let node, let dimension):
            text = "nœud \(node) hors de 1…\(dimension)"
        case .duplicateNode(let node):
            text = "nœud \(node) donné deux fois"
        case .missingNodes(let count, let first):
            text = count == 1 ? "nœud \(first) manquant" : "\(count) nœuds manquants (premier : \(first))"
        case .unreadableTourEntry(let entry):
            text = "entrée de tournée illisible « \(entry) »"
        }
        guard let line else { return text.prefix(1).uppercased() + text.dropFirst() }
        return "Ligne \(line) : \(text)"
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
