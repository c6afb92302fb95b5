/// A sales document: a customer order (bon de commande) or a credit note (avoir).
public enum OrderKind: String, Codable, Sendable, CaseIterable {
    /// A customer order: positive quantities.
    case order
    /// A credit note: negative lines, totals carry the sign.
    case creditNote
}

/// Where an order stands in its follow-up (glossary: suivi de commande), and the moves allowed.
///
/// The life cycle follows the competency framework's C3.2, « Suivre l'exécution des commandes,
/// des livraisons, de la mise en service, du paiement » (`shared/referentiel`, item 322): an order
/// is transmitted by the rep, confirmed by the company, delivered, possibly installed (equipment
/// put into service), invoiced and paid. It may be cancelled until it is delivered. A credit note
/// skips delivery and installation: transmitted → confirmed → invoiced → paid (refunded).
///
/// Only a transmitted order can still be edited: once the company has confirmed it, its lines are
/// a commitment, and a change goes through a credit note or a new order.
public enum OrderStatus: String, Codable, Sendable, CaseIterable {
    case transmitted, confirmed, delivered, installed, invoiced, paid, cancelled

    /// The statuses a document of `kind` may move to from this one, in the order a form offers
    /// them (the usual next step first, cancellation last).
    public func nextStatuses(for kind: OrderKind) -> [OrderStatus] {
        switch (self, kind) {
        case (.transmitted, _): return [.confirmed, .cancelled]
        case (.confirmed, .order): return [.delivered, .invoiced, .cancelled]
        case (.confirmed, .creditNote): return [.invoiced, .cancelled]
        case (.delivered, .order): return [.installed, .invoiced]
        case (.installed, .order): return [.invoiced]
        case (.invoiced, _): return [.paid]
        case (.delivered, .creditNote), (.installed, .creditNote), (.paid, _), (.cancelled, _): return []
        }
    }

    /// Whether a document of `kind` may move from this status to `next`.
    public func canMove(to next: OrderStatus, for kind: OrderKind) -> Bool {
        nextStatuses(for: kind).contains(next)
    }

    /// Whether the lines of a document in this status may still be changed (only `transmitted`).
    public var isEditable: Bool { self == .transmitted }

    /// Whether the document counts in sales figures (every status but `cancelled`).
    public var countsInSales: Bool { self != .cancelled }
}
