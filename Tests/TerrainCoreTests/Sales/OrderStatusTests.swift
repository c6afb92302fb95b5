import Testing
import TerrainCore

@Suite struct OrderStatusTests {
    @Test func orderFollowsDeliveryInstallationInvoicePayment() {
        // C3.2 of the framework: commande → livraison → mise en service → paiement.
        #expect(OrderStatus.transmitted.nextStatuses(for: .order) == [.confirmed, .cancelled])
        #expect(OrderStatus.confirmed.nextStatuses(for: .order) == [.delivered, .invoiced, .cancelled])
        #expect(OrderStatus.delivered.nextStatuses(for: .order) == [.installed, .invoiced])
        #expect(OrderStatus.installed.nextStatuses(for: .order) == [.invoiced])
        #expect(OrderStatus.invoiced.nextStatuses(for: .order) == [.paid])
        #expect(OrderStatus.paid.nextStatuses(for: .order).isEmpty)
        #expect(OrderStatus.cancelled.nextStatuses(for: .order).isEmpty)
    }

    @Test func creditNoteSkipsDelivery() {
        #expect(OrderStatus.confirmed.nextStatuses(for: .creditNote) == [.invoiced, .cancelled])
        #expect(!OrderStatus.confirmed.canMove(to: .delivered, for: .creditNote))
        #expect(OrderStatus.invoiced.canMove(to: .paid, for: .creditNote))
    }

    @Test func noGoingBackAndNoCancellingADeliveredOrder() {
        #expect(!OrderStatus.delivered.canMove(to: .cancelled, for: .order))
        #expect(!OrderStatus.paid.canMove(to: .invoiced, for: .order))
        #expect(!OrderStatus.transmitted.canMove(to: .paid, for: .order))
    }

    @Test func onlyTransmittedIsEditable() {
        #expect(OrderStatus.allCases.filter(\.isEditable) == [.transmitted])
        #expect(OrderStatus.allCases.filter { !$0.countsInSales } == [.cancelled])
    }
}
