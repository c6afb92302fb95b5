import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Travel matrices from an OSRM-compatible `table` service.
///
/// Request (OSRM HTTP API v5, "Table service", project-osrm.org/docs/v5.24.0/api/#table-service):
/// `GET {base}/table/v1/{profile}/{lon},{lat};{lon},{lat}…?annotations=duration,distance`
/// with, for partial tables, `&sources=i;j…&destinations=k;l…` (indices into the coordinates).
/// The answer's `durations` (seconds) and `distances` (metres) are row-major arrays of rows,
/// one row per source; `null` marks a pair with no route. `distance` annotations need OSRM ≥ 5.18
/// (older servers answer `InvalidQuery`, reported as `.serverError`; osrm-backend issue #5064).
///
/// Point sets larger than `maxLocationsPerRequest` are split into blocks of half that size and
/// asked for block pair by block pair (each request then holds at most `maxLocationsPerRequest`
/// coordinates), so a server with the default `--max-table-size 100` accepts every request.
/// Requests are sent one after the other; a one-point diagonal block is not asked for (it is 0).
public struct OSRMTableClient: TravelMatrixProvider, Sendable {
    /// Server root, e.g. `http://127.0.0.1:5000` (a path prefix is kept: `https://host/osrm`).
    public let baseURL: URL
    /// Routing profile in the URL (`driving` on a car-profile server).
    public let profile: String
    /// Most coordinates sent in one request (≥ 2). Default 100.
    public let maxLocationsPerRequest: Int
    /// Seconds before a request is abandoned as unreachable. Default 30.
    public let timeout: TimeInterval

    /// A client for the server at `baseURL`.
    /// - Throws: `OSRMTableError.invalidBaseURL` unless `baseURL` is an http(s) URL with a host.
    /// - Precondition: `maxLocationsPerRequest >= 2`, `timeout > 0`.
    public init(baseURL: URL, profile: String = "driving", maxLocationsPerRequest: Int = 100, timeout: TimeInterval = 30) throws(OSRMTableError) {
        guard let scheme = baseURL.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = baseURL.host, !host.isEmpty else {
            throw .invalidBaseURL(baseURL.absoluteString)
        }
        precondition(maxLocationsPerRequest >= 2, "A table request needs room for two points")
        precondition(timeout > 0, "The timeout must be positive")
        self.baseURL = baseURL
        self.profile = profile
        self.maxLocationsPerRequest = maxLocationsPerRequest
        self.timeout = timeout
    }

    /// A client for the server whose root URL is the text `baseURL` (as in `TERRAIN_OSRM_URL`).
    /// - Throws: `OSRMTableError.invalidBaseURL` when the text is not an http(s) URL.
    public init(baseURL: String, profile: String = "driving", maxLocationsPerRequest: Int = 100, timeout: TimeInterval = 30) throws(OSRMTableError) {
        guard let url = URL(string: baseURL.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidBaseURL(baseURL)
        }
        try self.init(baseURL: url, profile: profile, maxLocationsPerRequest: maxLocationsPerRequest, timeout: timeout)
    }

    /// The table request URL for `points`, optionally restricted to `sources` and `destinations`
    /// (indices into `points`). Coordinates are written `lon,lat` with 6 decimals (about 0.1 m).
    public func tableURL(for points: [Coordinate], sources: [Int]? = nil, destinations: [Int]? = nil) -> URL {
        var root = baseURL.absoluteString
        while root.hasSuffix("/") { root.removeLast() }
        let coordinates = points.map { String(format: "%.6f,%.6f", $0.longitude, $0.latitude) }.joined(separator: ";")
        var text = "\(root)/table/v1/\(profile)/\(coordinates)?annotations=duration,distance"
        if let sources { text += "&sources=" + sources.map(String.init).joined(separator: ";") }
        if let destinations { text += "&destinations=" + destinations.map(String.init).joined(separator: ";") }
        // Every part is ASCII digits, letters, `.,;:/?&=-`: always a valid URL.
        return URL(string: text)!
    }

