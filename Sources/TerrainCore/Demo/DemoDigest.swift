import Foundation

/// A 64-bit FNV-1a hash over text, to compare generated companies byte for byte.
///
/// Source: Glenn Fowler, Landon Curt Noll and Kiem-Phong Vo, FNV hash, variant FNV-1a, 64 bits
/// (offset basis 14695981039346656037, prime 1099511628211), as specified in the IETF draft
/// `draft-eastlake-fnv` (https://datatracker.ietf.org/doc/draft-eastlake-fnv/). Not a
/// cryptographic hash: it detects accidental differences. FNV-1a of the empty text is the offset
/// basis; of `"a"`, 0xaf63dc4c8601ec8c.
public struct DemoDigest: Sendable, Hashable {
    /// The hash of everything added so far.
    public private(set) var value: UInt64 = 14_695_981_039_346_656_037

    /// An empty digest.
    public init() {}

    /// Adds the UTF-8 bytes of `text`, then a line feed.
    public mutating func add(line text: String) {
        for byte in text.utf8 { add(byte) }
        add(0x0A)
    }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 1_099_511_628_211
    }
}

extension DemoCompany {
    /// FNV-1a (`DemoDigest`) of `canonicalLines`, every document included: equal for two
    /// generations with the same arguments, different as soon as one value differs. Iterates the
    /// whole history (a few seconds at scale 100 in a release build).
    public func digest() -> UInt64 {
        var digest = DemoDigest()
        canonicalLines { digest.add(line: $0) }
        return digest.value
    }

    /// The company as canonical text, one record per line, fields separated by `|`, in this
    /// order: `C` (the parameters), `U` (users), `P` (products), `A` (accounts), `O` (documents,
    /// followed by their `L` lines). Dates are ISO (`2023-01-02`), `Decimal`s their plain
    /// `description` (`112`, `0.05`, `-2`), coordinates `Double.description` (the shortest text
    /// that reads back the same, identical on every platform), absent values empty.
    public func canonicalLines(_ emit: (String) -> Void) {
        emit("C|\(seed)|\(scale)|\(startDate.iso)|\(years)|\(endDate.iso)")
        for user in users {
            emit(["U", user.firstName, user.lastName, user.email, user.role.rawValue, user.managerEmail ?? "",
                  user.homeCity, user.homePostalCode, user.homeInseeCode, "\(user.homeLatitude)",
                  "\(user.homeLongitude)", "\(user.carFiscalHorsepower)", user.sectorName ?? "",
                  user.sector.joined(separator: ",")].joined(separator: "|"))
        }
        for product in products {
            let p = product.draft
            emit(["P", p.reference, p.name, p.family ?? "", p.unit ?? "", p.packaging ?? "", Self.text(p.listPrice),
                  Self.text(p.purchaseCost), p.vatRate.rawValue, Self.text(p.floorPrice), Self.text(p.maxDiscountRate),
                  "\(p.active)", product.family.rawValue, "\(product.alcoholic)", "\(product.popularity)"]
                .joined(separator: "|"))
        }
        for account in accounts {
            let a = account.draft
            emit(["A", a.siret ?? "", a.legalName, a.tradeName ?? "", a.nafCode ?? "", a.nafLabel ?? "",
                  a.legalForm ?? "", a.headcountBand ?? "", a.addressLine1 ?? "", a.addressLine2 ?? "",
                  a.postalCode ?? "", a.city ?? "", a.inseeCode ?? "", a.country,
                  a.latitude.map { "\($0)" } ?? "", a.longitude.map { "\($0)" } ?? "", a.phone ?? "", a.email ?? "",
                  a.website ?? "", a.status.rawValue, a.category ?? "", a.source ?? "", Self.text(a.revenuePotential),
                  "\(a.doNotCall)", "\(a.emailConsent)", a.soleTrader.map { "\($0)" } ?? "",
                  a.creationDate?.iso ?? "", a.notes ?? "", account.ownerEmail, account.sectorRepEmail,
                  account.sireneLine.map { "\($0)" } ?? "", "\(account.inventedName)",
                  "\(account.approximateLocation)", "\(account.keyAccount)"].joined(separator: "|"))
        }
        for order in orders {
            emit(["O", order.number, order.kind.rawValue, order.date.iso, "\(order.accountIndex)", order.siret,
                  order.repEmail, order.creditedOrderNumber ?? "", order.reason ?? ""].joined(separator: "|"))
            for line in order.lines {
                let l = line.line
                emit(["L", "\(line.productIndex)", line.productReference, Self.text(l.quantity), Self.text(l.unitPrice),
                      l.discounts.map { Self.text($0) }.joined(separator: ","), l.vatRate.rawValue,
                      Self.text(l.unitCost)].joined(separator: "|"))
            }
        }
    }

    private static func text(_ value: Decimal?) -> String {
        value.map { $0.description } ?? ""
    }
}
