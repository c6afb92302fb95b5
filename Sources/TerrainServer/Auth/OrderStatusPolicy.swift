import TerrainCore

/// Who may move an order along its life cycle (`OrderStatus`): the company's steps (confirming,
/// invoicing, recording the payment) are for sales managers and administrators; a rep cancels an
/// order still transmitted and records what they see in the field (delivered, installed).
enum OrderStatusPolicy {
    static func allowed(from status: OrderStatus, kind: OrderKind, role: UserRole) -> [OrderStatus] {
        let next = status.nextStatuses(for: kind)
        guard role == .rep else { return next }
        let repMoves: Set<OrderStatus> = [.cancelled, .delivered, .installed]
        return next.filter { repMoves.contains($0) && ($0 != .cancelled || status == .transmitted) }
    }

    /// Refuses a move the life cycle allows but the role does not (`TerrainError.forbidden`); a move
    /// the life cycle refuses is left to `OrderService.changeStatus` (a 400 with its message).
    static func check(_ order: SalesOrder, to status: OrderStatus, role: UserRole) throws {
        if order.status.canMove(to: status, for: order.kind), !allowed(from: order.status, kind: order.kind, role: role).contains(status) {
            throw TerrainError.forbidden
        }
    }
}
