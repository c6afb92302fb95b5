import Fluent
import Foundation
import TerrainCore

/// What an order form needs from the database for one account: its contacts, the catalogue
/// priced for it (`PriceListRule`), and the company's VAT mode.
struct OrderFormData: Sendable {
    let account: Account
    let contacts: [Contact]
    /// Offers by reference (upper case), every product of the catalogue (inactive ones too, so
    /// that the form can say a product is no longer sold).
    let offers: [String: CatalogueOffer]
    /// Product ids by reference.
    let productIDs: [String: UUID]
    let mode: VATComputation

    /// Loads the data for `account`.
    static func load(for account: Account, on database: any Database) async throws -> OrderFormData {
        let accountID = try account.requireID()
        let contacts = try await Contact.query(on: database).filter(\.$account.$id == accountID).filter(\.$archivedAt == nil)
            .sort(\.$lastName).all()
        let rule = try await PriceListStore.rule(on: database)
        var offers: [String: CatalogueOffer] = [:]
        var ids: [String: UUID] = [:]
        for product in try await Product.query(on: database).sort(\.$reference).all() {
            let draft = product.draft
            offers[draft.reference] = CatalogueOffer(
                reference: draft.reference, name: draft.name,
                appliedPrice: rule.price(of: draft, accountCategory: account.category).unitPrice,
                vatRate: draft.vatRate, unitCost: draft.purchaseCost,
                latitude: NegotiationLatitude(floorPrice: draft.floorPrice, maxDiscountRate: draft.maxDiscountRate),
                active: draft.active
            )
            ids[draft.reference] = product.id
        }
        return OrderFormData(account: account, contacts: contacts, offers: offers, productIDs: ids,
                             mode: try await CompanySettings.vatComputation(on: database))
    }

    /// The account's address on several lines, the default delivery address.
    var accountAddress: String {
        let cityLine = [account.postalCode, account.city].compactMap { $0 }.joined(separator: " ")
        return [account.addressLine1, account.addressLine2, cityLine.isEmpty ? nil : cityLine].compactMap { $0 }.joined(separator: "\n")
    }

    /// The lines of a validated form, ready for `OrderService`.
    func lineInputs(_ priced: [PricedOrderLine]) -> [OrderService.LineInput] {
        priced.map { OrderService.LineInput(productID: productIDs[$0.offer.reference], reference: $0.offer.reference, name: $0.offer.name, line: $0.line) }
    }

    /// A form read against this account's data.
    struct Reading: Sendable {
        var lines: OrderFormResult
        var header: Result<OrderHeader, FieldIssues<OrderHeaderField>>
        /// What to save, when the lines and the header are both valid.
        var input: OrderService.Input?
    }

    /// Reads `values` for a document of `kind` typed by `user`: a rep is held to the latitude, a
    /// manager or an administrator only warned (`LatitudePolicy`); the order is the rep's who
    /// types it, else the account owner's.
    /// - Parameters:
    ///   - editing: the saved order being edited: its VAT mode is kept, and its prices stay
    ///     granted (not checked against the latitude again).
    func read(_ values: OrderFormValues, kind: OrderKind, user: User, editing: SalesOrder? = nil) -> Reading {
        let policy: LatitudePolicy = user.role == .rep ? .enforce : .warn
        let granted = Set((editing?.lines ?? []).map { stored in
            GrantedPrice(reference: stored.productReference, unitPrice: stored.orderLine.unitPrice, discounts: stored.orderLine.discounts)
        })
        let mode = editing.flatMap { VATComputation(rawValue: $0.vatMode) } ?? self.mode
        let lines = OrderFormValidation.validate(values.lines, kind: kind, policy: policy, granted: granted) { offers[$0] }
        let header = OrderHeaderValidation.validate(values.header, contactIDs: Set(contacts.compactMap(\.id)), today: ParisTime.day(Date()))
        var reading = Reading(lines: lines, header: header)
        if lines.isValid, case let .success(validated) = header, let accountID = account.id {
            reading.input = OrderService.Input(
                kind: kind, accountID: accountID,
                repID: user.role == .rep ? user.id : (account.$owner.id ?? user.id),
                orderedOn: validated.orderedOn, requestedDeliveryOn: validated.requestedDeliveryOn, mode: mode,
                lines: lineInputs(lines.lines), notes: validated.notes, contactID: validated.contactID,
                deliveryAddress: validated.deliveryAddress, customerReference: validated.customerReference,
                paymentTerms: validated.paymentTerms, paymentMethod: validated.paymentMethod, savedBy: user.id
            )
        }
        return reading
    }
}

/// The order form's values as posted: header fields by name and numbered lines
/// (`product_0`, `quantity_0`, `unitPrice_0`, `discounts_0`, …, `lineCount`).
struct OrderFormValues: Sendable {
    /// Rows shown on a new form, and added by "more lines".
    static let blankRows = 5
    /// Most rows a form may post (a larger `lineCount` is cut).
    static let maxRows = 200

    var header: [OrderHeaderField: String]
    var lines: [OrderFormLine]

    /// Reads the posted fields.
    init(posted: [String: String]) {
        var header: [OrderHeaderField: String] = [:]
        for field in OrderHeaderField.allCases { header[field] = posted[field.rawValue] ?? "" }
        let count = min(max(Int(posted["lineCount"] ?? "") ?? Self.blankRows, 1), Self.maxRows)
        lines = (0..<count).map { index in
            OrderFormLine(product: posted["product_\(index)"] ?? "", quantity: posted["quantity_\(index)"] ?? "",
                          unitPrice: posted["unitPrice_\(index)"] ?? "", discounts: posted["discounts_\(index)"] ?? "")
        }
        self.header = header
    }

    init(header: [OrderHeaderField: String], lines: [OrderFormLine]) {
        self.header = header
        self.lines = lines
    }

    /// The values of a stored order, for its edit form (credit-note quantities shown positive).
    init(order: SalesOrder) {
        header = [
            .orderedOn: OrderView.frenchDate(order.orderedOn),
            .requestedDeliveryOn: order.requestedDeliveryOn.map(OrderView.frenchDate) ?? "",
            .contact: order.$contact.id?.uuidString ?? "",
            .customerReference: order.customerReference ?? "",
            .deliveryAddress: order.deliveryAddress ?? "",
            .paymentTerms: order.paymentTerms ?? "",
            .paymentMethod: order.paymentMethod ?? "",
            .notes: order.notes ?? "",
        ]
        lines = order.lines.sorted { $0.position < $1.position }.map { stored in
            let line = stored.orderLine
            return OrderFormLine(
                product: stored.productReference,
                quantity: Self.plain(abs(line.quantity)),
                unitPrice: Self.plain(line.unitPrice),
                discounts: line.discounts.map { Self.plain($0 * 100) }.joined(separator: " + ")
            )
        }
    }

    /// A decimal as typed in a form: comma separator, no grouping (12.5 → "12,5").
    static func plain(_ value: Decimal) -> String {
        "\(value)".replacingOccurrences(of: ".", with: ",")
    }
}
