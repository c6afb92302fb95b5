import Foundation
@testable import TerrainRouting

/// The rep's week of `../shared/data/bench/rep-week` (see its README) as a routing problem, with
/// a stand-in geography private to the tests (the real one is the geography module's job):
/// great-circle distance × 1.25, driven at 25 km/h under 5 km, 40 km/h under 20 km, 70 km/h
/// beyond. One vehicle per working day, Monday 7 to Friday 11 December 2026; times are seconds
/// since midnight of each day.
enum RepWeek {
    struct Visit {
        var id: String
        var latitude: Double
        var longitude: Double
        var minutes: Double
        var openDays: String
        var openHours: String
        var must: Bool
        var fixedDate: String
        var fixedTime: String
    }

    static let home = (latitude: 43.2927, longitude: 5.5708)   // Aubagne (README)
    static let days = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"]
    static let weekdays = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]

    static func visits() throws -> [Visit] {
        let text = try String(contentsOf: VRPFixtures.sharedData("bench/rep-week/marseille-week.csv"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).dropFirst()
        return lines.map { line in
            let f = fields(String(line))
            return Visit(
                id: f[0], latitude: Double(f[5])!, longitude: Double(f[6])!, minutes: Double(f[7])!,
                openDays: f[8], openHours: f[9], must: f[10] == "must", fixedDate: f[11], fixedTime: f[12]
            )
        }
    }

    /// CSV fields, honouring double quotes (opening hours hold commas).
    static func fields(_ line: String) -> [String] {
        var result = [String](), current = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { result.append(current); current = "" } else { current.append(c) }
        }
        result.append(current)
        return result
    }

    /// "09:30" → 34 200 s.
    static func seconds(_ clock: String) -> Double {
        let parts = clock.split(separator: ":").map { Double($0)! }
        return parts[0] * 3600 + parts[1] * 60
    }

    /// Great-circle distance in metres (haversine, mean Earth radius 6 371 km) × 1.25.
    static func roadMetres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.0 - a.0) * rad, dLon = (b.1 - a.1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.0 * rad) * cos(b.0 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371_000 * asin(min(1, h.squareRoot())) * 1.25
    }

    /// Seconds to drive `metres` with the README's speed bands.
    static func driveSeconds(_ metres: Double) -> Double {
        let kmh: Double = metres < 5_000 ? 25 : metres < 20_000 ? 40 : 70
        return metres / (kmh / 3.6)
    }

    /// The week: 08:00–18:30, lunch of 60 min starting 12:00–13:00 (so within 12:00–14:00), at most
    /// 3 h of driving a day; 0.30 € per km and 30 € per hour of driving; optional visits worth
    /// `optionalValue` euros.
    static func problem(optionalValue: Double = 15) throws -> (problem: RoutingProblem, visits: [Visit]) {
        let visits = try visits()
        let points = [home] + visits.map { (latitude: $0.latitude, longitude: $0.longitude) }
        let distances = Matrix(count: points.count) { i, j in
            roadMetres((points[i].latitude, points[i].longitude), (points[j].latitude, points[j].longitude))
        }
        let durations = Matrix(count: points.count) { i, j in driveSeconds(distances[i, j]) }
        let day = Vehicle(
            startLocation: 0, endLocation: 0, earliestStart: seconds("08:00"), latestEnd: seconds("18:30"),
            maxDrivingDuration: 3 * 3600,
            breakRule: BreakRule(earliestStart: seconds("12:00"), latestStart: seconds("13:00"), duration: 3600)
        )
        let jobs = visits.enumerated().map { index, visit in
            let range = visit.openDays.split(separator: "-").map { weekdays.firstIndex(of: String($0))! }
            let windows = visit.openHours.split(separator: ",").map { span in
                let ends = span.split(separator: "-").map { seconds(String($0)) }
                return TimeWindow(start: ends[0], end: ends[1], rule: .fitWithin)
            }
            var perDay = [Int: [TimeWindow]]()
            for v in days.indices where (range[0]...range[1]).contains(v) { perDay[v] = windows }
            let fixed = days.firstIndex(of: visit.fixedDate).map { FixedAppointment(vehicle: $0, start: seconds(visit.fixedTime)) }
            return Job(
                location: index + 1, serviceDuration: visit.minutes * 60, windows: .perVehicle(perDay),
                priority: visit.must ? .must : .optional(value: optionalValue), fixedAppointment: fixed
            )
        }
        let problem = RoutingProblem(
            durations: durations, distances: distances, costPerDistance: 0.30 / 1000, costPerTime: 30.0 / 3600,
            vehicles: Array(repeating: day, count: days.count), jobs: jobs
        )
        return (problem, visits)
    }
}
