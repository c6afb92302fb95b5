import Foundation
import TerrainCore

/// Converts between the validated `AccountDraft` of TerrainCore and the stored `Account`, in one place
/// used by forms, the API and imports.
extension Account {
    /// Copies every field of a validated draft onto the record and recomputes the search text.
    func apply(_ draft: AccountDraft) {
        siret = draft.siret
        siren = draft.siren
        legalName = draft.legalName
        tradeName = draft.tradeName
        nafCode = draft.nafCode
        nafLabel = draft.nafLabel
        legalForm = draft.legalForm
        headcountBand = draft.headcountBand
        addressLine1 = draft.addressLine1
        addressLine2 = draft.addressLine2
        postalCode = draft.postalCode
        city = draft.city
        inseeCode = draft.inseeCode
        department = draft.department
        country = draft.country
        latitude = draft.latitude
        longitude = draft.longitude
        phone = draft.phone
        email = draft.email
        website = draft.website
        status = draft.status
        category = draft.category
        source = draft.source
        revenuePotentialCents = draft.revenuePotential.map(Money.cents)
        doNotCall = draft.doNotCall
        emailConsent = draft.emailConsent
        soleTrader = draft.soleTrader
        creationDate = draft.creationDate?.iso
        notes = draft.notes
        searchText = Self.searchText(legalName: draft.legalName, tradeName: draft.tradeName, city: draft.city, postalCode: draft.postalCode, siret: draft.siret)
    }

    /// The folded text the list's search matches against.
    static func searchText(legalName: String, tradeName: String?, city: String?, postalCode: String?, siret: String?) -> String {
        searchFolded([legalName, tradeName, city, postalCode, siret].compactMap { $0 }.joined(separator: " "))
    }

    /// Lower case, no accents, every run of punctuation or spaces turned into one space: the same
    /// folding for the stored text and for what the user types ("Aix-en-Provence" = "aix en provence",
    /// "l'actuel" = "L ACTUEL").
    static func searchFolded(_ text: String) -> String {
        let folded = NameFolding.searchKey(text)
        // Fast path (most names are ASCII once folded): one pass over the bytes.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(folded.utf8.count)
            var pendingSpace = false
            for byte in folded.utf8 {
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
                if isWordByte {
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return folded.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// The record's values as a form shows them (the inverse of validation: French decimal commas,
    /// dd/mm/yyyy dates, phones in French pairs).
    var formValues: [AccountField: String] {
        var values: [AccountField: String] = [
            .legalName: legalName, .country: country, .status: status.rawValue,
            .doNotCall: doNotCall ? "on" : "", .emailConsent: emailConsent ? "on" : "",
        ]
        let optional: [AccountField: String?] = [
            .siret: siret, .tradeName: tradeName, .nafCode: nafCode, .nafLabel: nafLabel, .legalForm: legalForm,
            .headcountBand: headcountBand, .addressLine1: addressLine1, .addressLine2: addressLine2,
            .postalCode: postalCode, .city: city, .inseeCode: inseeCode,
            .latitude: latitude.map { FrenchNumber.format(Decimal($0), fractionDigits: 6) },
            .longitude: longitude.map { FrenchNumber.format(Decimal($0), fractionDigits: 6) },
            .phone: phone.map(PhoneNumber.frenchDisplay), .email: email, .website: website,
            .category: category, .source: source,
            .revenuePotential: revenuePotentialCents.map { FrenchNumber.format(Money.euros(cents: $0), fractionDigits: 2) },
            .soleTrader: soleTrader.map { $0 ? "on" : "" },
            .creationDate: creationDate.flatMap(DateParsing.parseFrench)?.french,
            .notes: notes,
        ]
        for (field, value) in optional { if let value { values[field] = value } }
        return values
    }
}

/// Conversions between euros (`Decimal`) and stored cents (`Int64`).
enum Money {
    /// Euros to cents, rounded half-up (away from zero) to the cent.
    static func cents(_ euros: Decimal) -> Int64 {
        var value = euros * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    /// Cents to euros, exactly.
    static func euros(cents: Int64) -> Decimal {
        Decimal(cents) / 100
    }
}
