import Foundation

/// A VRPTW instance in Solomon's text format (M. M. Solomon, "Algorithms for the vehicle routing
/// and scheduling problems with time window constraints", Operations Research 35(2):254–265,
/// 1987), as distributed for the 56 benchmark instances (C1, C2, R1, R2, RC1, RC2):
///
///     C101
///
///     VEHICLE
///     NUMBER     CAPACITY
///       25         200
///
///     CUSTOMER
///     CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME
///
///         0      40         50          0          0       1236          0
///         1      45         68         10        912        967         90
///
/// The first customer row is the depot. Coordinates, demands and times are numbers in the file's
/// own units.
public struct SolomonInstance: Sendable, Equatable {
    /// One row of the CUSTOMER table.
    public struct Customer: Sendable, Equatable {
        public var id: Int
        public var x: Double
        public var y: Double
        public var demand: Double
        public var readyTime: Double
        public var dueDate: Double
        public var serviceTime: Double
    }

    /// The instance name (first line).
    public var name: String
    /// Fleet size given by the file.
    public var vehicleCount: Int
    /// Capacity of each vehicle.
    public var capacity: Double
    /// The depot (first row of the table).
    public var depot: Customer
    /// The customers, in file order.
    public var customers: [Customer]

    /// How many vehicles the routing problem offers.
    public enum Fleet: Sendable, Equatable {
        /// The file's vehicle count (25 for the 100-customer instances).
        case asPublished
        /// One vehicle per customer: the number of routes is never the limit.
        case unlimited
    }

    /// Parses the text of an instance file.
    /// - Throws: `SolomonFormatError` with the 1-based line number of the first problem.
    public init(text: String) throws(SolomonFormatError) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        func fields(_ line: String) -> [Substring] { line.split(whereSeparator: { $0 == " " || $0 == "\t" }) }
        var index = 0
        func nextContentLine() -> Int? {
            while index < lines.count, fields(lines[index]).isEmpty { index += 1 }
            return index < lines.count ? index : nil
        }
        guard let nameLine = nextContentLine() else { throw SolomonFormatError(line: 1, kind: .empty) }
        name = lines[nameLine].trimmingCharacters(in: .whitespaces)
        index += 1

        guard let vehicleLine = nextContentLine(), lines[vehicleLine].uppercased().contains("VEHICLE") else {
            throw SolomonFormatError(line: min(index, lines.count) + 1, kind: .missingSection("VEHICLE"))
        }
        index += 1
        guard let headerLine = nextContentLine(), lines[headerLine].uppercased().contains("NUMBER") else {
            throw SolomonFormatError(line: min(index, lines.count) + 1, kind: .missingSection("NUMBER CAPACITY"))
        }
        index += 1
        guard let fleetLine = nextContentLine() else {
            throw SolomonFormatError(line: lines.count, kind: .missingSection("NUMBER CAPACITY"))
        }
        let fleet = fields(lines[fleetLine])
        guard fleet.count == 2, let count = Int(fleet[0]), let capacity = Double(fleet[1]), count > 0, capacity >= 0 else {
            throw SolomonFormatError(line: fleetLine + 1, kind: .badFleet(lines[fleetLine]))
        }
        vehicleCount = count
        self.capacity = capacity
        index += 1

        guard let customerLine = nextContentLine(), lines[customerLine].uppercased().contains("CUSTOMER") else {
            throw SolomonFormatError(line: min(index, lines.count) + 1, kind: .missingSection("CUSTOMER"))
        }
        index += 1
        guard let columnsLine = nextContentLine(), lines[columnsLine].uppercased().contains("CUST") else {
            throw SolomonFormatError(line: min(index, lines.count) + 1, kind: .missingSection("CUST NO."))
        }
        index += 1

