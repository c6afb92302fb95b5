import Foundation
import Testing
import TerrainCore
@testable import TerrainRouting

/// The shared rep's week (`shared/data/bench/rep-week/marseille-week.csv`): 60 visits, 5 days,
/// home in Aubagne (43.2927, 5.5708), 08:00–18:30, lunch 60 min between 12:00 and 14:00, 3 h of
/// driving at most (its README).
@Suite struct RepWeekPlanTests {
    static var file: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/bench/rep-week/marseille-week.csv")
    }

    @Test func theWeekIsPlannedWithEveryMustVisitPlacedOrExplained() async throws {
        let visits = try VisitListFile.read(try Data(contentsOf: Self.file))
        #expect(visits.count == 60)
        let settings = PlanningSettings(days: PlanningSettings.weekdays(from: LocalDate(year: 2026, month: 12, day: 7)!, count: 5),
                                        start: PlanningPlace(name: "Domicile", coordinate: try Coordinate(latitude: 43.2927, longitude: 5.5708)))
        let plan = try await TourPlanner.plan(visits, settings: settings, budget: SolveBudget(timeLimit: 5, seed: 1, iterationLimit: 2_000))
        var placed = Set<Int>()
        for (dayIndex, day) in plan.days.enumerated() {
            let weekday = dayIndex                      // the week starts on Monday
            for case let .visit(index, _, start, end) in day.events {
                placed.insert(index)
                let visit = visits[index]
                if let appointment = visit.appointment {
                    #expect(appointment.day == day.date && appointment.minute * 60 == start, "\(visit.id) keeps its appointment")
                }
                let windows = visit.openingHours.windows[weekday] ?? []
                #expect(windows.contains { $0.open * 60 <= start && end <= $0.close * 60 }, "\(visit.id) fits its opening hours")
                #expect(start >= 8 * 3600 && end <= 18 * 3600 + 1800)
            }
            #expect(day.totals.drivingSeconds <= 3 * 3600 + 1e-6)
            // The timeline reads in route order: every drive leads to the place of the next visit
            // (or home), and times never go back.
            var pendingDestination: String?
            var clock = 0
            for event in day.events {
                #expect(event.start >= clock, "\(day.date.iso): events in time order")
                switch event {
                case let .drive(_, to, _, end, _): pendingDestination = to; clock = end
                case let .visit(index, _, _, end):
                    #expect(pendingDestination == visits[index].name, "\(day.date.iso): a visit follows the drive to it")
                    pendingDestination = nil; clock = end
                case let .lunch(_, end), let .wait(_, end): clock = end
                case let .arrival(place, at): #expect(pendingDestination == place); clock = at
                case .departure: break
                }
            }
        }
        let unplaced = Set(plan.unplaced.map(\.index))
        #expect(placed.isDisjoint(with: unplaced))
        for (index, visit) in visits.enumerated() where visit.priority == .must {
            #expect(placed.contains(index) || unplaced.contains(index), "\(visit.id) is placed or explained")
        }
        #expect(plan.unplaced.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func badRowsAreReportedWithLineAndColumn() {
        let csv = "visit_id,name,latitude,longitude,duration_min,open_days,open_hours,priority\nV1,Bar,43.3,5.4,30,lun-sam,09:00-12:00,must\nV2,Café,43.3,5.4,trente,lun-sam,,must\n"
        #expect(throws: VisitListFile.Failure.self) { try VisitListFile.read(Data(csv.utf8)) }
        do {
            _ = try VisitListFile.read(Data(csv.utf8))
        } catch {
            #expect(error.description.hasPrefix("Ligne 3, colonne duration_min"))
        }
    }
}
