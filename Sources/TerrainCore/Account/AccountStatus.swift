/// Where an account stands in the portfolio.
public enum AccountStatus: String, Codable, Sendable, CaseIterable {
    /// Not yet a customer (fr « prospect »).
    case prospect
    /// Has ordered (fr « client »).
    case customer
    /// Was a customer or prospect and is gone (fr « perdu »).
    case lost

    /// The word shown to the user.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.prospect, _): return "Prospect"
        case (.customer, .fr): return "Client"
        case (.customer, .en): return "Customer"
        case (.lost, .fr): return "Perdu"
        case (.lost, .en): return "Lost"
        }
    }
}
