/// The single place where contact input is checked and normalised (forms and imports).
public enum ContactValidation {
    /// Maximum length of a free-text field, in characters (`nil`: not a free-text field).
    public static func maxLength(of field: ContactField) -> Int? {
        switch field {
        case .firstName, .lastName, .jobTitle: 100
        case .notes: 10_000
        default: nil
        }
    }

    /// Validates a contact form. Values are trimmed, empty means absent, every issue is
    /// reported. Rules: `lastName` required; `civility` M./Mme (see `Civility.parse`); `role` a
    /// French label or English name (see `BuyingRole.parse`); `phone` and `mobile` to E.164
    /// (`PhoneNumber`); `email` lower-cased and checked; text lengths as `maxLength(of:)`.
    public static func validate(_ fields: [ContactField: String]) -> Result<ContactDraft, FieldIssues<ContactField>> {
        var issues: [ContactFieldIssue] = []
        func value(_ field: ContactField) -> String? { fields[field]?.trimmedNonEmpty }
        func fail(_ field: ContactField, _ issue: ValidationIssue) {
            issues.append(ContactFieldIssue(field: field, issue: issue, value: fields[field] ?? ""))
        }
        func text(_ field: ContactField) -> String? {
            guard let text = value(field) else { return nil }
            if let max = maxLength(of: field), text.exceeds(characters: max) { fail(field, .tooLong(max: max)) }
            return text
        }
        func parsed<T>(_ field: ContactField, _ issue: ValidationIssue, _ parse: (String) -> T?) -> T? {
            guard let text = value(field) else { return nil }
            guard let result = parse(text) else { fail(field, issue); return nil }
            return result
        }

        let civility = parsed(.civility, .invalidCivility, Civility.parse)
        let firstName = text(.firstName)
        let lastName = text(.lastName)
        if lastName == nil { fail(.lastName, .required) }
        let jobTitle = text(.jobTitle)
        let role = parsed(.role, .invalidBuyingRole, BuyingRole.parse)
        let phone = parsed(.phone, .invalidPhone, PhoneNumber.normalize)
        let mobile = parsed(.mobile, .invalidPhone, PhoneNumber.normalize)
        let email = parsed(.email, .invalidEmail, ContactDetails.normalizedEmail)
        let notes = text(.notes)

        guard issues.isEmpty, let lastName else { return .failure(FieldIssues(issues)) }
        return .success(ContactDraft(civility: civility, firstName: firstName, lastName: lastName,
                                     jobTitle: jobTitle, role: role, phone: phone, mobile: mobile,
                                     email: email, notes: notes))
    }
}
