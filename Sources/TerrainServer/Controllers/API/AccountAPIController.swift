import Fluent
import Foundation
import TerrainCore
import Vapor

/// `/api/v1/accounts`: the same records, filters, validation and access scope as the web pages,
/// authenticated by personal API tokens.
struct AccountAPIController {
    func register(_ api: any RoutesBuilder) {
        let accounts = api.grouped("accounts")
        accounts.get(use: list)
        accounts.post(use: create)
        accounts.get(":id", use: show)
        accounts.patch(":id", use: update)
        accounts.put(":id", use: update)
        accounts.delete(":id", use: archive)
        accounts.post(":id", "archive", use: archive)
    }

    func list(req: Request) async throws -> AccountPageDTO {
        let filter = try req.query.decode(AccountFilter.self)
        let page = try await AccountQueries.page(filter, scope: req.accessScope(), on: req.db)
        return AccountPageDTO(items: page.items.map(AccountDTO.init),
                              metadata: .init(page: page.metadata.page, per: page.metadata.per, total: page.metadata.total))
    }

    func show(req: Request) async throws -> AccountDTO {
        AccountDTO(try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let body = try req.content.decode([String: JSONScalar].self)
        let owners = try await OwnerOptions.assignable(by: user, on: req.db)
        var input = body.mapValues(\.text)
        if input["owner"] == nil { input["owner"] = user.id?.uuidString }
        switch try await AccountController().validate(input, owners: owners, user: user, language: req.language, excluding: nil, on: req.db) {
        case let .success((draft, ownerID)):
            let account = try await AccountStore.create(draft, ownerID: ownerID, on: req.db)
            return try await AccountDTO(account).encodeResponse(status: .created, for: req)
        case let .failure(errors):
            return try await validationFailure(errors, req: req)
        }
    }

    /// Changes the fields given (the others keep their values). `version` is required: an update based
    /// on an older version answers 409.
    func update(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let body = try req.content.decode([String: JSONScalar].self)
        guard let versionText = body["version"]?.text, let version = Int(versionText) else {
            return try await validationFailure(FormErrors(messages: ["version": LocalizedText.versionRequired.text(req.language)]), req: req)
        }
        var input = Dictionary(uniqueKeysWithValues: account.formValues.map { ($0.key.rawValue, $0.value) })
        input["owner"] = account.$owner.id?.uuidString ?? ""
        for (key, value) in body where key != "version" { input[key] = value.text }
        let owners = try await OwnerOptions.assignable(by: user, on: req.db)
        switch try await AccountController().validate(input, owners: owners, user: user, language: req.language, excluding: account.id, on: req.db) {
        case let .success((draft, ownerID)):
            try await AccountStore.update(account, with: draft, ownerID: ownerID, expectedVersion: version, on: req.db)
            return try await AccountDTO(account).encodeResponse(for: req)
        case let .failure(errors):
            return try await validationFailure(errors, req: req)
        }
    }

    func archive(req: Request) async throws -> AccountDTO {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        try await AccountStore.archive(account, on: req.db)
        return AccountDTO(account)
    }

    private func validationFailure(_ errors: FormErrors, req: Request) async throws -> Response {
        let body = ValidationErrorDTO(error: true, reason: LocalizedText.formHasErrors.text(req.language), fields: errors.messages)
        return try await body.encodeResponse(status: .unprocessableEntity, for: req)
    }
}

extension LocalizedText {
    static let versionRequired = LocalizedText(fr: "Le champ « version » (entier) est obligatoire pour une modification.", en: "The “version” field (integer) is required for an update.")
}
