import Foundation

/// How long and how reproducibly an optimiser may search.
///
/// - `timeLimit`: wall-clock seconds the search may use (the optimiser returns its best plan when
///   it runs out; it may stop earlier when it proves or believes it cannot improve).
/// - `seed`: fixes every random choice, so the same input, seed and iteration count give the same
///   plan. (A time limit makes the number of iterations depend on the machine; for byte-identical
///   plans use `iterationLimit`.)
/// - `iterationLimit`: optional cap on improvement iterations, for reproducible runs and tests.
/// - `progress`: optional callback, called from the optimiser's thread at most every
///   `progressInterval` seconds with the best cost so far.
public struct SolveBudget: Sendable {
    public var timeLimit: Double
    public var seed: UInt64
    public var iterationLimit: Int?
    public var progressInterval: Double
    public var progress: (@Sendable (SolveProgress) -> Void)?

    public init(
        timeLimit: Double,
        seed: UInt64 = 1,
        iterationLimit: Int? = nil,
        progressInterval: Double = 1,
        progress: (@Sendable (SolveProgress) -> Void)? = nil
    ) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.iterationLimit = iterationLimit
        self.progressInterval = progressInterval
        self.progress = progress
    }
}

/// A progress report of a running search.
public struct SolveProgress: Sendable, Equatable {
    /// Seconds since the search started.
    public var elapsed: Double
    /// Improvement iterations done so far.
    public var iterations: Int
    /// Cost of the best solution so far, in the matrix's units.
    public var bestCost: Double

    public init(elapsed: Double, iterations: Int, bestCost: Double) {
        self.elapsed = elapsed
        self.iterations = iterations
        self.bestCost = bestCost
    }
}

/// A monotonic stopwatch in seconds.
public struct Stopwatch: Sendable {
    private let start: UInt64

    public init() { start = DispatchTime.now().uptimeNanoseconds }

    /// Seconds elapsed since this stopwatch was created.
    public var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
    }
}
