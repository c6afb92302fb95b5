import Fluent
import Foundation
import TerrainCore
import Vapor

/// Taking and editing orders and credit notes for an account in the user's scope. A rep cannot
/// save a line outside the product's negotiation latitude; a manager or an administrator can,
/// with a warning (`LatitudePolicy`).
struct OrderFormController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.newOrder(account: nil), use: newForm)
        routes.post(.accountOrders(account: nil), use: create)
        routes.get(.editOrder(nil), use: editForm)
        routes.post(.order(nil), use: update)
    }

    func newForm(req: Request) async throws -> WebPage {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let data = try await OrderFormData.load(for: account, on: req.db)
        let kind = OrderKind(rawValue: (try? req.query.get(String.self, at: "kind")) ?? "") ?? .order
        if kind == .creditNote { try Self.requireCreditNoteRight(req) }
        var header: [OrderHeaderField: String] = [
            .orderedOn: ParisTime.day(Date()).french, .paymentTerms: PaymentTerms.net30.rawValue,
            .paymentMethod: PaymentMethod.transfer.rawValue, .deliveryAddress: data.accountAddress,
        ]
        if data.contacts.count == 1, let id = data.contacts.first?.id { header[.contact] = id.uuidString }
        var values = OrderFormValues(header: header, lines: Array(repeating: OrderFormLine(), count: OrderFormValues.blankRows))
        // A credit note on an order: its lines (positive quantities) and header, to reduce as needed.
        if kind == .creditNote, let raw = try? req.query.get(String.self, at: "from"), let id = UUID(uuidString: raw) {
            let original = try await OrderQueries.find(id, scope: req.accessScope(), on: req.db)
            guard original.$account.id == account.id, original.kind == .order else { throw TerrainError.notFound }
            let copy = OrderFormValues(order: original)
            values.lines = copy.lines
            for field in [OrderHeaderField.contact, .deliveryAddress, .paymentTerms, .paymentMethod, .customerReference] {
                values.header[field] = copy.header[field]
            }
            values.header[.notes] = Localizer(req.language)(.creditNoteFor, original.number)
        }
        return OrderFormView.page(Self.model(data, kind: kind, values: values), context: req.pageContext())
    }

    func create(req: Request) async throws -> Response {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let data = try await OrderFormData.load(for: account, on: req.db)
        let posted = try req.content.decode([String: String].self)
        let kind = OrderKind(rawValue: posted["kind"] ?? "") ?? .order
        if kind == .creditNote { try Self.requireCreditNoteRight(req) }
        let user = try req.currentUser()
        switch Self.evaluate(posted, data: data, kind: kind, user: user, language: req.language) {
        case let .save(input):
            let order = try await OrderService.create(input, on: req.db)
            req.flash(kind == .order ? .orderSaved : .creditNoteSaved, order.number)
            return req.redirect(to: SiteRoute.order(try order.requireID()).path)
        case let .show(model):
            return try await OrderFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func editForm(req: Request) async throws -> Response {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        guard order.status.isEditable else { return req.redirect(to: SiteRoute.order(try order.requireID()).path) }
        let data = try await OrderFormData.load(for: order.account, on: req.db)
        var model = Self.model(data, kind: order.kind, values: OrderFormValues(order: order))
        model.orderID = order.id
        model.number = order.number
        model.version = order.version
        return try await OrderFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
    }

    func update(req: Request) async throws -> Response {
        let order = try await OrderQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        guard order.status.isEditable else { throw TerrainError.badRequest(.errorOrderNotEditable) }
        let data = try await OrderFormData.load(for: order.account, on: req.db)
        let posted = try req.content.decode([String: String].self)
        let version = Int(posted["version"] ?? "") ?? -1
        switch Self.evaluate(posted, data: data, kind: order.kind, user: try req.currentUser(), language: req.language, editing: order) {
        case let .save(input):
            do {
                try await OrderService.update(order, with: input, expectedVersion: version, on: req.db)
            } catch TerrainError.versionConflict {
                var model = Self.model(data, kind: order.kind, values: OrderFormValues(posted: posted))
                model.orderID = order.id
                model.number = order.number
                model.version = version
                model.conflict = true
                return try await OrderFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
            }
            req.flash(order.kind == .order ? .orderSaved : .creditNoteSaved, order.number)
            return req.redirect(to: SiteRoute.order(try order.requireID()).path)
        case var .show(model):
            model.orderID = order.id
            model.number = order.number
            model.version = version
            return try await OrderFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    /// A credit note commits the company's money: sales managers and administrators only.
    static func requireCreditNoteRight(_ req: Request) throws {
        guard try req.currentUser().role != .rep else { throw TerrainError.forbidden }
    }

    /// What to do with a posted form: save it, or show it again (recalculated, with more lines,
    /// or with its errors).
    enum Outcome {
        case save(OrderService.Input)
        case show(OrderFormView.Model)
    }

    static func evaluate(_ posted: [String: String], data: OrderFormData, kind: OrderKind, user: User,
                         language: Language, editing: SalesOrder? = nil) -> Outcome {
        var values = OrderFormValues(posted: posted)
        let action = posted["action"] ?? "recalculate"
        let reading = data.read(values, kind: kind, user: user, editing: editing)
        if action == "save", let input = reading.input { return .save(input) }
        let lines = reading.lines
        let header = reading.header
        if action == "addLines" {
            values.lines += Array(repeating: OrderFormLine(), count: OrderFormValues.blankRows)
            if values.lines.count > OrderFormValues.maxRows { values.lines = Array(values.lines.prefix(OrderFormValues.maxRows)) }
        }
        var model = model(data, kind: kind, values: values)
        for line in lines.lines { model.priced[line.formIndex] = line }
        if !lines.lines.isEmpty { model.totals = OrderTotals(lines: lines.lines.map(\.line), mode: data.mode) }
        for warning in lines.warnings {
            if let index = warning.formIndex { model.lineWarnings[index, default: []].append(warning.issue.message(language)) }
        }
        // Line errors show at once; the header's and "no line at all" wait until the user saves.
        for error in lines.errors {
            if let index = error.formIndex {
                if model.lineErrors[index, default: [:]][error.field] == nil {
                    model.lineErrors[index, default: [:]][error.field] = error.issue.message(language)
                }
            } else if action == "save" {
                model.formError = error.issue.message(language)
            }
        }
        if action == "save", case let .failure(issues) = header {
            for issue in issues where model.headerErrors[issue.field] == nil {
                model.headerErrors[issue.field] = issue.issue.message(language)
            }
        }
        return .show(model)
    }

    /// A form model for `data` with the given values and no result yet.
    static func model(_ data: OrderFormData, kind: OrderKind, values: OrderFormValues) -> OrderFormView.Model {
        OrderFormView.Model(
            accountID: data.account.id ?? UUID(), accountName: data.account.legalName, kind: kind, values: values,
            contacts: data.contacts.compactMap { contact in
                contact.id.map { ($0, [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
                    + (contact.jobTitle.map { " — " + $0 } ?? "")) }
            },
            catalogue: data.offers.values.filter(\.active).sorted { $0.reference < $1.reference }.map { offer in
                (offer.reference, "\(offer.reference) — \(offer.name) — \(FrenchNumber.formatEuros(offer.appliedPrice))")
            }
        )
    }
}
