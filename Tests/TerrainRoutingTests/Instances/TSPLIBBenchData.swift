import Foundation
@testable import TerrainRouting

/// The public TSPLIB files in `../shared/data/bench/tsplib` (next to the package root), and their
/// published optima from `tsplib_optima.csv` (TSPLIB "solutions" list, see that folder's README).
enum TSPLIBBenchData {
    /// Package root: three levels up from Tests/TerrainRoutingTests/<Folder>/File.swift, with
    /// symbolic links resolved (scratch packages link to the worktree).
    static let folder: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("../shared/data/bench/tsplib").standardizedFileURL

    static func instance(_ name: String) throws -> TSPLIBInstance {
        try TSPLIBInstance(contentsOf: folder.appendingPathComponent("\(name).tsp"))
    }

    static func tour(_ name: String) throws -> TSPLIBTour {
        try TSPLIBTour(contentsOf: folder.appendingPathComponent("\(name).opt.tour"))
    }

    /// One row of `tsplib_optima.csv`.
    struct Optimum {
        var name: String
        var nodes: Int
        var edgeWeightType: String
        var optimalLength: Int
        var hasOptimalTour: Bool
    }

    /// All rows of `tsplib_optima.csv` (the first four columns contain no quoted commas).
    static func optima() throws -> [Optimum] {
        let text = try String(contentsOf: folder.appendingPathComponent("tsplib_optima.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return Optimum(
                name: String(fields[0]), nodes: Int(fields[1])!, edgeWeightType: String(fields[2]),
                optimalLength: Int(fields[3])!, hasOptimalTour: !fields[4].isEmpty
            )
        }
    }

    static func optimum(_ name: String) throws -> Int {
        try optima().first { $0.name == name }!.optimalLength
    }
}
