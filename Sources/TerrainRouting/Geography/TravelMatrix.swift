import Foundation

/// Road distances and driving times between a list of points.
///
/// Shapes: both matrices are `n × n` for `n` points, in the order of the points asked for;
/// cell (i, j) is the leg from point i to point j (asymmetric values allowed); the diagonal is 0.
public struct TravelMatrix: Sendable, Equatable {
    /// Road distances in metres.
    public let distances: Matrix
    /// Driving times in seconds.
    public let durations: Matrix

    /// Precondition: both matrices have the same size.
    public init(distances: Matrix, durations: Matrix) {
        precondition(distances.count == durations.count, "Distances and durations need the same size")
        self.distances = distances
        self.durations = durations
    }

    /// Number of points.
    public var count: Int { distances.count }
}

/// Something that computes travel matrices: the crow-flies model offline, an OSRM server online.
public protocol TravelMatrixProvider: Sendable {
    /// The travel matrix between `points` (same order). An empty list gives a 0 × 0 matrix.
    /// - Throws: the provider's own errors (for `OSRMTableClient`, `OSRMTableError`); the
    ///   crow-flies model never throws.
    func matrix(for points: [Coordinate]) async throws -> TravelMatrix
}

/// Chooses the travel matrix provider for the running process.
public enum TravelMatrixProviders {
    /// Name of the environment variable holding the base URL of an OSRM-compatible server
    /// (`http://127.0.0.1:5000`); when set and non-empty, routing uses that server.
    public static let osrmURLVariable = "TERRAIN_OSRM_URL"

    /// `OSRMTableClient` when `TERRAIN_OSRM_URL` is set and non-empty in `environment`,
    /// `offline` (the crow-flies model by default) otherwise.
    /// - Throws: `OSRMTableError.invalidBaseURL` when the variable is not an http(s) URL.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        offline: CrowFliesTravelModel = CrowFliesTravelModel()
    ) throws(OSRMTableError) -> any TravelMatrixProvider {
        let value = (environment[osrmURLVariable] ?? "").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return offline }
        return try OSRMTableClient(baseURL: value)
    }
}
