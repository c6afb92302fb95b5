import Foundation
import Testing
import TerrainCore
@testable import TerrainRouting

@Suite struct TourPlannerTests {
    /// A straight east–west line at the equator-free latitude 0 is easiest by hand, but the
    /// planner's default travel model is great-circle: we give it our own matrix instead, in
    /// metres and seconds, so every figure below is hand-computed.
    ///
    /// Matrix points: 0 home, 1 home (end), then the visits in the order the tests pass them:
    /// A1 at 20 km east, B1 at 40 km, A2 at 21 km, B2 at 41 km (towns A and B interleaved).
    /// Distances along the line; 1 km takes 60 s (60 km/h).
    static let positions: [Double] = [0, 0, 20, 40, 21, 41]
    static func matrix() -> TravelMatrix {
        let n = positions.count
        let metres = Matrix(count: n) { abs(positions[$0] - positions[$1]) * 1000 }
        let seconds = Matrix(count: n) { abs(positions[$0] - positions[$1]) * 60 }
        return TravelMatrix(distances: metres, durations: seconds)
    }

    static let monday = LocalDate(year: 2026, month: 12, day: 7)!
    static let home = PlanningPlace(name: "Domicile", coordinate: try! Coordinate(latitude: 43.29, longitude: 5.57))

    func visit(_ id: String, hours: OpeningHours = .always, appointment: PlannedVisit.Appointment? = nil,
               priority: PlannedVisit.Priority = .must) -> PlannedVisit {
        PlannedVisit(id: id, name: id, coordinate: Self.home.coordinate, durationMinutes: 30, openingHours: hours,
                     priority: priority, appointment: appointment)
    }

    func settings(days: Int = 1, technique: TourTechnique = .daisy) -> PlanningSettings {
        PlanningSettings(days: PlanningSettings.weekdays(from: Self.monday, count: days), start: Self.home,
                         mileageRate: Decimal(string: "0.5")!, hourlyCost: 30, technique: technique)
    }

    func plan(_ visits: [PlannedVisit], _ settings: PlanningSettings) throws -> TourPlan {
        try TourPlanner.plan(visits, settings: settings, matrix: Self.matrix(), budget: SolveBudget(timeLimit: 2, seed: 7, iterationLimit: 300))
    }

    @Test func oneLoopStartsAndEndsAtHomeWithoutBackAndForth() throws {
        // Input order interleaves the towns: A1, B1, A2, B2.
        let result = try plan([visit("A1"), visit("B1"), visit("A2"), visit("B2")], settings())
        #expect(result.unplaced.isEmpty)
        let day = try #require(result.days.first)
        let order = day.visitOrder.map { result.visits[$0].id }
        // The sweep 0 → 20 → 21 → 40 → 41 → 0 is 82 km; any order mixing the towns is longer.
        #expect(order == ["A1", "A2", "B1", "B2"] || order == ["B2", "B1", "A2", "A1"])
        #expect(day.totals.metres == 82_000)
        // 82 km × 0,50 € + 82 min × 30 €/h = 41,00 + 41,00 = 82,00 €.
        #expect(day.totals.cost == 82)
        guard case let .departure(place, _) = day.events.first, case let .arrival(last, _) = day.events.last else {
            Issue.record("a day starts with a departure and ends with an arrival"); return
        }
        #expect(place == "Domicile" && last == "Domicile")
    }

    @Test func openingHoursAreRespectedAndAppointmentsKept() throws {
        // A1 only opens at 14:00; B1 has an appointment at 10:00 on Monday.
        let afternoon = try #require(OpeningHours.parse(days: "lun-ven", hours: "14:00-18:00"))
        let result = try plan([visit("A1", hours: afternoon),
                               visit("B1", appointment: .init(day: Self.monday, minute: 600))], settings())
        #expect(result.unplaced.isEmpty)
        let events = try #require(result.days.first?.events)
        for case let .visit(index, _, start, end) in events {
            switch result.visits[index].id {
            case "A1":
                #expect(start >= 14 * 3600 && end <= 18 * 3600)
            default:
                #expect(start == 10 * 3600)
            }
        }
    }

