import Foundation
import Plot
import TerrainCore

/// An account's page: its fields, its contacts, and the actions on it.
enum AccountDetailView {
    struct Model: Sendable {
        let account: AccountSnapshot
        let contacts: [ContactSnapshot]
        /// Other accounts of the same possible-duplicate group: (id, legal name, SIRET).
        let duplicates: [(UUID, String, String)]
        /// The price list that applies first to this account, nil for catalogue prices.
        var priceListName: String?
        /// Latest orders: (id, number, date dd/mm/yyyy, total excl. VAT, status).
        var orders: [(UUID, String, String, String, SalesOrder.Status)] = []
    }

    static func page(_ model: Model, context: PageContext) -> WebPage {
        let l = context.localizer
        let a = model.account
        let language = context.language
        return WebPage(title: a.legalName, context: context, content: .div(
            .div(
                .class("page-title"),
                .h1(.text(a.legalName), .unwrap(a.tradeName) { .span(.class("muted"), .text(" · " + $0)) }),
                .span(.class("status status-\(a.status.rawValue)"), .text(l(.status(a.status)))),
                .if(a.isArchived, .span(.class("badge"), .text(l(.archived))))
            ),
            .if(!model.duplicates.isEmpty, .div(
                .class("notice warn"),
                .p(.text(l(.possibleDuplicate))),
                .p(.text(l(.sameGroupAccounts) + " :")),
                .ul(.forEach(model.duplicates) { duplicate in
                    .li(.a(.href(SiteRoute.account(duplicate.0).path), .text(duplicate.1)), .text(duplicate.2.isEmpty ? "" : " — SIRET " + duplicate.2))
                })
            )),
            .div(
                .class("actions"),
                .a(.class("button primary"), .href(SiteRoute.editAccount(a.id).path), .text(l(.edit))),
                .if(!a.isArchived, .form(
                    .class("inline"), .method(.post), .action(SiteRoute.archiveAccount(a.id).path),
                    .attribute(named: "data-confirm", value: l(.confirmArchive)),
                    Components.csrfField(context),
                    .button(.type(.submit), .class("button"), .text(l(.archive)))
                ))
            ),
            .div(
                .class("columns"),
                section(l(.identitySection), rows: [
                    (AccountField.siret.label(language), a.siret ?? ""),
                    (l(.vatNumber), a.siren.map { Identifiers.vatNumber(siren: $0) } ?? ""),
                    (AccountField.nafCode.label(language), [a.nafCode, a.nafLabel].compactMap { $0 }.joined(separator: " — ")),
                    (AccountField.legalForm.label(language), a.legalForm ?? ""),
                    (AccountField.headcountBand.label(language), a.headcountBand.map { code in HeadcountBand.label(code).map { "\($0) (\(code))" } ?? code } ?? ""),
                    (AccountField.creationDate.label(language), a.creationDate ?? ""),
                    (AccountField.soleTrader.label(language), a.soleTrader.map { $0 ? l(.yes) : l(.no) } ?? ""),
                ]),
                section(l(.addressSection), rows: [
                    (AccountField.addressLine1.label(language), a.addressLine1 ?? ""),
                    (AccountField.addressLine2.label(language), a.addressLine2 ?? ""),
                    (AccountField.postalCode.label(language), a.postalCode ?? ""),
                    (AccountField.city.label(language), a.city ?? ""),
                    (l(.department), a.department.map { code in [code, Department.name(code)].compactMap { $0 }.joined(separator: " — ") } ?? ""),
                    (AccountField.country.label(language), a.country == "FR" ? "France" : a.country),
                    ("GPS", a.coordinates ?? ""),
                ]),
                section(l(.reachSection), rows: [
                    (AccountField.phone.label(language), a.phone ?? ""),
                    (AccountField.email.label(language), a.email ?? ""),
                    (AccountField.website.label(language), a.website ?? ""),
                    (AccountField.doNotCall.label(language), a.doNotCall ? l(.yes) : l(.no)),
                    (AccountField.emailConsent.label(language), a.emailConsent ? l(.yes) : l(.no)),
                ], links: contactLinks(phone: a.phone, email: a.email, website: a.website, phoneLabel: AccountField.phone.label(language),
                                       emailLabel: AccountField.email.label(language), websiteLabel: AccountField.website.label(language))),
                section(l(.commercialSection), rows: [
                    (l(.owner), a.ownerName ?? ""),
                    (AccountField.category.label(language), a.category ?? ""),
                    (l(.appliedPrices), model.priceListName ?? l(.listPriceColumn)),
                    (AccountField.source.label(language), a.source ?? ""),
                    (AccountField.revenuePotential.label(language), a.revenuePotential ?? ""),
                    (AccountField.notes.label(language), a.notes ?? ""),
                    (l(.createdAt), a.createdAt),
                    (l(.updatedAt), a.updatedAt),
                ])
            ),
            contacts(model, context: context),
            orders(model, context: context)
        ))
    }

