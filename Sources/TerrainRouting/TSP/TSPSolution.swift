/// The result of ``TSPSolver``.
public struct TSPSolution: Sendable, Equatable {
    /// The visiting order as 0-based matrix indices, each index exactly once.
    /// Closed tours (``TSPSolver/solve(_:budget:)``) start at 0 and return to it implicitly;
    /// paths (``TSPSolver/solvePath(_:from:to:budget:)``) start at `start` and end at `end`.
    public var order: [Int]
    /// Sum of the matrix values along `order` (including the closing edge for a closed tour), in
    /// the matrix's units.
    public var cost: Double
    /// Kicks of the iterated local search (0 when solved exactly).
    public var iterations: Int
    /// Wall-clock seconds spent.
    public var elapsed: Double
    /// Whether `order` is proven optimal (small instances solved by dynamic programming).
    public var isOptimal: Bool

    public init(order: [Int], cost: Double, iterations: Int, elapsed: Double, isOptimal: Bool) {
        self.order = order
        self.cost = cost
        self.iterations = iterations
        self.elapsed = elapsed
        self.isOptimal = isOptimal
    }
}