    @Test func unplaceableVisitsAreListedWithTheirReason() throws {
        let sunday = try #require(OpeningHours.parse(days: "dim", hours: "09:00-12:00"))
        let result = try plan([visit("A1", hours: sunday),
                               visit("B1", appointment: .init(day: LocalDate(year: 2027, month: 1, day: 4)!, minute: 600)),
                               visit("A2")], settings())
        #expect(result.unplaced.map { result.visits[$0.index].id } == ["A1", "B1"])
        #expect(result.unplaced[1].reason.contains("hors de la période"))
        #expect(result.days[0].visitOrder.map { result.visits[$0].id } == ["A2"])
    }

    @Test func theStarGoesBackHomeAfterEachVisit() throws {
        // Star on A1 (20 km) and B1 (40 km): 0 → 20 → 0 → 40 → 0 = 120 km; the daisy does
        // 0 → 20 → 40 → 0 = 80 km.
        let star = try plan([visit("A1"), visit("B1")], settings(technique: .star))
        #expect(star.totals.metres == 120_000)
        let daisy = try plan([visit("A1"), visit("B1")], settings(technique: .daisy))
        #expect(daisy.totals.metres == 80_000)
    }

    @Test func theCloverleafComesHomeForLunch() throws {
        // A1 only in the morning, B1 only in the afternoon: two loops, 0 → 20 → 0 and 0 → 40 → 0 = 120 km.
        let morning = try #require(OpeningHours.parse(days: "lun-ven", hours: "08:00-11:00"))
        let afternoon = try #require(OpeningHours.parse(days: "lun-ven", hours: "15:00-17:00"))
        let result = try plan([visit("A1", hours: morning), visit("B1", hours: afternoon)], settings(technique: .cloverleaf))
        #expect(result.unplaced.isEmpty)
        #expect(result.totals.metres == 120_000)
        #expect(result.days[0].events.contains { if case .lunch = $0 { true } else { false } })
    }

    @Test func zigzagCutsTheSectorIntoBandsAlongItsAxis() {
        // Six points on a west–east line at the same latitude: the first two (westmost) go to day 0,
        // the next two to day 1, the last two to day 2.
        let visits = (0..<6).map { i in
            PlannedVisit(id: "V\(i)", name: "V\(i)", coordinate: try! Coordinate(latitude: 43.3, longitude: 5.0 + Double([3, 0, 5, 1, 4, 2][i]) * 0.1),
                         durationMinutes: 30)
        }
        // Longitudes ranks: V1 (5.0), V3 (5.1), V5 (5.2), V0 (5.3), V4 (5.4), V2 (5.5).
        #expect(TourPlanner.zigzagBands(visits, dayCount: 3) == [1, 0, 2, 0, 2, 1])
    }

    @Test func weekdaysSkipTheWeekend() {
        // Friday 11/12/2026 then Monday 14 and Tuesday 15.
        let days = PlanningSettings.weekdays(from: LocalDate(year: 2026, month: 12, day: 11)!, count: 3)
        #expect(days.map(\.iso) == ["2026-12-11", "2026-12-14", "2026-12-15"])
        // Thursday 24/12/2026, then Christmas (a Friday) and 1 January skipped.
        let holidays = PlanningSettings.weekdays(from: LocalDate(year: 2026, month: 12, day: 24)!, count: 6)
        #expect(holidays.map(\.iso) == ["2026-12-24", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04"])
    }

    @Test func openingHoursParseTheVisitListWay() throws {
        let hours = try #require(OpeningHours.parse(days: "mar-sam", hours: "09:30-12:30,15:00-19:00"))
        #expect(hours.windows[0] == nil)                      // Monday closed
        #expect(hours.windows[1] == [.init(open: 570, close: 750), .init(open: 900, close: 1140)])
        #expect(hours.windows[5]?.count == 2)                 // Saturday open
        #expect(hours.windows[6] == nil)
        #expect(OpeningHours.parse(days: "lun-ven", hours: "7h-19h")?.windows[4] == [.init(open: 420, close: 1140)])
        #expect(OpeningHours.parse(days: "lundi-xyz", hours: "") == nil)
        #expect(OpeningHours.parse(days: "lun", hours: "12:00-11:00") == nil)
    }
}
