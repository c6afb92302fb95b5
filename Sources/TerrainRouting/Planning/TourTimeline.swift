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
        for route in routes where !route.stops.isEmpty {
            let vehicle = problem.vehicles[route.vehicle]
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
                events.append(.lunch(start: local(lunch.start), end: local(lunch.end)))
            }
            totals.metres += route.distance
            totals.drivingSeconds += route.drivingDuration
        }
        if routes.count == 2, !routes[0].stops.isEmpty, !routes[1].stops.isEmpty {
            // Cloverleaf: lunch at home between the two loops.
            events.append(.lunch(start: local(routes[0].arrival), end: local(routes[1].departure)))
        }
        events.sort { $0.start == $1.start ? order($0) < order($1) : $0.start < $1.start }
        totals.cost = cost(metres: totals.metres, drivingSeconds: totals.drivingSeconds, settings: settings)
        return TourDay(date: date, events: events, totals: totals)
    }

    /// Within one instant: arrive, lunch, wait, then visit, then drive on, then depart.
    private static func order(_ event: TourEvent) -> Int {
        switch event {
        case .arrival: 0
        case .lunch: 1
        case .wait: 2
        case .visit: 3
        case .drive: 4
        case .departure: -1
        }
    }

    /// Kilometres × mileage rate + hours × hourly cost, rounded half-up to the cent.
    static func cost(metres: Double, drivingSeconds: Double, settings: PlanningSettings) -> Decimal {
        let kilometres = Decimal(metres) / 1000
        let hours = Decimal(drivingSeconds) / 3600
        return Rounding.halfUp(kilometres * settings.mileageRate + hours * settings.hourlyCost, places: 2)
    }
}
