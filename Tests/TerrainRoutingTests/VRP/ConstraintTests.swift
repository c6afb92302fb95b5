import Testing
@testable import TerrainRouting

/// Driving limits, capacity, optional visits and the reasons given for visits left out.
@Suite struct ConstraintTests {
    /// Depot 0, A = 1, B = 2, C = 3 with d(0,A) = d(0,B) = 15, d(A,B) = 20, d(0,C) = 25,
    /// d(A,C) = d(B,C) = 30.
    static let triangle = VRPFixtures.symmetric(4, [(0, 1, 15), (0, 2, 15), (1, 2, 20), (0, 3, 25), (1, 3, 30), (2, 3, 30)])

    /// One route through A and B drives 15 + 20 + 15 = 50; two routes drive 30 each (60 in all).
    /// With at most 40 of driving per vehicle, A and B need a route each; C alone needs 25 + 25 = 50
    /// > 40 on any vehicle: left out as beyond the driving limit.
    @Test func maximumDriving() throws {
        let vehicle = Vehicle(startLocation: 0, endLocation: 0, maxDrivingDuration: 40)
        let problem = VRPFixtures.problem(
            Self.triangle, vehicles: [vehicle, vehicle, vehicle], jobs: [Job(location: 1), Job(location: 2), Job(location: 3)]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.usedRoutes.map(\.drivingDuration) == [30, 30])
        #expect(solution.travelCost == 60)
        #expect(solution.unassigned == [UnassignedJob(job: 2, reason: .beyondMaxDriving)])

        // Without the limit one route through A and B is cheaper (50 < 60).
        var free = problem
        free.jobs.removeLast()
        free.vehicles = free.vehicles.map { var v = $0; v.maxDrivingDuration = nil; return v }
        let single = try VRPFixtures.solve(free)
        #expect(single.usedRoutes.count == 1)
        #expect(single.travelCost == 50)
    }

    /// Capacity 10, demands 6 and 6: A and B cannot share a route (12 > 10), so 30 + 30 = 60
    /// instead of 50; a demand of 11 exceeds every vehicle.
    @Test func capacity() throws {
        let vehicle = Vehicle(startLocation: 0, endLocation: 0, capacity: 10)
        let problem = VRPFixtures.problem(
            Self.triangle, vehicles: [vehicle, vehicle],
            jobs: [Job(location: 1, demand: 6), Job(location: 2, demand: 6), Job(location: 3, demand: 11)]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.usedRoutes.count == 2)
        #expect(solution.usedRoutes.map(\.load) == [6, 6])
        #expect(solution.travelCost == 60)
        #expect(solution.unassigned == [UnassignedJob(job: 2, reason: .exceedsCapacity)])
    }

    /// Must visit at x = 10, optional visit at x = 20 on a line; leg cost = distance × 1 + time ×
    /// 0.5 with time = distance, i.e. 1.5 per unit. Without the optional visit: 0 → 10 → 0 costs
    /// 20 × 1.5 = 30; with it 0 → 10 → 20 → 0 costs 40 × 1.5 = 60: a detour of 30.
    /// Value 25 < 30: left out (total 30 + 25 lost = 55). Value 35 > 30: kept (total 60; either
    /// order of the two visits drives 40).
    @Test func optionalVisitOnlyWhenWorthIt() throws {
        func problem(value: Double) -> RoutingProblem {
            VRPFixtures.problem(
                VRPFixtures.line([0, 10, 20]),
                vehicles: [Vehicle(startLocation: 0, endLocation: 0)],
                jobs: [Job(location: 1), Job(location: 2, priority: .optional(value: value))],
                costPerDistance: 1, costPerTime: 0.5
            )
        }
        let cheap = try VRPFixtures.solve(problem(value: 25))
        #expect(cheap.routes[0].stops.map(\.job) == [0])
        #expect(cheap.unassigned == [UnassignedJob(job: 1, reason: .notWorthItsCost)])
        #expect(cheap.travelCost == 30)
        #expect(cheap.lostValue == 25)
        #expect(cheap.cost == 55)

        let valuable = try VRPFixtures.solve(problem(value: 35))
        #expect(Set(valuable.routes[0].stops.map(\.job)) == [0, 1])
        #expect(valuable.unassigned.isEmpty)
        #expect(valuable.travelCost == 60)
    }