    private static func section(_ title: String, rows: [(String, String)], links: [String: String] = [:]) -> Node<HTML.BodyContext> {
        .section(
            .class("card"),
            .h2(.text(title)),
            .dl(.forEach(rows.filter { !$0.1.isEmpty }) { row in
                .group(.dt(.text(row.0)), .dd(links[row.0].map { .a(.href($0.escapedAttribute), .text(row.1)) } ?? .text(row.1)))
            })
        )
    }

    /// `tel:` and `mailto:` links, so that a phone can call or write in one tap.
    static func contactLinks(phone: String?, email: String?, website: String?, phoneLabel: String, emailLabel: String, websiteLabel: String) -> [String: String] {
        var links: [String: String] = [:]
        if let phone { links[phoneLabel] = "tel:" + phone.filter { $0 != " " }.replacingOccurrences(of: "^0", with: "+33", options: .regularExpression) }
        if let email { links[emailLabel] = "mailto:" + email }
        if let website { links[websiteLabel] = website.hasPrefix("http") ? website : "https://" + website }
        return links
    }

    private static func orders(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .section(
            .class("card"),
            .div(.class("section-title"), .h2(.text(l(.ordersTitle))),
                 .a(.class("button primary"), .href(SiteRoute.newOrder(account: model.account.id).path), .text(l(.newOrder)))),
            model.orders.isEmpty ? .p(.class("empty"), .text(l(.noOrders))) : .div(.class("table-wrap"), .table(
                .class("responsive"),
                .thead(.tr(.th(.text(l(.orderNumber))), .th(.text(l(.orderDate))), .th(.class("number"), .text(l(.totalExclVAT))), .th(.text(l(.statusLabel))))),
                .tbody(.forEach(model.orders) { order in
                    .tr(
                        .td(.attribute(named: "data-label", value: l(.orderNumber)), .a(.href(SiteRoute.order(order.0).path), .text(order.1))),
                        .td(.attribute(named: "data-label", value: l(.orderDate)), .text(order.2)),
                        .td(.class("number"), .attribute(named: "data-label", value: l(.totalExclVAT)), .text(order.3)),
                        .td(.attribute(named: "data-label", value: l(.statusLabel)), .text(l(.orderStatus(order.4))))
                    )
                })
            ))
        )
    }

