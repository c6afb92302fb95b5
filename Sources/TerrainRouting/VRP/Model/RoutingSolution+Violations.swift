extension RoutingSolution {
    /// Every way this solution breaks the rules of `problem`, checked from the reported schedule
    /// alone (independently of the optimiser's own bookkeeping); empty when feasible.
    ///
    /// Checked: one route per vehicle; each job exactly once (routed or listed as unassigned);
    /// routes start after the shift opens and end by its close; travel legs take at least their
    /// duration; each visit starts within one of its windows on that vehicle (and ends within it
    /// for `.fitWithin`), lasts its service duration, keeps its fixed appointment; the break starts
    /// within its window, lasts its duration, does not overlap travel or a visit, and is present
    /// when required; maximum driving and capacity hold; reported distance, driving time and costs
    /// add up. Times are compared with `tolerance` (problem's time units).
    public func violations(for problem: RoutingProblem, tolerance: Double = 1e-6) -> [String] {
        var found = [String]()
        func flag(_ message: String) { found.append(message) }
        if routes.count != problem.vehicles.count {
            flag("\(routes.count) routes for \(problem.vehicles.count) vehicles")
        }
        var seen = Array(repeating: 0, count: problem.jobs.count)
        for route in routes { for stop in route.stops where problem.jobs.indices.contains(stop.job) { seen[stop.job] += 1 } }
        for entry in unassigned where problem.jobs.indices.contains(entry.job) { seen[entry.job] += 1 }
        for (job, count) in seen.enumerated() where count != 1 {
            flag("job \(job) appears \(count) times (routes + unassigned)")
        }
        var totalCost = 0.0
        for (index, route) in routes.enumerated() {
            guard problem.vehicles.indices.contains(route.vehicle), route.vehicle == index else {
                flag("route \(index) has vehicle \(route.vehicle)")
                continue
            }
            totalCost += route.cost
            found += routeViolations(route, problem, tolerance)
        }
        if abs(totalCost - travelCost) > tolerance * max(1, abs(travelCost)) {
            flag("travel cost \(travelCost) differs from the routes' sum \(totalCost)")
        }
        return found
    }

    private func routeViolations(_ route: Route, _ problem: RoutingProblem, _ tolerance: Double) -> [String] {
        var found = [String]()
        let v = route.vehicle
        let vehicle = problem.vehicles[v]
        func flag(_ message: String) { found.append("route \(v): " + message) }
        guard !route.stops.isEmpty else { return found }
        if route.departure < vehicle.earliestStart - tolerance { flag("leaves at \(route.departure) before \(vehicle.earliestStart)") }
        if route.arrival > vehicle.latestEnd + tolerance { flag("returns at \(route.arrival) after \(vehicle.latestEnd)") }

        var place = vehicle.startLocation
        var free = route.departure      // when the vehicle may leave the current place
        var distance = 0.0, driving = 0.0, cost = 0.0, load = 0.0
        let pause = route.breakTaken
        if let pause, let rule = vehicle.breakRule {
            if pause.start < rule.earliestStart - tolerance || pause.start > rule.latestStart + tolerance {
                flag("break starts at \(pause.start), outside [\(rule.earliestStart), \(rule.latestStart)]")
            }
            if abs(pause.end - pause.start - rule.duration) > tolerance { flag("break lasts \(pause.end - pause.start), not \(rule.duration)") }
            if pause.start < route.departure - tolerance { flag("break before the departure") }
        } else if pause != nil {
            flag("break on a vehicle without one")
        } else if let rule = vehicle.breakRule, route.arrival > rule.latestStart + tolerance {
            flag("no break although the route ends at \(route.arrival), after the break's latest start \(rule.latestStart)")
        }

        for k in 0...route.stops.count {
            let next = k < route.stops.count ? problem.jobs[route.stops[k].job].location : vehicle.endLocation
            let travel = problem.durations[place, next]
            distance += problem.distances[place, next]
            driving += travel
            cost += problem.legCost(place, next)
            let arrival = k < route.stops.count ? route.stops[k].arrival : route.arrival
            var ready = arrival
            if let pause, pause.afterStops == k {
                if pause.location == place && pause.start >= free - tolerance && pause.end + travel <= arrival + tolerance {
                    // Taken at the place just left, then driven on.
                } else if pause.location == next && pause.start >= arrival - tolerance && free + travel <= arrival + tolerance {
                    ready = pause.end
                } else {
                    flag("break after \(k) stops overlaps travel or a visit")
                }
            }
            if arrival < free + travel - tolerance { flag("reaches stop \(k) at \(arrival), before \(free) + travel \(travel)") }
            guard k < route.stops.count else { break }
            let stop = route.stops[k]
            let job = problem.jobs[stop.job]
            load += job.demand
            if stop.start < ready - tolerance { flag("job \(stop.job) starts at \(stop.start) before it can (\(ready))") }
            if abs(stop.end - stop.start - job.serviceDuration) > tolerance { flag("job \(stop.job) lasts \(stop.end - stop.start)") }
            if stop.wait < -tolerance { flag("job \(stop.job) has a negative wait") }
            let windows = job.effectiveWindows(forVehicle: v)
            let inside = windows.contains { w in
                stop.start >= w.start - tolerance && stop.start <= w.end + tolerance
                    && (w.rule == .startWithin || stop.end <= w.end + tolerance)
            }
            if !inside { flag("job \(stop.job) at \(stop.start)–\(stop.end) is outside its windows on this vehicle") }
            place = next
            free = stop.end
        }
        if let limit = vehicle.maxDrivingDuration, driving > limit + tolerance { flag("drives \(driving) > \(limit)") }
        if let capacity = vehicle.capacity, load > capacity + tolerance { flag("load \(load) > capacity \(capacity)") }
        let relative = tolerance * max(1, distance)
        if abs(distance - route.distance) > relative { flag("reported distance \(route.distance), legs add up to \(distance)") }
        if abs(driving - route.drivingDuration) > relative { flag("reported driving \(route.drivingDuration), legs add up to \(driving)") }
        if abs(cost - route.cost) > tolerance * max(1, cost) { flag("reported cost \(route.cost), legs add up to \(cost)") }
        return found
    }
}
