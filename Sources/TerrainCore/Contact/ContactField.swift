/// The fields of a contact (interlocuteur) as forms and imported columns name them.
public enum ContactField: String, CaseIterable, Sendable, Codable {
    /// One case per `ContactDraft` property; `label(_:)` gives each its wording.
    case civility, firstName, lastName, jobTitle, role, phone, mobile, email, notes

    /// The label shown beside the field.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.civility, .fr): "Civilité"
        case (.civility, .en): "Civility"
        case (.firstName, .fr): "Prénom"
        case (.firstName, .en): "First name"
        case (.lastName, .fr): "Nom"
        case (.lastName, .en): "Last name"
        case (.jobTitle, .fr): "Fonction"
        case (.jobTitle, .en): "Job title"
        case (.role, .fr): "Rôle dans la décision d'achat"
        case (.role, .en): "Buying role"
        case (.phone, .fr): "Téléphone"
        case (.phone, .en): "Phone"
        case (.mobile, .fr): "Mobile"
        case (.mobile, .en): "Mobile"
        case (.email, .fr): "E-mail"
        case (.email, .en): "E-mail"
        case (.notes, .fr): "Notes"
        case (.notes, .en): "Notes"
        }
    }

    /// `true` for the fields a valid contact cannot do without (only the last name).
    public var isRequired: Bool { self == .lastName }
}
