/// The payment terms printed on an order (conditions de paiement), and the due date they give.
///
/// Source: Code de commerce, art. L441-10 I: without an agreement, payment is due 30 days after
/// delivery (or performance); agreed terms may not exceed 60 days from the invoice date, or 45 days
/// end of month (« 45 jours fin de mois »). This type only offers terms within those caps.
public enum PaymentTerms: String, Codable, Sendable, CaseIterable {
    /// Payment on receipt of the invoice (comptant, à réception).
    case onReceipt
    /// 30 days from the invoice date (the legal default, art. L441-10 I, first paragraph).
    case net30
    /// 45 days end of month: the invoice date plus 45 days, then the end of that month (the
    /// reading the administration (DGCCRF) accepts alongside « end of month plus 45 days »; we use
    /// this one, the more common in wholesale).
    case net45EndOfMonth
    /// 60 days from the invoice date (the legal maximum).
    case net60

    /// The French wording printed on the order form.
    public var french: String {
        switch self {
        case .onReceipt: "À réception de facture"
        case .net30: "30 jours date de facture"
        case .net45EndOfMonth: "45 jours fin de mois"
        case .net60: "60 jours date de facture"
        }
    }

    /// The English wording.
    public var english: String {
        switch self {
        case .onReceipt: "On receipt of invoice"
        case .net30: "30 days from invoice date"
        case .net45EndOfMonth: "45 days end of month"
        case .net60: "60 days from invoice date"
        }
    }

    /// The date payment is due for an invoice dated `invoiceDate`.
    ///
    /// Examples worked by hand for an invoice of 15/01/2026: on receipt → 15/01/2026; 30 days →
    /// 14/02/2026 (16 days to 31/01, 14 more); 60 days → 16/03/2026 (16 + 28 days to 28/02, 16
    /// more); 45 days end of month → 15/01 + 45 days = 01/03/2026 (16 + 28 = 44 days reach 28/02),
    /// whose month ends on 31/03/2026.
    public func dueDate(invoiceDate: LocalDate) -> LocalDate {
        let day = DemoCalendar.day(invoiceDate)
        switch self {
        case .onReceipt: return invoiceDate
        case .net30: return DemoCalendar.date(day + 30)
        case .net60: return DemoCalendar.date(day + 60)
        case .net45EndOfMonth:
            let plus45 = DemoCalendar.date(day + 45)
            return LocalDate(year: plus45.year, month: plus45.month,
                             day: LocalDate.daysIn(month: plus45.month, year: plus45.year))!
        }
    }
}

/// How the customer pays (mode de règlement), as printed on the order form.
public enum PaymentMethod: String, Codable, Sendable, CaseIterable {
    case transfer, directDebit, cheque, billOfExchange, card, cash

    /// The French wording.
    public var french: String {
        switch self {
        case .transfer: "Virement"
        case .directDebit: "Prélèvement SEPA"
        case .cheque: "Chèque"
        case .billOfExchange: "LCR (lettre de change relevé)"
        case .card: "Carte bancaire"
        case .cash: "Espèces"
        }
    }

    /// The English wording.
    public var english: String {
        switch self {
        case .transfer: "Bank transfer"
        case .directDebit: "SEPA direct debit"
        case .cheque: "Cheque"
        case .billOfExchange: "Bill of exchange (LCR)"
        case .card: "Card"
        case .cash: "Cash"
        }
    }
}
