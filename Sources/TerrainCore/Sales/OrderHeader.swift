import Foundation

/// The fields of an order form besides its lines.
public enum OrderHeaderField: String, Hashable, Sendable, CaseIterable {
    case orderedOn, requestedDeliveryOn, contact, customerReference, deliveryAddress, paymentTerms, paymentMethod, notes
}

/// The header of an order, validated: what a complete order form carries besides its lines
/// (framework C2.4: « les bons de commande sont rédigés de façon claire et précise, toutes les
/// rubriques sont renseignées »).
public struct OrderHeader: Hashable, Sendable {
    /// Day the order was taken (Europe/Paris calendar day).
    public var orderedOn: LocalDate
    /// Delivery date the customer asked for; on or after `orderedOn`.
    public var requestedDeliveryOn: LocalDate?
    /// The customer's contact who placed the order (an id of the caller's contacts).
    public var contactID: UUID
    /// The customer's own order reference, at most 60 characters.
    public var customerReference: String?
    /// Delivery address as printed (lines separated by line breaks), at most 500 characters.
    public var deliveryAddress: String
    public var paymentTerms: PaymentTerms
    public var paymentMethod: PaymentMethod
    /// Free notes printed on the order, at most 2,000 characters.
    public var notes: String?
}

/// Reads the header of an order form.
public enum OrderHeaderValidation {
    /// Validates the typed values (`values[field]`, untrimmed).
    ///
    /// Required: the order date (French `jj/mm/aaaa` or ISO), the contact (one of `contactIDs`),
    /// the delivery address, the payment terms and method (their raw values). The requested
    /// delivery date is optional but not before the order date. Both dates within a year of `today`
    /// when it is given (a form; imports of old histories pass nil). Lengths: customer reference
    /// 60, delivery address 500, notes 2,000 characters.
    /// - Returns: the header, or every issue found.
    public static func validate(_ values: [OrderHeaderField: String], contactIDs: Set<UUID>,
                                today: LocalDate? = nil) -> Result<OrderHeader, FieldIssues<OrderHeaderField>> {
        func withinAYear(_ date: LocalDate) -> Bool {
            guard let today else { return true }
            return abs(DemoCalendar.day(date) - DemoCalendar.day(today)) <= 366
        }
        var issues: [FieldIssueOf<OrderHeaderField>] = []
        func value(_ field: OrderHeaderField) -> String? { values[field]?.trimmedNonEmpty }
        func fail(_ field: OrderHeaderField, _ issue: ValidationIssue) {
            issues.append(FieldIssueOf(field: field, issue: issue, value: values[field] ?? ""))
        }
        func text(_ field: OrderHeaderField, max: Int) -> String? {
            guard let text = value(field) else { return nil }
            if text.count > max { fail(field, .tooLong(max: max)) }
            return text
        }
        var orderedOn: LocalDate?
        if let raw = value(.orderedOn) {
            orderedOn = DateParsing.parseFrench(raw)
            if orderedOn == nil {
                fail(.orderedOn, .invalidDate)
            } else if let date = orderedOn, !withinAYear(date) {
                fail(.orderedOn, .dateOutOfRange); orderedOn = nil
            }
        } else {
            fail(.orderedOn, .required)
        }
        var requested: LocalDate?
        if let raw = value(.requestedDeliveryOn) {
            requested = DateParsing.parseFrench(raw)
            if requested == nil {
                fail(.requestedDeliveryOn, .invalidDate)
            } else if let date = requested, !withinAYear(date) {
                fail(.requestedDeliveryOn, .dateOutOfRange)
            } else if let requested, let orderedOn, requested < orderedOn {
                fail(.requestedDeliveryOn, .deliveryBeforeOrder)
            }
        }
        var contactID: UUID?
        if let raw = value(.contact) {
            contactID = UUID(uuidString: raw).flatMap { contactIDs.contains($0) ? $0 : nil }
            if contactID == nil { fail(.contact, .invalidChoice(options: [])) }
        } else {
            fail(.contact, contactIDs.isEmpty ? .noContactYet : .required)
        }
        let reference = text(.customerReference, max: 60)
        let address = text(.deliveryAddress, max: 500)
        if address == nil { fail(.deliveryAddress, .required) }
        let terms = value(.paymentTerms).flatMap(PaymentTerms.init(rawValue:))
        if terms == nil { fail(.paymentTerms, value(.paymentTerms) == nil ? .required : .invalidChoice(options: PaymentTerms.allCases.map(\.french))) }
        let method = value(.paymentMethod).flatMap(PaymentMethod.init(rawValue:))
        if method == nil { fail(.paymentMethod, value(.paymentMethod) == nil ? .required : .invalidChoice(options: PaymentMethod.allCases.map(\.french))) }
        let notes = text(.notes, max: 2_000)
        guard issues.isEmpty, let orderedOn, let contactID, let address, let terms, let method else {
            return .failure(FieldIssues(issues))
        }
        return .success(OrderHeader(orderedOn: orderedOn, requestedDeliveryOn: requested, contactID: contactID,
                                    customerReference: reference, deliveryAddress: address, paymentTerms: terms,
                                    paymentMethod: method, notes: notes))
    }
}
