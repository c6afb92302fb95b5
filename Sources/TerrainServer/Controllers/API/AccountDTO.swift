import Foundation
import TerrainCore
import Vapor

/// An account as the JSON API returns it. Money as a decimal string in euros ("1234.56"), dates as
/// ISO 8601 ("2008-08-31"), times in UTC, phones in E.164.
struct AccountDTO: Content, Sendable {
    let id: UUID
    let version: Int
    let siret, siren: String?
    let legalName: String
    let tradeName, nafCode, nafLabel, legalForm, headcountBand: String?
    let addressLine1, addressLine2, postalCode, city, inseeCode, department: String?
    let country: String
    let latitude, longitude: Double?
    let phone, email, website: String?
    let status: AccountStatus
    let category, source: String?
    let revenuePotential: String?
    let doNotCall, emailConsent: Bool
    let soleTrader: Bool?
    let creationDate: String?
    let notes: String?
    let ownerId: UUID?
    let possibleDuplicateGroup: String?
    let archived: Bool
    let createdAt, updatedAt: Date?

    init(_ a: Account) {
        id = a.id ?? UUID()
        version = a.version
        siret = a.siret
        siren = a.siren
        legalName = a.legalName
        tradeName = a.tradeName
        nafCode = a.nafCode
        nafLabel = a.nafLabel
        legalForm = a.legalForm
        headcountBand = a.headcountBand
        addressLine1 = a.addressLine1
        addressLine2 = a.addressLine2
        postalCode = a.postalCode
        city = a.city
        inseeCode = a.inseeCode
        department = a.department
        country = a.country
        latitude = a.latitude
        longitude = a.longitude
        phone = a.phone
        email = a.email
        website = a.website
        status = a.status
        category = a.category
        source = a.source
        revenuePotential = a.revenuePotentialCents.map { "\(Money.euros(cents: $0))" }
        doNotCall = a.doNotCall
        emailConsent = a.emailConsent
        soleTrader = a.soleTrader
        creationDate = a.creationDate
        notes = a.notes
        ownerId = a.$owner.id
        possibleDuplicateGroup = a.duplicateGroup
        archived = a.archivedAt != nil
        createdAt = a.createdAt
        updatedAt = a.updatedAt
    }
}

/// One page of accounts.
struct AccountPageDTO: Content, Sendable {
    struct Metadata: Content, Sendable {
        let page: Int
        let per: Int
        let total: Int
    }

    let items: [AccountDTO]
    let metadata: Metadata
}

/// A JSON value the API accepts for an account field: text, number, boolean or null.
/// Every value goes through the same validation as the web form, as text.
enum JSONScalar: Decodable, Sendable {
    case text(String)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .text(bool ? "oui" : "non")
        } else if let decimal = try? container.decode(Decimal.self) {
            self = .text("\(decimal)")
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    var text: String {
        switch self {
        case let .text(value): return value
        case .null: return ""
        }
    }
}

/// The body of a 422 answer: a message per field.
struct ValidationErrorDTO: Content, Sendable {
    let error: Bool
    let reason: String
    let fields: [String: String]
}
