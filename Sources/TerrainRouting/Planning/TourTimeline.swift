import Foundation
import TerrainCore

/// Reads the optimiser's routes of one day back as a timeline (departure, drives, waits, visits,
/// lunch, arrival) with the day's totals.
enum TourTimeline {
    static func day(date: LocalDate, index: Int, routes: [Route], problem: RoutingProblem, jobVisit: [Int], names: [String],
                    settings: PlanningSettings) -> TourDay {
        let base = Double(index) * TourPlanner.daySeconds
        func local(_ time: Double) -> Int { Int((time - base).rounded()) }
        var events: [TourEvent] = []
        var totals = TourTotals()
        var visitsBefore = 0
        for route in routes where !route.stops.isEmpty {
            let vehicle = problem.vehicles[route.vehicle]
            let routeStart = events.count
            events.append(.departure(place: names[vehicle.startLocation], at: local(route.departure)))
            var previous = vehicle.startLocation
            for stop in route.stops {
                let job = problem.jobs[stop.job]
                let duration = problem.durations[previous, job.location]
                events.append(.drive(from: names[previous], to: names[job.location], start: local(stop.arrival - duration),
                                     end: local(stop.arrival), metres: problem.distances[previous, job.location]))
                if stop.wait > 0.5 { events.append(.wait(start: local(stop.start - stop.wait), end: local(stop.start))) }
                events.append(.visit(index: jobVisit[stop.job], arrival: local(stop.arrival), start: local(stop.start), end: local(stop.end)))
                totals.visitingSeconds += job.serviceDuration
                totals.visits += 1
                previous = job.location
            }
            let back = problem.durations[previous, vehicle.endLocation]
            events.append(.drive(from: names[previous], to: names[vehicle.endLocation], start: local(route.arrival - back),
                                 end: local(route.arrival), metres: problem.distances[previous, vehicle.endLocation]))
            events.append(.arrival(place: names[vehicle.endLocation], at: local(route.arrival)))
            // A break the optimiser places after the day's work (back home before lunch) is not shown.
            if let lunch = route.breakTaken, lunch.start < route.arrival {
                // After the visit it follows (or the departure), so that ties keep the route's order.
                let visitsSeen = events.indices.filter { if case .visit = events[$0] { true } else { false } }
                let anchor = lunch.afterStops == 0 ? routeStart : (visitsSeen.dropFirst(visitsBefore + lunch.afterStops - 1).first ?? events.count - 1)
                events.insert(.lunch(start: local(lunch.start), end: local(lunch.end)), at: anchor + 1)
            }
            visitsBefore += route.stops.count
            totals.metres += route.distance
            totals.drivingSeconds += route.drivingDuration
        }
        if routes.count == 2, !routes[0].stops.isEmpty, !routes[1].stops.isEmpty {
            // Cloverleaf: lunch at home between the two loops.
            events.append(.lunch(start: local(routes[0].arrival), end: local(routes[1].departure)))
        }
        // Built in route order; a stable sort by time only moves the cloverleaf's home lunch and a
        // lunch taken on arrival (after the drive that precedes it).
        events = events.enumerated().sorted { $0.element.start == $1.element.start ? $0.offset < $1.offset : $0.element.start < $1.element.start }
            .map(\.element)
        totals.cost = cost(metres: totals.metres, drivingSeconds: totals.drivingSeconds, settings: settings)
        return TourDay(date: date, events: events, totals: totals)
    }

    /// Kilometres × mileage rate + hours × hourly cost, rounded half-up to the cent.
    static func cost(metres: Double, drivingSeconds: Double, settings: PlanningSettings) -> Decimal {
        let kilometres = Decimal(metres) / 1000
        let hours = Decimal(drivingSeconds) / 3600
        return Rounding.halfUp(kilometres * settings.mileageRate + hours * settings.hourlyCost, places: 2)
    }
}
