import Fluent
import Foundation
import TerrainCore
import TerrainExport

/// Turns accounts into export rows, for the web export and `terrain export accounts` alike.
///
/// The headers are the account fields' labels in the user's language, so that an exported file
/// imports back with the automatic column mapping.
enum AccountExport {
    static let fields: [AccountField] = [
        .siret, .legalName, .tradeName, .nafCode, .nafLabel, .legalForm, .headcountBand, .addressLine1, .addressLine2,
        .postalCode, .city, .inseeCode, .country, .latitude, .longitude, .phone, .email, .website, .status, .category,
        .source, .revenuePotential, .doNotCall, .emailConsent, .soleTrader, .creationDate, .notes,
    ]

    static func headers(_ language: Language) -> [String] {
        fields.map { $0.label(language) } + [LocalizedText.department.text(language), LocalizedText.owner.text(language)]
    }

    /// One row, in the order of `headers`.
    static func row(_ account: Account, ownerName: String?, language: Language = .fr) -> [ExportCell] {
        func text(_ value: String?) -> ExportCell { value.map { .text($0) } ?? .empty }
        var cells: [ExportCell] = []
        for field in fields {
            switch field {
            case .siret: cells.append(text(account.siret))
            case .legalName: cells.append(.text(account.legalName))
            case .tradeName: cells.append(text(account.tradeName))
            case .nafCode: cells.append(text(account.nafCode))
            case .nafLabel: cells.append(text(account.nafLabel))
            case .legalForm: cells.append(text(account.legalForm))
            case .headcountBand: cells.append(text(account.headcountBand))
            case .addressLine1: cells.append(text(account.addressLine1))
            case .addressLine2: cells.append(text(account.addressLine2))
            case .postalCode: cells.append(text(account.postalCode))
            case .city: cells.append(text(account.city))
            case .inseeCode: cells.append(text(account.inseeCode))
            case .country: cells.append(.text(account.country))
            case .latitude: cells.append(account.latitude.map { .decimal(Decimal($0)) } ?? .empty)
            case .longitude: cells.append(account.longitude.map { .decimal(Decimal($0)) } ?? .empty)
            case .phone: cells.append(text(account.phone.map(PhoneNumber.frenchDisplay)))
            case .email: cells.append(text(account.email))
            case .website: cells.append(text(account.website))
            case .status: cells.append(.text(LocalizedText.status(account.status).text(language)))
            case .category: cells.append(text(account.category))
            case .source: cells.append(text(account.source))
            case .revenuePotential: cells.append(account.revenuePotentialCents.map { .decimal(Money.euros(cents: $0)) } ?? .empty)
            case .doNotCall: cells.append(.bool(account.doNotCall))
            case .emailConsent: cells.append(.bool(account.emailConsent))
            case .soleTrader: cells.append(account.soleTrader.map { .bool($0) } ?? .empty)
            case .creationDate:
                if let date = account.creationDate.flatMap(DateParsing.parseFrench) {
                    cells.append(.date(year: date.year, month: date.month, day: date.day))
                } else {
                    cells.append(.empty)
                }
            case .notes: cells.append(text(account.notes))
            }
        }
        cells.append(text(account.department))
        cells.append(text(ownerName))
        return cells
    }

    /// Every account matching the filter inside the scope, as one table (sorted as the list).
    static func table(_ filter: AccountFilter, scope: AccessScope, language: Language, on database: any Database) async throws -> ExportTable {
        let owners = try await User.query(on: database).all()
        let names = Dictionary(uniqueKeysWithValues: owners.compactMap { user in user.id.map { ($0, user.name) } })
        var rows: [[ExportCell]] = []
        let batchSize = 2000
        var offset = 0
        while true {
            let batch = try await AccountQueries.filtered(filter, scope: scope, on: database)
                .range(offset..<(offset + batchSize)).all()
            rows += batch.map { row($0, ownerName: $0.$owner.id.flatMap { names[$0] }, language: language) }
            if batch.count < batchSize { break }
            offset += batchSize
        }
        return ExportTable(sheetName: LocalizedText.navAccounts.text(language), headers: headers(language), rows: rows)
    }
}
