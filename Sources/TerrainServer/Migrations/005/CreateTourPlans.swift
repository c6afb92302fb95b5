import Fluent

/// Creates `tour_plans`: the plans a rep ran, with their inputs and result (kept for manual
/// changes, the day sheets, the calendar export and the expense report's planned kilometres).
struct CreateTourPlans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TourPlanRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("first_day", .string, .required)
            .field("day_count", .int, .required)
            .field("technique", .string, .required)
            .field("plan_json", .string, .required)
            .field("comparison_json", .string, .required)
            .field("total_metres", .double, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TourPlanRecord.schema).delete()
    }
}
