import Foundation
import TerrainCore
import TerrainExport
import TerrainRouting

/// A plan's visits as iCalendar events (one per visit, Paris wall-clock times).
enum PlanningCalendar {
    /// - Parameters:
    ///   - stamp: when the plan was last saved (the events' DTSTAMP, in UTC).
    /// - Throws: `ICSError` (never for a plan made by the planner: its visits have distinct ids and positive durations).
    static func ics(_ plan: TourPlan, planID: UUID, stamp: Date) throws -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: stamp)
        // Components of a real date always make a valid date-time; the epoch is only a formal fallback.
        let dtstamp = ICSDateTime(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0,
                                  second: c.second ?? 0) ?? ICSDateTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0)!
        var events: [ICSEvent] = []
        for day in plan.days {
            for case let .visit(index, _, start, end) in day.events {
                let visit = plan.visits[index]
                func time(_ seconds: Int) -> ICSDateTime? {
                    let minutes = (seconds + 30) / 60
                    return ICSDateTime(year: day.date.year, month: day.date.month, day: day.date.day, hour: minutes / 60, minute: minutes % 60)
                }
                guard let from = time(start), let to = time(end) else { continue }
                events.append(try ICSEvent(
                    uid: "visite-\(planID.uuidString.lowercased())-\(index)@terrain", summary: "Visite — \(visit.name)", start: from, end: to,
                    description: visit.appointment == nil ? "Visite planifiée par Terrain" : "Rendez-vous",
                    location: visit.address, geo: LatLon(latitude: visit.coordinate.latitude, longitude: visit.coordinate.longitude)
                ))
            }
        }
        return try ICSCalendar(dtstamp: dtstamp, events: events).text()
    }
}
