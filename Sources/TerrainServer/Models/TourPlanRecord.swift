import Fluent
import Foundation
import TerrainRouting

/// A saved tour plan: TerrainRouting's `TourPlan` (inputs and result) as JSON, with the
/// techniques compared on the same visits and the planned kilometres.
public final class TourPlanRecord: Model, @unchecked Sendable {
    public static let schema = "tour_plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    /// « Semaine du 07/12/2026 ».
    @Field(key: "name") public var name: String
    /// ISO date of the first working day.
    @Field(key: "first_day") public var firstDay: String
    @Field(key: "day_count") public var dayCount: Int
    /// `TourTechnique.rawValue` of the plan shown.
    @Field(key: "technique") public var technique: String
    /// `TourPlan` as JSON.
    @Field(key: "plan_json") public var planJSON: String
    /// `[TechniqueSummary]` as JSON.
    @Field(key: "comparison_json") public var comparisonJSON: String
    /// Planned road distance of the whole plan, metres (for the expense report).
    @Field(key: "total_metres") public var totalMetres: Double
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// The stored plan.
    var plan: TourPlan {
        get throws { try JSONDecoder().decode(TourPlan.self, from: Data(planJSON.utf8)) }
    }

    /// The stored comparison.
    var comparison: [TechniqueSummary] {
        (try? JSONDecoder().decode([TechniqueSummary].self, from: Data(comparisonJSON.utf8))) ?? []
    }
}

/// One technique's outcome on the plan's visits, for the side-by-side comparison.
struct TechniqueSummary: Codable, Sendable, Hashable {
    var technique: TourTechnique
    var metres: Double
    var drivingSeconds: Double
    var cost: Decimal
    var placed: Int
    var unplaced: Int
}
