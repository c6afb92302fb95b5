import Fluent
import Foundation
import TerrainCore
import Vapor

/// The account pages: list, page, create, edit, archive.
struct AccountController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts, use: list)
        routes.post(.accounts, use: create)
        routes.get(.newAccount, use: newForm)
        routes.get(.account(nil), use: show)
        routes.post(.account(nil), use: update)
        routes.get(.editAccount(nil), use: editForm)
        routes.post(.archiveAccount(nil), use: archive)
    }

    func list(req: Request) async throws -> WebPage {
        let filter = try req.query.decode(AccountFilter.self)
        let scope = try await req.accessScope()
        let page = try await AccountQueries.page(filter, scope: scope, on: req.db)
        let owners = try await OwnerOptions.assignable(by: req.currentUser(), on: req.db)
        return AccountListView.page(AccountListModel(filter: filter, page: page, owners: owners), context: req.pageContext())
    }

    func show(req: Request) async throws -> WebPage {
        let scope = try await req.accessScope()
        let account = try await AccountQueries.find(req.idParameter(), scope: scope, on: req.db)
        let contacts = try await account.$contacts.query(on: req.db)
            .filter(\.$archivedAt == nil).sort(\.$lastName).all()
        var duplicates: [(UUID, String, String)] = []
        if let group = account.duplicateGroup {
            let others = try await AccountQueries.filtered(AccountFilter(archived: "1"), scope: scope, on: req.db)
                .filter(\.$duplicateGroup == group).filter(\.$id != account.requireID()).all()
            duplicates = others.map { ($0.id ?? UUID(), $0.legalName, $0.siret ?? "") }
        }
        let l = req.localizer
        let orders = try await OrderQueries.forAccount(account.requireID(), on: req.db).map { order in
            (order.id ?? UUID(), order.number, OrderView.frenchDate(order.orderedOn),
             FrenchNumber.formatEuros(Money.euros(cents: order.totalExclVATCents)), order.status)
        }
        return AccountDetailView.page(.init(
            account: AccountSnapshot(account, localizer: l),
            contacts: contacts.map { ContactSnapshot($0, localizer: l) },
            duplicates: duplicates,
            priceListName: PriceListStore.applicableListName(category: account.category, lists: try await PriceListStore.all(on: req.db)),
            orders: orders
        ), context: req.pageContext())
    }

    func newForm(req: Request) async throws -> WebPage {
        let user = try req.currentUser()
        var model = AccountFormView.Model()
        model.values = [AccountField.country.rawValue: "FR", AccountField.status.rawValue: AccountStatus.prospect.rawValue,
                        "owner": user.id?.uuidString ?? ""]
        model.owners = try await OwnerOptions.assignable(by: user, on: req.db)
        model.allowsNoOwner = user.role == .admin
        return AccountFormView.page(model, context: req.pageContext())
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let input = try req.content.decode([String: String].self)
        let owners = try await OwnerOptions.assignable(by: user, on: req.db)
        switch try await validate(input, owners: owners, user: user, language: req.language, excluding: nil, on: req.db) {
        case let .success((draft, ownerID)):
            let account = try await AccountStore.create(draft, ownerID: ownerID, on: req.db)
            req.flash(.accountCreated, account.legalName)
            return req.redirect(to: SiteRoute.account(account.id).path)
        case let .failure(errors):
            let model = AccountFormView.Model(values: input, errors: errors.messages, owners: owners, allowsNoOwner: user.role == .admin)
            return try await AccountFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func editForm(req: Request) async throws -> WebPage {
        let user = try req.currentUser()
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        var values = Dictionary(uniqueKeysWithValues: account.formValues.map { ($0.key.rawValue, $0.value) })
        values["owner"] = account.$owner.id?.uuidString ?? ""
        let model = AccountFormView.Model(accountID: account.id, version: account.version, values: values,
                                          owners: try await OwnerOptions.assignable(by: user, on: req.db), allowsNoOwner: user.role == .admin)
        return AccountFormView.page(model, context: req.pageContext())
    }

    func update(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        let input = try req.content.decode([String: String].self)
        let owners = try await OwnerOptions.assignable(by: user, on: req.db)
        let version = Int(input["version"] ?? "") ?? -1
        var model = AccountFormView.Model(accountID: account.id, version: version, values: input, owners: owners, allowsNoOwner: user.role == .admin)
        switch try await validate(input, owners: owners, user: user, language: req.language, excluding: account.id, on: req.db) {
        case let .success((draft, ownerID)):
            do {
                try await AccountStore.update(account, with: draft, ownerID: ownerID, expectedVersion: version, on: req.db)
            } catch TerrainError.versionConflict {
                model.conflict = true
                return try await AccountFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
            }
            req.flash(.accountUpdated, account.legalName)
            return req.redirect(to: SiteRoute.account(account.id).path)
        case let .failure(errors):
            model.errors = errors.messages
            return try await AccountFormView.page(model, context: req.pageContext()).encodeResponse(for: req)
        }
    }

    func archive(req: Request) async throws -> Response {
        let account = try await AccountQueries.find(req.idParameter(), scope: req.accessScope(), on: req.db)
        try await AccountStore.archive(account, on: req.db)
        req.flash(.accountArchived, account.legalName)
        return req.redirect(to: SiteRoute.accounts.path)
    }

    /// Validates a posted account form (or API body): fields through TerrainCore's rules, owner among
    /// those allowed, and a SIRET that no other account already carries (`excluding` the account edited).
    /// Only an administrator may leave an account without owner: for anyone else such an account
    /// would leave their own scope (and their manager's), so an empty owner means themselves.
    func validate(_ input: [String: String], owners: [(String, String)], user: User, language: Language,
                  excluding accountID: UUID?, on database: any Database) async throws -> Result<(AccountDraft, UUID?), FormErrors> {
        var fields: [AccountField: String] = [:]
        for field in AccountField.allCases {
            fields[field] = AccountFormInput.normalizedCheckbox(field, input[field.rawValue] ?? "")
        }
        var errors = FormErrors()
        let ownerRaw = input["owner"] ?? ""
        var ownerID: UUID? = user.role == .admin ? nil : user.id
        if !ownerRaw.isEmpty {
            if owners.contains(where: { $0.0 == ownerRaw }), let id = UUID(uuidString: ownerRaw) {
                ownerID = id
            } else {
                errors.messages["owner"] = LocalizedText.invalidOwner.text(language)
            }
        }
        switch AccountValidation.validate(fields) {
        case let .success(draft):
            if let siret = draft.siret, let other = try await AccountQueries.withSIRET(siret, excluding: accountID, on: database) {
                let scope = try await AccessScope.of(user, on: database)
                errors.messages[AccountField.siret.rawValue] = scope.contains(ownerID: other.$owner.id)
                    ? Localizer(language)(.siretTaken, other.legalName) : LocalizedText.siretTakenElsewhere.text(language)
            }
            if let potential = draft.revenuePotential, Money.euros(cents: Money.cents(potential)) != potential {
                errors.messages[AccountField.revenuePotential.rawValue] = LocalizedText.centsOnly.text(language)
            }
            return errors.messages.isEmpty ? .success((draft, ownerID)) : .failure(errors)
        case let .failure(issues):
            for issue in issues where errors.messages[issue.field.rawValue] == nil {
                errors.messages[issue.field.rawValue] = issue.issue.message(language)
            }
            return .failure(errors)
        }
    }
}

/// Field name → message, for re-showing a form.
struct FormErrors: Error, Sendable {
    var messages: [String: String] = [:]
}

enum AccountFormInput {
    /// Checkboxes post "on"; the validation rules read Oui/Non.
    static func normalizedCheckbox(_ field: AccountField, _ value: String) -> String {
        switch field {
        case .doNotCall, .emailConsent, .soleTrader:
            return value == "on" ? "oui" : value
        default:
            return value
        }
    }
}

extension LocalizedText {
    static let siretTakenElsewhere = LocalizedText(fr: "Un compte d'un autre portefeuille porte déjà ce SIRET : demandez à votre chef des ventes.", en: "An account of another portfolio already has this SIRET: ask your sales manager.")
    static let centsOnly = LocalizedText(fr: "Un montant en euros a au plus deux décimales (les centimes), par exemple 12 500,50.", en: "An amount in euros has at most two decimals (the cents), for example 12,500.50.")
    static let siretTaken = LocalizedText(fr: "Un compte porte déjà ce SIRET : « {0} ». Ouvrez-le plutôt que d'en créer un second.", en: "An account already has this SIRET: “{0}”. Open it rather than creating a second one.")
    static let invalidOwner = LocalizedText(fr: "Ce responsable n'existe pas ou ne fait pas partie de votre équipe.", en: "This owner does not exist or is not in your team.")
}
