import Fluent
import Foundation
import TerrainCore
import Vapor

/// The contact (interlocuteur) pages: create, edit, archive. A contact is reachable only through an
/// account inside the user's access scope.
struct ContactController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.newContact(account: nil), use: newForm)
        routes.post(.contacts(account: nil), use: create)
        routes.get(.editContact(nil), use: editForm)
        routes.post(.contact(nil), use: update)
        routes.post(.archiveContact(nil), use: archive)
    }

    func newForm(req: Request) async throws -> WebPage {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let model = ContactFormView.Model(accountID: try account.requireID(), accountName: account.legalName)
        return ContactFormView.page(model, context: req.pageContext())
    }

    func create(req: Request) async throws -> Response {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let input = try req.content.decode([String: String].self)
        switch Self.validate(input, language: req.language) {
        case let .success(draft):
            let contact = Contact()
            contact.$account.id = try account.requireID()
            contact.apply(draft)
            contact.version = 1
            try await contact.create(on: req.db)
            req.flash(.contactSaved, contact.displayName(req.localizer))
            return req.redirect(to: SiteRoute.account(account.id).path)
        case let .failure(errors):
            let model = ContactFormView.Model(accountID: try account.requireID(), accountName: account.legalName, values: input, errors: errors.messages)
            return try await ContactFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func editForm(req: Request) async throws -> WebPage {
        let (contact, account) = try await find(req)
        let values = Dictionary(uniqueKeysWithValues: contact.formValues.map { ($0.key.rawValue, $0.value) })
        let model = ContactFormView.Model(accountID: try account.requireID(), accountName: account.legalName,
                                          contactID: contact.id, version: contact.version, values: values)
        return ContactFormView.page(model, context: req.pageContext())
    }

    func update(req: Request) async throws -> Response {
        let (contact, account) = try await find(req)
        let input = try req.content.decode([String: String].self)
        let version = Int(input["version"] ?? "") ?? -1
        var model = ContactFormView.Model(accountID: try account.requireID(), accountName: account.legalName,
                                          contactID: contact.id, version: version, values: input)
        switch Self.validate(input, language: req.language) {
        case let .success(draft):
            do {
                try await req.db.transaction { db in
                    try await AccountStore.claimVersion(table: Contact.schema, id: contact.requireID(), expected: version, on: db)
                    contact.apply(draft)
                    contact.version = version + 1
                    try await contact.update(on: db)
                }
            } catch TerrainError.versionConflict {
                model.conflict = true
                return try await ContactFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
            }
            req.flash(.contactSaved, contact.displayName(req.localizer))
            return req.redirect(to: SiteRoute.account(account.id).path)
        case let .failure(errors):
            model.errors = errors.messages
            return try await ContactFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func archive(req: Request) async throws -> Response {
        let (contact, account) = try await find(req)
        contact.archivedAt = Date()
        contact.version += 1
        try await contact.update(on: req.db)
        req.flash(.contactArchived, contact.displayName(req.localizer))
        return req.redirect(to: SiteRoute.account(account.id).path)
    }

    /// The contact of the route and its account, if the account is inside the user's scope.
    private func find(_ req: Request) async throws -> (Contact, Account) {
        guard let contact = try await Contact.find(req.idParameter(), on: req.db), contact.archivedAt == nil else {
            throw TerrainError.notFound
        }
        let account = try await AccountQueries.find(contact.$account.id, scope: req.accessScope(), on: req.db)
        return (contact, account)
    }

    static func validate(_ input: [String: String], language: Language) -> Result<ContactDraft, FormErrors> {
        var fields: [ContactField: String] = [:]
        for field in ContactField.allCases { fields[field] = input[field.rawValue] ?? "" }
        switch ContactValidation.validate(fields) {
        case let .success(draft):
            return .success(draft)
        case let .failure(issues):
            var errors = FormErrors()
            for issue in issues where errors.messages[issue.field.rawValue] == nil {
                errors.messages[issue.field.rawValue] = issue.issue.message(language)
            }
            return .failure(errors)
        }
    }
}
