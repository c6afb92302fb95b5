import Testing
import TerrainCore

@Suite struct PaymentTermsTests {
    let invoice = LocalDate(year: 2026, month: 1, day: 15)!

    @Test func onReceiptIsTheInvoiceDay() {
        #expect(PaymentTerms.onReceipt.dueDate(invoiceDate: invoice) == invoice)
    }

    @Test func thirtyAndSixtyDaysCountCalendarDays() {
        // 15/01 + 30 days: 16 days to 31/01, 14 more → 14/02/2026.
        #expect(PaymentTerms.net30.dueDate(invoiceDate: invoice) == LocalDate(year: 2026, month: 2, day: 14))
        // 15/01 + 60 days: 16 (Jan) + 28 (Feb 2026) = 44 → 28/02, 16 more → 16/03/2026.
        #expect(PaymentTerms.net60.dueDate(invoiceDate: invoice) == LocalDate(year: 2026, month: 3, day: 16))
    }

    @Test func fortyFiveDaysEndOfMonth() {
        // 15/01 + 45 days = 01/03/2026 (44 days reach 28/02), end of March → 31/03/2026.
        #expect(PaymentTerms.net45EndOfMonth.dueDate(invoiceDate: invoice) == LocalDate(year: 2026, month: 3, day: 31))
        // 10/12/2025 + 45 days: 21 days to 31/12, 24 more → 24/01/2026, end of month → 31/01/2026.
        #expect(PaymentTerms.net45EndOfMonth.dueDate(invoiceDate: LocalDate(year: 2025, month: 12, day: 10)!)
                == LocalDate(year: 2026, month: 1, day: 31))
        // Leap year: 15/01/2028 + 45 days: 16 to 31/01, 29 to 29/02 (45) → 29/02/2028, end of Feb.
        #expect(PaymentTerms.net45EndOfMonth.dueDate(invoiceDate: LocalDate(year: 2028, month: 1, day: 15)!)
                == LocalDate(year: 2028, month: 2, day: 29))
    }
}
