import Foundation

/// A tour read from a TSPLIB95 `.tour` file (e.g. the `.opt.tour` optimal tours of TSPLIB).
///
/// Format (TSPLIB95 documentation, section 1.2.10 `TOUR_SECTION`): header lines (`NAME`, `TYPE:
/// TOUR`, `COMMENT`, `DIMENSION`, all optional), then `TOUR_SECTION` followed by the node numbers
/// (1-based, any number per line) and a `-1` terminator; `EOF` optional. Only a single tour is
/// read. The nodes must form a permutation of `1…DIMENSION` (or of `1…count` without DIMENSION).
public struct TSPLIBTour: Sendable, Equatable {
    /// `NAME` value (empty when absent).
    public var name: String
    /// `COMMENT` values joined by a new line, or `nil` when absent.
    public var comment: String?
    /// The visiting order as 0-based node indices (TSPLIB node `k` is index `k - 1`); the tour
    /// closes from the last node back to the first.
    public var nodes: [Int]

    /// A tour from its parts.
    public init(name: String, comment: String? = nil, nodes: [Int]) {
        self.name = name
        self.comment = comment
        self.nodes = nodes
    }

    /// Reads a `.tour` file. Throws ``TSPLIBError``.
    public init(contentsOf url: URL) throws(TSPLIBError) {
        try self.init(parsing: TSPLIBLines.read(contentsOf: url))
    }

    /// Parses the text of a `.tour` file. Throws ``TSPLIBError`` with the offending line number:
    /// a non-integer entry, a node outside `1…DIMENSION`, a repeated node, missing nodes, a
    /// missing `TOUR_SECTION`, or a `TYPE` other than `TOUR`.
    public init(parsing text: String) throws(TSPLIBError) {
        let lines = TSPLIBLines(text).lines
        var name = ""
        var comments: [String] = []
        var dimension: Int?
        var nodes: [Int]?
        var index = 0

        header: while index < lines.count {
            let line = lines[index]
            index += 1
            let entry = try TSPLIBLines.entry(line)
            switch entry.keyword {
            case "NAME": name = entry.value
            case "COMMENT": comments.append(entry.value)
            case "TYPE":
                guard entry.value == "TOUR" else {
                    throw TSPLIBError(.unsupportedType(entry.value), line: line.number)
                }
            case "DIMENSION":
                guard let value = Int(entry.value), value > 0 else {
                    throw TSPLIBError(.invalidDimension(entry.value), line: line.number)
                }
                dimension = value
            case "TOUR_SECTION":
                nodes = try Self.readNodes(lines, from: index, dimension: dimension)
                break header
            default:
                throw TSPLIBError(.unknownKeyword(entry.keyword), line: line.number)
            }
        }
        guard let nodes else { throw TSPLIBError(.missingSection("TOUR_SECTION")) }
        self.init(name: name, comment: comments.isEmpty ? nil : comments.joined(separator: "\n"), nodes: nodes)
    }

    /// Reads node numbers until `-1` or the end, and checks they form a permutation.
    private static func readNodes(
        _ lines: [TSPLIBLines.Line], from start: Int, dimension: Int?
    ) throws(TSPLIBError) -> [Int] {
        var numbers: [(node: Int, line: Int)] = []
        reading: for line in lines[start...] {
            for field in TSPLIBLines.fields(line) {
                guard let value = Int(field) else {
                    throw TSPLIBError(.unreadableTourEntry(String(field)), line: line.number)
                }
                if value == -1 { break reading }
                numbers.append((value, line.number))
            }
        }
        let count = dimension ?? numbers.count
        var seen = [Bool](repeating: false, count: count)
        for (node, line) in numbers {
            guard node >= 1, node <= count else { throw TSPLIBError(.nodeOutOfRange(node, count), line: line) }
            guard !seen[node - 1] else { throw TSPLIBError(.duplicateNode(node), line: line) }
            seen[node - 1] = true
        }
        let missing = seen.indices.filter { !seen[$0] }
        if let first = missing.first { throw TSPLIBError(.missingNodes(missing.count, first + 1)) }
        return numbers.map { $0.node - 1 }
    }
}
