/// A job the solution does not place, and why.
public struct UnassignedJob: Sendable, Hashable {
    /// Index into `RoutingProblem.jobs`.
    public var job: Int
    /// Why it is not placed.
    public var reason: UnassignedReason

    public init(job: Int, reason: UnassignedReason) {
        self.job = job
        self.reason = reason
    }
}

/// Why a job is left out of a solution.
///
/// The first five reasons are proven for the job on its own (no plan could place it); the last two
/// depend on the rest of the plan.
public enum UnassignedReason: Sendable, Hashable {
    /// No vehicle has a window of the job that the shift can reach (closed on every working day,
    /// or open only outside working hours once travel from and back to the start is counted).
    case noWindowInShift
    /// Going there and back alone already exceeds the vehicle's maximum driving time on every
    /// vehicle whose windows would allow it (or the place cannot be reached at all).
    case beyondMaxDriving
    /// The job's demand exceeds the capacity of every vehicle that could serve it.
    case exceedsCapacity
    /// The job's fixed appointment cannot be kept together with fixed appointment `other` (same
    /// vehicle, overlapping or too close to travel between them), or cannot be kept at all.
    case fixedAppointmentConflict(other: Int?)
    /// Optional job whose value is below the extra travel cost of fitting it in.
    case notWorthItsCost
    /// The job could be served alone, but the plan has no room left for it (other visits fill
    /// the windows, the driving time or the capacity).
    case noRoomLeft

    /// One sentence in French for the user.
    public var frenchDescription: String {
        switch self {
        case .noWindowInShift:
            return "Aucun créneau d’ouverture compatible avec les horaires de travail, trajets compris."
        case .beyondMaxDriving:
            return "Trop loin : l’aller-retour seul dépasse le temps de conduite maximal de la journée."
        case .exceedsCapacity:
            return "La quantité demandée dépasse la capacité disponible."
        case .fixedAppointmentConflict(let other):
            if let other { return "Le rendez-vous fixé est incompatible avec le rendez-vous fixé de la visite \(other)." }
            return "Le rendez-vous fixé ne peut pas être tenu (hors des horaires de travail ou trop loin)."
        case .notWorthItsCost:
            return "Visite facultative écartée : son intérêt est inférieur au coût du détour."
        case .noRoomLeft:
            return "Plus de place dans le planning : les autres visites occupent les créneaux possibles."
        }
    }
}
