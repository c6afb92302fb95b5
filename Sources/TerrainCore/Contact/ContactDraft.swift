/// A validated contact (interlocuteur) ready to be stored: values trimmed and normalised,
/// optional text `nil` rather than empty.
public struct ContactDraft: Hashable, Codable, Sendable {
    /// M. or Mme, when known.
    public var civility: Civility?
    /// First name.
    public var firstName: String?
    /// Last name; required, never empty.
    public var lastName: String
    /// Job title as written (gérant, responsable achats...).
    public var jobTitle: String?
    /// Part played in the buying decision.
    public var role: BuyingRole?
    /// Direct line in E.164.
    public var phone: String?
    /// Mobile in E.164.
    public var mobile: String?
    /// E-mail address, lower case.
    public var email: String?
    /// Free notes.
    public var notes: String?

    /// Creates a draft; values are taken as given (use `ContactValidation` for user input).
    public init(civility: Civility? = nil, firstName: String? = nil, lastName: String,
                jobTitle: String? = nil, role: BuyingRole? = nil, phone: String? = nil,
                mobile: String? = nil, email: String? = nil, notes: String? = nil) {
        self.civility = civility
        self.firstName = firstName
        self.lastName = lastName
        self.jobTitle = jobTitle
        self.role = role
        self.phone = phone
        self.mobile = mobile
        self.email = email
        self.notes = notes
    }

    /// « M. Jean Martin », « Mme Martin »: civility, first name and last name when present.
    public func displayName(_ language: Language) -> String {
        [civility?.label(language), firstName, lastName].compactMap { $0 }.joined(separator: " ")
    }
}
