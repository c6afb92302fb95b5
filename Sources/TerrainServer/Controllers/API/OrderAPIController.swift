import Fluent
import Foundation
import TerrainCore
import Vapor

/// An order as the JSON API returns it; amounts as decimal strings in euros.
struct OrderDTO: Content, Sendable {
    struct Line: Content, Sendable {
        let position: Int
        let productReference, productName: String
        let quantity, unitPrice: String
        let discounts: [String]
        let vatRate: String
        let netAmount: String
    }

    let id: UUID
    let number: String
    let kind: SalesOrder.Kind
    let status: SalesOrder.Status
    let accountId: UUID
    let repId: UUID?
    let orderedOn: String
    let requestedDeliveryOn: String?
    let totalExcludingVAT, totalVAT, totalIncludingVAT: String
    let lines: [Line]?
    let version: Int
    let paymentTerms, paymentMethod, customerReference, deliveryAddress: String?
    let contactId: UUID?

    init(_ order: SalesOrder, withLines: Bool) {
        id = order.id ?? UUID()
        number = order.number
        kind = order.kind
        status = order.status
        accountId = order.$account.id
        repId = order.$rep.id
        orderedOn = order.orderedOn
        requestedDeliveryOn = order.requestedDeliveryOn
        totalExcludingVAT = "\(Money.euros(cents: order.totalExclVATCents))"
        totalVAT = "\(Money.euros(cents: order.totalVATCents))"
        totalIncludingVAT = "\(Money.euros(cents: order.totalInclVATCents))"
        version = order.version
        paymentTerms = order.paymentTerms
        paymentMethod = order.paymentMethod
        customerReference = order.customerReference
        deliveryAddress = order.deliveryAddress
        contactId = order.$contact.id
        lines = withLines ? order.lines.sorted { $0.position < $1.position }.map { line in
            Line(position: line.position, productReference: line.productReference, productName: line.productName,
                 quantity: line.quantity, unitPrice: line.unitPrice,
                 discounts: line.discounts.split(separator: ";").map(String.init), vatRate: line.vatRate,
                 netAmount: "\(Money.euros(cents: line.netAmountCents))")
        } : nil
    }
}

/// An order as an API client sends it. Dates French or ISO; every header value optional, with the
/// web form's defaults (today, the account's address, 30 days, transfer, the account's only contact).
struct OrderInputDTO: Decodable, Sendable {
    struct Line: Decodable, Sendable {
        let product: String
        let quantity: JSONScalar
        let unitPrice: JSONScalar?
        /// "10 + 5", or a list of rates.
        let discounts: Discounts?
    }

    enum Discounts: Decodable, Sendable {
        case text(String)
        case list([JSONScalar])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([JSONScalar].self) { self = .list(list) } else { self = .text(try container.decode(String.self)) }
        }

        var text: String {
            switch self {
            case let .text(value): return value
            case let .list(values): return values.map(\.text).joined(separator: " + ")
            }
        }
    }

    let kind: OrderKind?
    let orderedOn, requestedDeliveryOn, deliveryAddress, customerReference, paymentTerms, paymentMethod, notes: String?
    let contactId: UUID?
    let lines: [Line]
}

/// `/api/v1/accounts/{id}/orders` (list, create), `/api/v1/orders/{id}` and
/// `/api/v1/orders/{id}/status`, with the accounts' access scope and the web form's rules.
struct OrderAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get("accounts", ":id", "orders", use: forAccount)
        api.post("accounts", ":id", "orders", use: create)
        api.get("orders", ":id", use: show)
        api.post("orders", ":id", "status", use: changeStatus)
    }

    func forAccount(req: Request) async throws -> [OrderDTO] {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        return try await OrderQueries.forAccount(account.requireID(), limit: 500, on: req.db).map { OrderDTO($0, withLines: false) }
    }

    func show(req: Request) async throws -> OrderDTO {
        OrderDTO(try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db), withLines: true)
    }

    func create(req: Request) async throws -> Response {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let data = try await OrderFormData.load(for: account, on: req.db)
        let body = try req.content.decode(OrderInputDTO.self)
        let defaultContact = data.contacts.count == 1 ? data.contacts.first?.id?.uuidString : nil
        let header: [OrderHeaderField: String] = [
            .orderedOn: body.orderedOn ?? ParisTime.day(Date()).iso,
            .requestedDeliveryOn: body.requestedDeliveryOn ?? "",
            .contact: body.contactId?.uuidString ?? defaultContact ?? "",
            .deliveryAddress: body.deliveryAddress ?? data.accountAddress,
            .customerReference: body.customerReference ?? "",
            .paymentTerms: body.paymentTerms ?? PaymentTerms.net30.rawValue,
            .paymentMethod: body.paymentMethod ?? PaymentMethod.transfer.rawValue,
            .notes: body.notes ?? "",
        ]
        let lines = body.lines.prefix(OrderFormValues.maxRows).map { line in
            OrderFormLine(product: line.product, quantity: line.quantity.text, unitPrice: line.unitPrice?.text ?? "",
                          discounts: line.discounts?.text ?? "")
        }
        let kind = body.kind ?? .order
        if kind == .creditNote { try OrderFormController.requireCreditNoteRight(req) }
        let reading = data.read(OrderFormValues(header: header, lines: Array(lines)), kind: kind, user: try req.currentUser())
        guard let input = reading.input else {
            var fields: [String: String] = [:]
            for issue in reading.lines.errors {
                let key = issue.formIndex.map { "lines[\($0)].\(issue.field.rawValue)" } ?? "lines"
                if fields[key] == nil { fields[key] = issue.issue.message(req.language) }
            }
            if case let .failure(issues) = reading.header {
                for issue in issues where fields[issue.field.rawValue] == nil { fields[issue.field.rawValue] = issue.issue.message(req.language) }
            }
            let failure = ValidationErrorDTO(error: true, reason: LocalizedText.formHasErrors.text(req.language), fields: fields)
            return try await failure.encodeResponse(status: .unprocessableEntity, for: req)
        }
        let order = try await OrderService.create(input, on: req.db)
        let saved = try await OrderQueries.find(order.requireID(), scope: .all, on: req.db)
        return try await OrderDTO(saved, withLines: true).encodeResponse(status: .created, for: req)
    }

    struct StatusInput: Decodable, Sendable {
        let status: OrderStatus
        let version: Int
        let note: String?
    }

    func changeStatus(req: Request) async throws -> OrderDTO {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let input = try req.content.decode(StatusInput.self)
        try OrderStatusPolicy.check(order, to: input.status, role: try req.currentUser().role)
        try await OrderService.changeStatus(order, to: input.status, expectedVersion: input.version,
                                            userID: try req.currentUser().requireID(), note: input.note, on: req.db)
        return OrderDTO(try await OrderQueries.find(order.requireID(), scope: .all, on: req.db), withLines: true)
    }
}
