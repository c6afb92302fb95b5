import Foundation
import Testing
@testable import TerrainRouting

/// The rep's week (60 real establishments, 5 days, opening hours, 3 booked appointments,
/// 17 optional visits) planned with the interactive budget.
@Suite struct RepWeekTests {
    @Test func plansTheWeek() throws {
        let (problem, visits) = try RepWeek.problem()
        #expect(problem.jobs.count == 60)
        #expect(visits.filter(\.must).count == 43)   // 60 rows, 17 marked optional in the CSV

        let solution = try VRPSolver.solve(problem, budget: VRPSolver.interactiveBudget(for: problem, seed: 1))
        #expect(solution.violations(for: problem).isEmpty)

        // Booked appointments (CSV): V01 Tuesday 10:30, V02 Wednesday 15:30, V03 Friday 09:00.
        for (id, day, clock) in [("V01", 1, "10:30"), ("V02", 2, "15:30"), ("V03", 4, "09:00")] {
            let job = visits.firstIndex { $0.id == id }!
            let stop = solution.routes[day].stops.first { $0.job == job }
            #expect(stop?.start == RepWeek.seconds(clock), "\(id)")
        }
        // Every must visit is placed (none is impossible on its own in this week).
        let missing = solution.unassigned.filter { problem.jobs[$0.job].priority == .must }
        #expect(missing.isEmpty, "\(missing.map { (visits[$0.job].id, $0.reason.frenchDescription) })")
        // Every working day has its lunch break between 12:00 and 14:00.
        for route in solution.usedRoutes {
            let lunch = try #require(route.breakTaken)
            #expect(lunch.start >= RepWeek.seconds("12:00") && lunch.end <= RepWeek.seconds("14:00"))
        }
        // Optional visits left out say why.
        for entry in solution.unassigned where problem.jobs[entry.job].priority != .must {
            #expect([.notWorthItsCost, .noRoomLeft].contains(entry.reason))
        }
        #expect(solution.elapsed < 5)   // debug build on a shared machine; the release figure is far lower
    }
}
