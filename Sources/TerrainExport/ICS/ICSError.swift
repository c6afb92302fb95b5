import Foundation

/// Why an ``ICSEvent`` or an ``ICSCalendar`` could not be built.
///
/// `errorDescription` is a French message that can be shown to a user.
public enum ICSError: Error, Equatable, Sendable, LocalizedError {
    /// An event's UID is empty; RFC 5545 §3.8.4.7 requires one per event.
    case emptyUID
    /// An event ends at or before its start; RFC 5545 §3.8.2.2 requires `DTEND` to be later
    /// than `DTSTART`. Carries the event's UID.
    case endNotAfterStart(uid: String)
    /// Two events of one calendar share a UID; RFC 5545 §3.8.4.7 requires UIDs to be unique
    /// (calendar programs keep only one of them). Carries the UID.
    case duplicateUID(String)

    /// A French message for the user.
    public var errorDescription: String? {
        switch self {
        case .emptyUID:
            return "Chaque rendez-vous doit avoir un identifiant (UID)."
        case .endNotAfterStart:
            return "Un rendez-vous doit se terminer après son début."
        case .duplicateUID:
            return "Deux rendez-vous du calendrier ont le même identifiant (UID)."
        }
    }
}