    /// The travel matrix between `points` from the server.
    /// - Throws: `OSRMTableError`: `.unreachable` (connection refused, timeout…), `.serverError`
    ///   (the server answered with an error code), `.badAnswer` (not a table of the right shape),
    ///   `.unroutable(from:to:)` (a `null` cell: no road between those two points; 0-based indices
    ///   into `points`).
    public func matrix(for points: [Coordinate]) async throws -> TravelMatrix {
        let n = points.count
        var distances = Matrix(count: n)
        var durations = Matrix(count: n)
        guard n > 1 else { return TravelMatrix(distances: distances, durations: durations) }

        let blockSize = n <= maxLocationsPerRequest ? n : maxLocationsPerRequest / 2
        let blocks = stride(from: 0, to: n, by: blockSize).map { $0..<min($0 + blockSize, n) }
        for rows in blocks {
            for columns in blocks where !(rows == columns && rows.count == 1) {
                let block = try await table(points, rows: rows, columns: columns)
                for (r, i) in rows.enumerated() {
                    for (c, j) in columns.enumerated() {
                        distances[i, j] = i == j ? 0 : block.distances[r * columns.count + c]
                        durations[i, j] = i == j ? 0 : block.durations[r * columns.count + c]
                    }
                }
            }
        }
        return TravelMatrix(distances: distances, durations: durations)
    }

    // MARK: - One request

    private struct Answer: Decodable {
        var code: String?
        var message: String?
        var durations: [[Double?]]?
        var distances: [[Double?]]?
    }

    /// Row-major `rows.count × columns.count` values for the block (global indices into `points`).
    private func table(_ points: [Coordinate], rows: Range<Int>, columns: Range<Int>) async throws(OSRMTableError) -> (distances: [Double], durations: [Double]) {
        let url: URL
        if rows == columns {
            url = tableURL(for: Array(points[rows]))
        } else {
            let sent = Array(points[rows]) + Array(points[columns])
            url = tableURL(for: sent, sources: Array(0..<rows.count), destinations: Array(rows.count..<sent.count))
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")

        let data: Data, response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw .unreachable(url: baseURL.absoluteString, reason: error.localizedDescription)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let answer = try? JSONDecoder().decode(Answer.self, from: data)
        guard status == 200, let answer, answer.code == "Ok" else {
            if let code = answer?.code {
                throw .serverError(status: status, code: code, message: answer?.message)
            }
            throw .badAnswer("statut HTTP \(status), réponse non JSON")
        }
        guard let durations = answer.durations, let distances = answer.distances else {
            throw .badAnswer("durées ou distances absentes (le serveur gère-t-il annotations=duration,distance ?)")
        }
        func flatten(_ table: [[Double?]], _ name: String) throws(OSRMTableError) -> [Double] {
            guard table.count == rows.count, table.allSatisfy({ $0.count == columns.count }) else {
                throw .badAnswer("table des \(name) de taille inattendue (\(rows.count) × \(columns.count) attendu)")
            }
            var values = [Double]()
            values.reserveCapacity(rows.count * columns.count)
            for (r, row) in table.enumerated() {
                for (c, value) in row.enumerated() {
                    guard let value else { throw .unroutable(from: rows.lowerBound + r, to: columns.lowerBound + c) }
                    guard value.isFinite, value >= 0 else { throw .badAnswer("valeur de \(name) invalide : \(value)") }
                    values.append(value)
                }
            }
            return values
        }
        return (try flatten(distances, "distances"), try flatten(durations, "durées"))
    }
}

/// Why an OSRM table request failed. Messages in French.
public enum OSRMTableError: Error, Sendable, Equatable, LocalizedError {
    /// The configured server address is not an http(s) URL.
    case invalidBaseURL(String)
    /// No answer from the server (connection refused, name unknown, timeout…).
    case unreachable(url: String, reason: String)
    /// The server answered with an OSRM error code (`InvalidQuery`, `TooBig`, `NoSegment`…).
    case serverError(status: Int, code: String, message: String?)
    /// The answer is not a table of the expected shape.
    case badAnswer(String)
    /// No road between these two points (0-based indices into the points asked for).
    case unroutable(from: Int, to: Int)

    public var errorDescription: String? {
        switch self {
        case .invalidBaseURL(let text):
            return "Adresse du serveur d'itinéraires invalide : « \(text) » (attendu http://hôte:port)."
        case .unreachable(let url, let reason):
            return "Le serveur d'itinéraires \(url) est injoignable : \(reason)"
        case .serverError(let status, let code, let message):
            let detail = message.map { " — \($0)" } ?? ""
            return "Le serveur d'itinéraires a refusé la demande (HTTP \(status), \(code)\(detail))."
        case .badAnswer(let reason):
            return "Réponse inattendue du serveur d'itinéraires : \(reason)."
        case .unroutable(let from, let to):
            return "Aucun itinéraire routier du point n° \(from + 1) au point n° \(to + 1)."
        }
    }
}