    private static func contacts(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .section(
            .class("card"),
            .h2(.text(l(.contactsTitle))),
            .if(model.contacts.isEmpty, .p(.class("empty"), .text(l(.noContacts)))),
            .ul(.class("contact-list"), .forEach(model.contacts) { contact in
                .li(
                    .strong(.text(contact.name)),
                    .unwrap(contact.jobTitle) { .text(" — " + $0) },
                    .unwrap(contact.role) { .span(.class("badge"), .text(l(.buyingRole($0)))) },
                    .div(
                        .class("muted"),
                        .unwrap(contact.phoneE164) { phone in .a(.href(("tel:" + phone).escapedAttribute), .text((contact.phone ?? phone) + " ")) },
                        .unwrap(contact.mobileE164) { mobile in .a(.href(("tel:" + mobile).escapedAttribute), .text((contact.mobile ?? mobile) + " ")) },
                        .unwrap(contact.email) { .a(.href(("mailto:" + $0).escapedAttribute), .text($0)) }
                    ),
                    .div(
                        .class("actions"),
                        .a(.class("button small"), .href(SiteRoute.editContact(contact.id).path), .text(l(.edit))),
                        .form(
                            .class("inline"), .method(.post), .action(SiteRoute.archiveContact(contact.id).path),
                            .attribute(named: "data-confirm", value: l(.confirmArchiveContact)),
                            Components.csrfField(context),
                            .button(.type(.submit), .class("button small"), .text(l(.archive)))
                        )
                    )
                )
            }),
            .a(.class("button"), .href(SiteRoute.newContact(account: model.account.id).path), .text(l(.newContact)))
        )
    }
}

/// An account's values formatted for display in the request's language.
struct AccountSnapshot: Sendable {
    let id: UUID
    let legalName: String
    let tradeName, siret, siren, nafCode, nafLabel, legalForm, headcountBand, creationDate: String?
    let soleTrader: Bool?
    let addressLine1, addressLine2, postalCode, city, department: String?
    let country: String
    let coordinates: String?
    let phone, email, website: String?
    let doNotCall, emailConsent: Bool
    let ownerName, category, source, revenuePotential, notes: String?
    let status: AccountStatus
    let isArchived: Bool
    let createdAt, updatedAt: String

    init(_ account: Account, localizer: Localizer) {
        id = account.id ?? UUID()
        legalName = account.legalName
        tradeName = account.tradeName
        siret = account.siret
        siren = account.siren
        nafCode = account.nafCode
        nafLabel = account.nafLabel
        legalForm = account.legalForm
        headcountBand = account.headcountBand
        creationDate = account.creationDate.flatMap(DateParsing.parseFrench)?.french
        soleTrader = account.soleTrader
        addressLine1 = account.addressLine1
        addressLine2 = account.addressLine2
        postalCode = account.postalCode
        city = account.city
        department = account.department
        country = account.country
        if let lat = account.latitude, let lon = account.longitude {
            coordinates = FrenchNumber.format(Decimal(lat), fractionDigits: 6) + " ; " + FrenchNumber.format(Decimal(lon), fractionDigits: 6)
        } else {
            coordinates = nil
        }
        phone = account.phone.map(PhoneNumber.frenchDisplay)
        email = account.email
        website = account.website
        doNotCall = account.doNotCall
        emailConsent = account.emailConsent
        ownerName = account.owner?.name
        category = account.category
        source = account.source
        revenuePotential = account.revenuePotentialCents.map { FrenchNumber.formatEuros(Money.euros(cents: $0)) }
        notes = account.notes
        status = account.status
        isArchived = account.archivedAt != nil
        createdAt = account.createdAt.map(ParisTime.format) ?? ""
        updatedAt = account.updatedAt.map(ParisTime.format) ?? ""
    }
}

/// A contact's values for display.
struct ContactSnapshot: Sendable {
    let id: UUID
    let name: String
    let jobTitle: String?
    let role: BuyingRole?
    let phone, mobile, email: String?
    /// The numbers as stored (E.164), for `tel:` links that work from abroad too.
    let phoneE164, mobileE164: String?

    init(_ contact: Contact, localizer: Localizer) {
        id = contact.id ?? UUID()
        name = contact.displayName(localizer)
        jobTitle = contact.jobTitle
        role = contact.role
        phone = contact.phone.map(PhoneNumber.frenchDisplay)
        mobile = contact.mobile.map(PhoneNumber.frenchDisplay)
        phoneE164 = contact.phone
        mobileE164 = contact.mobile
        email = contact.email
    }
}
