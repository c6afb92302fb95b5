import Foundation
import Plot
import TerrainCore
import TerrainExport
import TerrainRouting

/// The plan's map: TerrainExport's `TourMapSVG` with the start place, one route per day and the
/// commune points of the area as background, embedded in the page.
enum TourPlanMap {
    static func svg(_ plan: TourPlan, context: PageContext) -> Node<HTML.BodyContext> {
        func point(_ coordinate: Coordinate) -> LatLon? { LatLon(latitude: coordinate.latitude, longitude: coordinate.longitude) }
        guard let start = point(plan.settings.start.coordinate) else { return .empty }
        let routes = plan.days.map { day in
            TourMapSVG.DayRoute(
                legendLabel: TourPlanView.dayTitle(day.date, language: context.language),
                stops: day.visitOrder.enumerated().compactMap { number, index in
                    point(plan.visits[index].coordinate).map { TourMapSVG.Stop(position: $0, label: plan.visits[index].name, number: number + 1) }
                }
            )
        }
        let map = TourMapSVG(title: context.localizer(.planningTitle), start: TourMapSVG.Place(position: start, label: plan.settings.start.name),
                             routes: routes, background: background(plan))
        return .raw(map.text())
    }

    /// The communes inside the box of the start place and the visits (the map clips the rest).
    static func background(_ plan: TourPlan) -> [LatLon] {
        let points = [plan.settings.start.coordinate] + plan.visits.map(\.coordinate)
        guard let gazetteer = try? Gazetteer.bundled(), let minLat = points.map(\.latitude).min(), let maxLat = points.map(\.latitude).max(),
              let minLon = points.map(\.longitude).min(), let maxLon = points.map(\.longitude).max() else { return [] }
        let padLat = max(0.02, (maxLat - minLat) * 0.15), padLon = max(0.02, (maxLon - minLon) * 0.15)
        var seen = Set<String>()
        return gazetteer.communes.compactMap { commune in
            let c = commune.coordinate
            guard c.latitude >= minLat - padLat, c.latitude <= maxLat + padLat, c.longitude >= minLon - padLon, c.longitude <= maxLon + padLon,
                  seen.insert(commune.inseeCode).inserted else { return nil }
            return LatLon(latitude: c.latitude, longitude: c.longitude)
        }
    }
}
