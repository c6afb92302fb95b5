import Foundation
import Plot
import TerrainCore
import TerrainRouting

/// The plan's map (server-rendered SVG).
enum TourPlanMap {
    static func svg(_ plan: TourPlan, context: PageContext) -> Node<HTML.BodyContext> {
        .empty
    }
}
