import Testing
@testable import TerrainRouting

/// Tiny instances whose schedules are worked out by hand (arithmetic beside each expectation).
@Suite struct ScheduleTests {
    /// Depot at x = 0, A at x = 10 (service 5, start in [30, 32]), B at x = 20 (service 5, start in
    /// [50, 60]); travel = distance = |Δx|.
    /// B before A is infeasible: reach B at 20, start 50, end 55, reach A at 65 > 32. So A, B.
    /// Earliest schedule: leave 0, A at 10 → start 30 → end 35, B at 45 → start 50 → end 55,
    /// home at 75. Latest departure keeping the return at 75: B must start by 50, so leave A by
    /// 40, start A by min(32, 35) = 32, reach A by 32, leave home by 22.
    /// From 22: A reached at 32, starts 32 (no wait), ends 37; B reached at 47, waits 3, starts 50,
    /// ends 55; home at 75. Distance 10 + 10 + 20 = 40.
    @Test func timeWindowsAndWaits() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10, 20]),
            vehicles: [Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 100)],
            jobs: [
                Job(location: 1, serviceDuration: 5, windows: .everyVehicle([TimeWindow(start: 30, end: 32)])),
                Job(location: 2, serviceDuration: 5, windows: .everyVehicle([TimeWindow(start: 50, end: 60)])),
            ]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.unassigned.isEmpty)
        let route = solution.routes[0]
        #expect(route.stops.map(\.job) == [0, 1])
        #expect(route.departure == 22)
        #expect(route.stops[0] == Stop(job: 0, arrival: 32, wait: 0, start: 32, end: 37))
        #expect(route.stops[1] == Stop(job: 1, arrival: 47, wait: 3, start: 50, end: 55))
        #expect(route.arrival == 75)
        #expect(route.distance == 40)
        #expect(route.totalDuration == 53)   // 75 − 22
        #expect(solution.travelCost == 40)
    }

    /// One visit of 10 at x = 35, window [0, 40]; reached at 35 at the earliest.
    /// `.startWithin`: starts at 35 ≤ 40, fine (ends at 45). `.fitWithin`: must end by 40, so start
    /// by 30 < 35: impossible, reported as no usable window.
    @Test func startWithinVersusFitWithin() throws {
        func problem(_ rule: TimeWindow.Rule) -> RoutingProblem {
            VRPFixtures.problem(
                VRPFixtures.line([0, 35]),
                vehicles: [Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 200)],
                jobs: [Job(location: 1, serviceDuration: 10, windows: .everyVehicle([TimeWindow(start: 0, end: 40, rule: rule)]))]
            )
        }
        let starting = try VRPFixtures.solve(problem(.startWithin))
        #expect(starting.routes[0].stops.map(\.start) == [35])
        #expect(starting.routes[0].stops.map(\.end) == [45])
        let fitting = try VRPFixtures.solve(problem(.fitWithin))
        #expect(fitting.routes[0].stops.isEmpty)
        #expect(fitting.unassigned == [UnassignedJob(job: 0, reason: .noWindowInShift)])
    }

    /// A job with two windows [0, 5] and [100, 120] at x = 30: the first cannot be reached (30 > 5),
    /// so the visit starts at 100 in the second; leaving as late as possible means leaving at 70.
    @Test func secondWindowOfTheDay() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 30]),
            vehicles: [Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 300)],
            jobs: [Job(location: 1, serviceDuration: 10, windows: .everyVehicle([
                TimeWindow(start: 0, end: 5, rule: .fitWithin), TimeWindow(start: 100, end: 120, rule: .fitWithin),
            ]))]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.routes[0].departure == 70)
        #expect(solution.routes[0].stops == [Stop(job: 0, arrival: 100, wait: 0, start: 100, end: 110)])
        #expect(solution.routes[0].arrival == 140)
    }

    /// Routes start and end at the vehicle's own places, not at location 0.
    /// Places: 0 at x = 0, home at x = 50, job at x = 60, office at x = 100.
    /// Home → job → home: 10 + 10 = 20. Office-less variant: from x = 0 to the job then to x = 100:
    /// 60 + 40 = 100, arriving at 100 when leaving at 0 (no service, no window).
    @Test func startAndEndPlaces() throws {
        let matrix = VRPFixtures.line([0, 50, 60, 100])
        let roundTrip = VRPFixtures.problem(
            matrix, vehicles: [Vehicle(startLocation: 1, endLocation: 1)], jobs: [Job(location: 2)]
        )
        let home = try VRPFixtures.solve(roundTrip)
        #expect(home.routes[0].distance == 20)
        #expect(home.routes[0].stops.map(\.arrival) == [home.routes[0].departure + 10])

        let oneWay = VRPFixtures.problem(
            matrix, vehicles: [Vehicle(startLocation: 0, endLocation: 3)], jobs: [Job(location: 2)]
        )
        let trip = try VRPFixtures.solve(oneWay)
        #expect(trip.violations(for: oneWay).isEmpty)
        #expect(trip.routes[0].distance == 100)
        #expect(trip.routes[0].departure == 0)
        #expect(trip.routes[0].stops.map(\.arrival) == [60])
        #expect(trip.routes[0].arrival == 100)
    }

    /// Two days (vehicles 0 and 1). F at x = 10 is booked on day 1 at 200 (its usual window
    /// [0, 100] no longer applies); G at x = 30 can go on either day.
    /// G alone costs 30 + 30 = 60; with F on day 1 the route 0 → 10 → 30 → 0 (or reverse) also
    /// costs 60, against 20 + 60 = 80 on separate days: both on day 1, F at exactly 200.
    @Test func fixedAppointmentKeepsItsTime() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10, 30]),
            vehicles: Array(repeating: Vehicle(startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 1000), count: 2),
            jobs: [
                Job(location: 1, serviceDuration: 20, windows: .everyVehicle([TimeWindow(start: 0, end: 100)]),
                    fixedAppointment: FixedAppointment(vehicle: 1, start: 200)),
                Job(location: 2, serviceDuration: 10),
            ]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.routes[0].stops.isEmpty)
        #expect(Set(solution.routes[1].stops.map(\.job)) == [0, 1])
        #expect(solution.routes[1].stops.first { $0.job == 0 }?.start == 200)
        #expect(solution.travelCost == 60)
    }

    /// Break [100, 140] for 30. A at x = 10 (service 80, start in [0, 60]), B at x = 20 (service
    /// 10, start in [150, 1000]). B first is impossible (B ends at 160 at the earliest, A would
    /// start after 60). With A first, possible gaps: before A: the break (from 100) makes A start at
    /// 140 > 60, impossible.
    /// Between A and B: A 10–90; on arrival at B (100) the break runs 100–130, B starts at 150,
    /// ends 160, home 180 (160 + 20). After B: B ends 160 > 140, too late. So the break goes
    /// between A and B and the day ends at 180. Latest departure keeping 180: B starts by 150, so the break ends by 150
    /// and leaving A by 110 (break then drive: 110 + 30 + 10; or drive then break: 120 + 30), A
    /// starts by 30, leave home by 20. From 20: A 30–110; drive to B (arrive 120) and break
    /// 120–150 there (ready at 150, as early as breaking at A then driving); B 150–160, home 180.
    @Test func breakInsideItsWindow() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10, 20]),
            vehicles: [Vehicle(
                startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 1000,
                breakRule: BreakRule(earliestStart: 100, latestStart: 140, duration: 30)
            )],
            jobs: [
                Job(location: 1, serviceDuration: 80, windows: .everyVehicle([TimeWindow(start: 0, end: 60)])),
                Job(location: 2, serviceDuration: 10, windows: .everyVehicle([TimeWindow(start: 150, end: 1000)])),
            ]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        let route = solution.routes[0]
        #expect(route.stops.map(\.job) == [0, 1])
        #expect(route.departure == 20)
        #expect(route.stops[0] == Stop(job: 0, arrival: 30, wait: 0, start: 30, end: 110))
        #expect(route.breakTaken == ScheduledBreak(afterStops: 1, location: 2, start: 120, end: 150))
        #expect(route.stops[1] == Stop(job: 1, arrival: 120, wait: 0, start: 150, end: 160))
        #expect(route.arrival == 180)
    }

    /// A short day back home before the break's latest start needs no break: one visit at x = 10
    /// (service 20) with break [200, 260]: home at 40 ≤ 260, so the break is taken after the day
    /// (reported at the end place from 200).
    @Test func shortDayTakesBreakAfterwards() throws {
        let problem = VRPFixtures.problem(
            VRPFixtures.line([0, 10]),
            vehicles: [Vehicle(
                startLocation: 0, endLocation: 0, earliestStart: 0, latestEnd: 100,
                breakRule: BreakRule(earliestStart: 200, latestStart: 260, duration: 60)
            )],
            jobs: [Job(location: 1, serviceDuration: 20)]
        )
        let solution = try VRPFixtures.solve(problem)
        #expect(solution.violations(for: problem).isEmpty)
        #expect(solution.unassigned.isEmpty)
        #expect(solution.routes[0].arrival == 40)
        #expect(solution.routes[0].breakTaken == ScheduledBreak(afterStops: 1, location: 0, start: 200, end: 260))
    }
}
