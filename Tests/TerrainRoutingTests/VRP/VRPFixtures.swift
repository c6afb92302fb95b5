import Foundation
@testable import TerrainRouting

/// Small hand-made instances and access to `../shared/data` for the VRP tests.
enum VRPFixtures {
    /// `../shared/data/<relativePath>`: this file is Tests/TerrainRoutingTests/VRP/VRPFixtures.swift,
    /// so the package root is four levels up and the shared folder sits beside it.
    static func sharedData(_ relativePath: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data").appendingPathComponent(relativePath)
    }

    /// Points on a line at abscissas `xs`; travel time and distance are both |x_i − x_j|.
    static func line(_ xs: [Double]) -> Matrix {
        Matrix(count: xs.count) { i, j in abs(xs[i] - xs[j]) }
    }

    /// A symmetric matrix from its upper triangle, given as [(i, j, value)].
    static func symmetric(_ count: Int, _ entries: [(Int, Int, Double)]) -> Matrix {
        var matrix = Matrix(count: count)
        for (i, j, value) in entries {
            matrix[i, j] = value
            matrix[j, i] = value
        }
        return matrix
    }

    /// A problem whose durations and distances are the same matrix.
    static func problem(
        _ matrix: Matrix, vehicles: [Vehicle], jobs: [Job], costPerDistance: Double = 1, costPerTime: Double = 0
    ) -> RoutingProblem {
        RoutingProblem(
            durations: matrix, distances: matrix, costPerDistance: costPerDistance, costPerTime: costPerTime,
            vehicles: vehicles, jobs: jobs
        )
    }

    /// A short deterministic budget for tiny instances.
    static let budget = SolveBudget(timeLimit: 30, seed: 7, iterationLimit: 300)

    /// Solves and checks the result with the independent checker; returns the solution.
    static func solve(_ problem: RoutingProblem, budget: SolveBudget = budget) throws -> RoutingSolution {
        try VRPSolver.solve(problem, budget: budget)
    }
}
