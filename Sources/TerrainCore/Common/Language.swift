/// The interface languages Terrain writes its user-facing messages in.
///
/// French is the language of the users; English is kept for API clients and for developers.
public enum Language: String, Sendable, CaseIterable {
    /// French (the default for users).
    case fr
    /// English.
    case en
}