    /// Reasons proven for a visit on its own, shift [0, 300] from x = 0:
    /// - window [500, 600]: after the shift → no usable window;
    /// - allowed only on vehicle 1, which has no window for it → no usable window;
    /// - two appointments booked on day 0 at 100, 10 apart in space, the first lasting 30: the
    ///   second starts before the first ends → the later one (job index 3) conflicts with job 2.
    @Test func impossibleVisitsAreReportedWithTheirReason() throws {
        let shift = Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 300)
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10, 20, 30]),
            vehicles: [shift, shift],
            jobs: [
                Job(location: 1, serviceDuration: 10, windows: .everyVehicle([TimeWindow(start: 500, end: 600)])),
                Job(location: 1, windows: .perVehicle([1: []])),
                Job(location: 2, serviceDuration: 30, fixedAppointment: FixedAppointment(vehicle: 0, start: 100)),
                Job(location: 3, serviceDuration: 30, fixedAppointment: FixedAppointment(vehicle: 0, start: 100)),
            ]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.unassigned.count == 3)
        #expect(solution.unassigned.first { $0.job == 0 }?.reason == .noWindowInShift)
        #expect(solution.unassigned.first { $0.job == 1 }?.reason == .noWindowInShift)
        let placed = solution.routes[0].stops.map(\.job)
        #expect(placed.count == 1)
        let booked = placed.first ?? -1
        #expect([2, 3].contains(booked))
        let other = booked == 2 ? 3 : 2
        #expect(solution.unassigned.first { $0.job == other }?.reason == .fixedAppointmentConflict(other: booked))
        #expect(solution.routes[0].stops.first?.start == 100)
        #expect(UnassignedReason.fixedAppointmentConflict(other: booked).frenchDescription.contains("incompatible"))
    }

    /// A plan with no room left: one vehicle, two visits at x = 10 each lasting 60 that must
    /// both start in [0, 50]. Whichever goes first ends at ≥ 70 > 50: the other is left out
    /// although it would fit alone.
    @Test func noRoomLeft() throws {
        let window = JobWindows.everyVehicle([TimeWindow(start: 0, end: 50)])
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10]),
            vehicles: [Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 500)],
            jobs: [Job(location: 1, serviceDuration: 60, windows: window), Job(location: 1, serviceDuration: 60, windows: window)]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.routes[0].stops.count == 1)
        #expect(solution.unassigned.map(\.reason) == [.noRoomLeft])
    }

    /// A malformed problem is refused with a typed error, not solved.
    @Test func malformedProblemThrows() {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10]), vehicles: [Vehicle(startLocation: 0, endLocation: 5)], jobs: [Job(location: 1)]
        )
        #expect(throws: RoutingProblemError.locationOutOfRange(location: 5, matrixSize: 2)) {
            try VRPSolver.solve(problem, budget: VRPFixtures.budget)
        }
    }

    /// The checker is not vacuous: moving a visit out of its window is reported.
    @Test func checkerFlagsAVisitOutsideItsWindow() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10]),
            vehicles: [Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 100)],
            jobs: [Job(location: 1, serviceDuration: 5, windows: .everyVehicle([TimeWindow(start: 20, end: 30)]))]
        )
        var solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        solution.routes[0].stops[0].start = 40
        solution.routes[0].stops[0].end = 45
        #expect(solution.violations(for: problem).contains { $0.contains("outside its windows") })
    }
}

/// Degenerate inputs still give an answer, never a crash or a silent empty plan.
@Suite struct DegenerateProblemTests {
    /// No vehicle at all: both jobs are listed, with the reason that no working day can take them.
    @Test func noVehicle() throws {
        let problem = VRPFixtures.problem(VRPFixtures.line([0, 10, 20]), vehicles: [], jobs: [Job(location: 1), Job(location: 2)])
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.routes.isEmpty)
        #expect(solution.unassigned == [UnassignedJob(job: 0, reason: .noWindowInShift), UnassignedJob(job: 1, reason: .noWindowInShift)])
    }

    /// No job: one empty route per vehicle, nothing to report, cost 0.
    @Test func noJob() throws {
        let problem = VRPFixtures.problem(VRPFixtures.line([0]), vehicles: [Vehicle(startLocation: 0, endLocation: 0)], jobs: [])
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.routes.count == 1 && solution.routes[0].stops.isEmpty)
        #expect(solution.unassigned.isEmpty && solution.cost == 0)
    }

    /// An unreachable place (infinite travel time from and to the depot) is reported as out of
    /// reach; the reachable one is served (10 + 10 = 20).
    @Test func unreachablePlace() throws {
        var matrix = VRPFixtures.line([0, 10, 20])
        matrix[0, 2] = .infinity
        matrix[2, 0] = .infinity
        matrix[1, 2] = .infinity
        matrix[2, 1] = .infinity
        let problem = VRPFixtures.problem(matrix, vehicles: [Vehicle(startLocation: 0, endLocation: 0)], jobs: [Job(location: 1), Job(location: 2)])
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.travelCost == 20)
        #expect(solution.unassigned == [UnassignedJob(job: 1, reason: .beyondMaxDriving)])
    }
}
