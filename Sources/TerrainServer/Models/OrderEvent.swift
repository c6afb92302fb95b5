import Fluent
import Foundation
import TerrainCore

/// A status change of an order: the follow-up history shown on the order page.
public final class OrderEvent: Model, @unchecked Sendable {
    public static let schema = "sales_order_events"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "order_id") public var order: SalesOrder
    /// The status the order moved to.
    @Field(key: "status") public var status: OrderStatus
    /// Who moved it (nil when the user was deleted).
    @OptionalParent(key: "user_id") public var user: User?
    /// What the user wrote (a carrier's reference, a reason for cancelling…).
    @OptionalField(key: "note") public var note: String?
    /// When, in UTC.
    @Field(key: "at") public var at: Date

    public init() {}
}
