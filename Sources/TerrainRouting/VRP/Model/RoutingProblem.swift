/// A vehicle-routing problem with time windows: which vehicle visits which jobs, in which order
/// and at what time, at the least travel cost.
///
/// - `durations[i, j]`: travel time from location `i` to `j` (problem's time units: seconds for
///   the tour planner, the file's units for benchmarks);
/// - `distances[i, j]`: travel distance (metres for the planner, the file's units otherwise);
/// - the cost of a leg is `distances[i, j] × costPerDistance + durations[i, j] × costPerTime`,
///   in cost units (the planner's are euros; the optimiser computes in `Double`, callers convert
///   money to and from `Decimal` at the boundary). Waiting and service time cost nothing.
/// - An optional job's value is in the same cost units; a must job that cannot be placed is
///   listed in `RoutingSolution.unassigned` with its reason.
///
/// Both matrices have the same size; every location index of vehicles and jobs is below it.
public struct RoutingProblem: Sendable {
    /// Travel durations between locations.
    public var durations: Matrix
    /// Travel distances between locations.
    public var distances: Matrix
    /// Cost of one unit of distance.
    public var costPerDistance: Double
    /// Cost of one unit of travel time.
    public var costPerTime: Double
    /// The routes to plan (one per vehicle or per working day).
    public var vehicles: [Vehicle]
    /// The visits to place.
    public var jobs: [Job]

    public init(
        durations: Matrix,
        distances: Matrix,
        costPerDistance: Double = 1,
        costPerTime: Double = 0,
        vehicles: [Vehicle],
        jobs: [Job]
    ) {
        self.durations = durations
        self.distances = distances
        self.costPerDistance = costPerDistance
        self.costPerTime = costPerTime
        self.vehicles = vehicles
        self.jobs = jobs
    }

    /// Cost of travelling from location `i` to location `j`.
    @inlinable
    public func legCost(_ i: Int, _ j: Int) -> Double {
        distances[i, j] * costPerDistance + durations[i, j] * costPerTime
    }

    /// Checks shapes and indices.
    /// - Throws: `RoutingProblemError` for the first inconsistency found.
    public func validate() throws(RoutingProblemError) {
        let size = durations.count
        if distances.count != size { throw .matrixSizesDiffer(durations: size, distances: distances.count) }
        for (index, value) in durations.values.enumerated() where !(value >= 0) {
            throw .invalidTravel(from: index / size, to: index % size, value: value)
        }
        for (index, value) in distances.values.enumerated() where !(value >= 0) {
            throw .invalidTravel(from: index / size, to: index % size, value: value)
        }
        for (v, vehicle) in vehicles.enumerated() {
            for location in [vehicle.startLocation, vehicle.endLocation] where !(0..<size).contains(location) {
                throw .locationOutOfRange(location: location, matrixSize: size)
            }
            if let breakRule = vehicle.breakRule, !(breakRule.duration >= 0) {
                throw .invalidBreak(vehicle: v)
            }
        }
        for (j, job) in jobs.enumerated() {
            if !(0..<size).contains(job.location) {
                throw .locationOutOfRange(location: job.location, matrixSize: size)
            }
            if !(job.serviceDuration >= 0) { throw .invalidServiceDuration(job: j) }
            if let fixed = job.fixedAppointment, !vehicles.indices.contains(fixed.vehicle) {
                throw .vehicleOutOfRange(job: j, vehicle: fixed.vehicle)
            }
            if case .perVehicle(let map) = job.windows {
                for vehicle in map.keys where !vehicles.indices.contains(vehicle) {
                    throw .vehicleOutOfRange(job: j, vehicle: vehicle)
                }
            }
        }
    }
}

/// Why a `RoutingProblem` is malformed. `frenchDescription` is the message to show.
public enum RoutingProblemError: Error, Equatable, Sendable {
    /// The duration and distance matrices have different sizes.
    case matrixSizesDiffer(durations: Int, distances: Int)
    /// A travel value is negative or not a number (infinity is allowed: unreachable).
    case invalidTravel(from: Int, to: Int, value: Double)
    /// A vehicle or job refers to a location outside the matrices.
    case locationOutOfRange(location: Int, matrixSize: Int)
    /// A job's fixed appointment or windows refer to a vehicle that does not exist.
    case vehicleOutOfRange(job: Int, vehicle: Int)
    /// A job's service duration is negative or not a number.
    case invalidServiceDuration(job: Int)
    /// A vehicle's break has a negative or undefined duration.
    case invalidBreak(vehicle: Int)

    /// The message in French.
    public var frenchDescription: String {
        switch self {
        case .matrixSizesDiffer(let d, let m):
            return "Les matrices de durées (\(d)) et de distances (\(m)) n’ont pas la même taille."
        case .invalidTravel(let i, let j, let value):
            return "Trajet invalide de \(i) à \(j) : \(value)."
        case .locationOutOfRange(let location, let size):
            return "Le lieu \(location) n’existe pas (la matrice en compte \(size))."
        case .vehicleOutOfRange(let job, let vehicle):
            return "La visite \(job) renvoie à la tournée \(vehicle), qui n’existe pas."
        case .invalidServiceDuration(let job):
            return "La durée de la visite \(job) est invalide."
        case .invalidBreak(let vehicle):
            return "La pause de la tournée \(vehicle) a une durée invalide."
        }
    }
}