        var rows = [Customer]()
        var ids = Set<Int>()
        while let rowLine = nextContentLine() {
            let row = fields(lines[rowLine])
            let numbers = row.compactMap { Double($0) }
            guard row.count == 7, numbers.count == 7, let id = Int(row[0]) else {
                throw SolomonFormatError(line: rowLine + 1, kind: .badCustomer(lines[rowLine]))
            }
            guard ids.insert(id).inserted else { throw SolomonFormatError(line: rowLine + 1, kind: .duplicateCustomer(id)) }
            guard numbers[3] >= 0, numbers[6] >= 0 else {
                throw SolomonFormatError(line: rowLine + 1, kind: .badCustomer(lines[rowLine]))
            }
            rows.append(Customer(
                id: id, x: numbers[1], y: numbers[2], demand: numbers[3],
                readyTime: numbers[4], dueDate: numbers[5], serviceTime: numbers[6]
            ))
            index += 1
        }
        guard let first = rows.first else { throw SolomonFormatError(line: lines.count, kind: .noCustomers) }
        depot = first
        customers = Array(rows.dropFirst())
    }

    /// Reads and parses the file at `url`.
    /// - Throws: `SolomonFormatError` (`.unreadable` when the file cannot be read as text).
    public init(contentsOf url: URL) throws(SolomonFormatError) {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw SolomonFormatError(line: 0, kind: .unreadable(url.lastPathComponent))
        }
        try self.init(text: text)
    }

    /// The routing problem under the benchmark's conventions:
    /// - location 0 is the depot, location i the i-th customer;
    /// - distance = unrounded Euclidean distance (double precision), travel time = distance;
    /// - service starts within [ready time, due date] (`.startWithin`) and lasts the service time;
    /// - each vehicle leaves the depot from its ready time and is back by its due date, with the
    ///   file's capacity;
    /// - objective: total distance only (`costPerDistance` 1, `costPerTime` 0, no cost per
    ///   vehicle), the convention of the distance-only best-known solutions.
    ///
    /// `fleet` chooses the number of vehicles. `.asPublished` keeps the file's 25: every
    /// distance-only best known solution listed for these instances uses at most 20 routes, so
    /// the limit never binds against them, and solutions stay valid for the instance as
    /// published. `.unlimited` lifts it (one vehicle per customer).
    public func routingProblem(fleet: Fleet = .asPublished) -> RoutingProblem {
        let points = [depot] + customers
        let matrix = Matrix(count: points.count) { i, j in
            let dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
            return (dx * dx + dy * dy).squareRoot()
        }
        let count = fleet == .asPublished ? vehicleCount : max(1, customers.count)
        let vehicle = Vehicle(
            startLocation: 0, endLocation: 0, earliestStart: depot.readyTime, latestEnd: depot.dueDate,
            capacity: capacity
        )
        let jobs = customers.enumerated().map { offset, customer in
            Job(
                location: offset + 1,
                serviceDuration: customer.serviceTime,
                windows: .everyVehicle([TimeWindow(start: customer.readyTime, end: customer.dueDate, rule: .startWithin)]),
                demand: customer.demand
            )
        }
        return RoutingProblem(
            durations: matrix, distances: matrix, costPerDistance: 1, costPerTime: 0,
            vehicles: Array(repeating: vehicle, count: count), jobs: jobs
        )
    }
}

/// A malformed Solomon file: where (1-based line, 0 when the file could not be read) and what.
public struct SolomonFormatError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case unreadable(String)
        case empty
        case missingSection(String)
        case badFleet(String)
        case badCustomer(String)
        case duplicateCustomer(Int)
        case noCustomers
    }

    public var line: Int
    public var kind: Kind

    /// The message in French.
    public var frenchDescription: String {
        let place = line > 0 ? "ligne \(line) : " : ""
        switch kind {
        case .unreadable(let file): return "Fichier illisible : \(file)."
        case .empty: return place + "le fichier est vide."
        case .missingSection(let section): return place + "section « \(section) » attendue."
        case .badFleet(let text): return place + "nombre de véhicules et capacité attendus, trouvé « \(text) »."
        case .badCustomer(let text):
            return place + "ligne client invalide (7 nombres attendus : numéro, x, y, demande, début, fin, service) : « \(text) »."
        case .duplicateCustomer(let id): return place + "le client \(id) apparaît deux fois."
        case .noCustomers: return place + "aucun client (la première ligne du tableau est le dépôt)."
        }
    }
}
