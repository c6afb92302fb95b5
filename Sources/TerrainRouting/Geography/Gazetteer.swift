import Foundation

/// An offline index of French communes: by INSEE code, by postal code and by name.
///
/// Immutable and `Sendable`; build it once (`Gazetteer.bundled()` for the La Poste table shipped
/// with the module, see `GazetteerLoading.swift`) and share it. Names are compared through
/// `PlaceName.normalised(_:)`.
public final class Gazetteer: Sendable {
    /// Every row, in file order: one per (commune, postal code) pair.
    public let communes: [Commune]

    private let normalisedNames: [String]
    private let normalisedLabels: [String]
    private let normalisedFormerNames: [[String]]
    private let rowsByInseeCode: [String: [Int]]
    private let rowsByPostalCode: [String: [Int]]
    private let rowsByName: [String: [Int]]
    private let rowsByFormerName: [String: [Int]]

    /// A gazetteer over `communes` (rows in the order given).
    public init(communes: [Commune]) {
        self.communes = communes
        var names = [String](), labels = [String](), formerNames = [[String]]()
        names.reserveCapacity(communes.count)
        labels.reserveCapacity(communes.count)
        formerNames.reserveCapacity(communes.count)
        var byInsee = [String: [Int]](), byPostalCode = [String: [Int]]()
        var byName = [String: [Int]](), byFormerName = [String: [Int]]()
        byInsee.reserveCapacity(communes.count)
        byName.reserveCapacity(communes.count)
        for (row, commune) in communes.enumerated() {
            let name = PlaceName.normalised(commune.name)
            let label = commune.deliveryLabel == commune.name ? name : PlaceName.normalised(commune.deliveryLabel)
            let former = commune.formerNames.map(PlaceName.normalised)
            names.append(name)
            labels.append(label)
            formerNames.append(former)
            byInsee[commune.inseeCode, default: []].append(row)
            byPostalCode[commune.postalCode, default: []].append(row)
            byName[name, default: []].append(row)
            if label != name { byName[label, default: []].append(row) }
            for key in Set(former) { byFormerName[key, default: []].append(row) }
        }
        normalisedNames = names
        normalisedLabels = labels
        normalisedFormerNames = formerNames
        rowsByInseeCode = byInsee
        rowsByPostalCode = byPostalCode
        rowsByName = byName
        rowsByFormerName = byFormerName
    }

    /// Number of distinct communes (INSEE codes).
    public var communeCount: Int { rowsByInseeCode.count }

    /// Number of distinct postal codes.
    public var postalCodeCount: Int { rowsByPostalCode.count }

    // MARK: - Codes

    /// The commune with this INSEE code (its first row; every row has the same name and point),
    /// or nil. The code is compared as given, after trimming and upper-casing (`2a004` → `2A004`).
    public func commune(inseeCode: String) -> Commune? {
        communes(inseeCode: inseeCode).first
    }

    /// Every row of the commune with this INSEE code (one per postal code), in file order.
    public func communes(inseeCode: String) -> [Commune] {
        let code = inseeCode.trimmingCharacters(in: .whitespaces).uppercased()
        return (rowsByInseeCode[code] ?? []).map { communes[$0] }
    }

    /// Every row served by this postal code (after `PlaceName.normalisedPostalCode`), in file order.
    public func communes(postalCode: String) -> [Commune] {
        guard let code = PlaceName.normalisedPostalCode(postalCode) else { return [] }
        return (rowsByPostalCode[code] ?? []).map { communes[$0] }
    }

    // MARK: - Names

    /// The commune named `city`, optionally within a département.
    ///
    /// Tries the normalised name and delivery label first (match `.exact` when the text is La
    /// Poste's spelling, `.normalised` otherwise), then former names (`.formerName`). Several
    /// communes of the same name (Saint-Denis in 11, 30, 93, 974) give `.ambiguous`.
    /// - Parameter departement: a département code (`13`, `2A`, `974`, `1` for `01`); nil searches
    ///   all of France; an unreadable code finds nothing.
    public func find(city: String, departement: String? = nil) -> GazetteerResult {
        var departements: Set<String>?
        if let departement {
            guard let code = PlaceName.normalisedDepartement(departement) else { return .notFound }
            departements = [code]
        }
        return findByName(city, in: departements, preferring: nil)
    }

    /// The commune of an address given by postal code and city, the way customers write them.
    ///
    /// - A postal code written in the city field (`13007 Marseille`) is used when `postalCode` is
    ///   nil or empty, and removed from the name in any case.
    /// - Among the communes of the postal code, the city is matched by name, delivery label or
    ///   former name (`.exact`, `.normalised`, `.formerName`).
    /// - Otherwise (unknown CEDEX code, wrong postal code) the city is searched in the
    ///   département(s) given by the postal code's digits (`.cityInDepartement`).
    /// - Otherwise the postal code alone decides (`.postalCodeOnly`): found when it serves one
    ///   commune, ambiguous when it serves several.
    /// - With no usable postal code, this is `find(city:departement: nil)`.
    public func find(postalCode: String?, city: String?) -> GazetteerResult {
        var code = postalCode.flatMap(PlaceName.normalisedPostalCode)
        let split = PlaceName.splittingPostalCode(city ?? "")
        if code == nil { code = split.postalCode }
        let cityText = split.city
        let hasCity = !PlaceName.normalised(cityText).isEmpty

        guard let code else {
            return hasCity ? findByName(cityText, in: nil, preferring: nil) : .notFound
        }
        let rows = rowsByPostalCode[code] ?? []
        if hasCity {
            if let (matched, match) = matchingRows(rows, city: cityText) {
                return resolve(matched, match, preferring: code)
            }
            let departements = Set(PlaceName.departements(forPostalCode: code))
            let inDepartement = findByName(cityText, in: departements, preferring: code)
            switch inDepartement {
            case .found(let commune, _): return .found(commune, .cityInDepartement)
            case .ambiguous(let candidates, _): return .ambiguous(candidates, .cityInDepartement)
            case .notFound: break
            }
        }
        return rows.isEmpty ? .notFound : resolve(rows, .postalCodeOnly, preferring: code)
    }

    // MARK: - Matching

    private func findByName(_ city: String, in departements: Set<String>?, preferring postalCode: String?) -> GazetteerResult {
        let key = PlaceName.normalised(city)
        guard !key.isEmpty else { return .notFound }
        func inScope(_ rows: [Int]) -> [Int] {
            guard let departements else { return rows }
            return rows.filter { departements.contains(communes[$0].departement) }
        }
        let named = inScope(rowsByName[key] ?? [])
        if !named.isEmpty {
            return resolve(named, isExact(named, city) ? .exact : .normalised, preferring: postalCode)
        }
        let former = inScope(rowsByFormerName[key] ?? [])
        return former.isEmpty ? .notFound : resolve(former, .formerName, preferring: postalCode)
    }

    /// The rows among `rows` whose name, label or former names match `city`, and how.
    private func matchingRows(_ rows: [Int], city: String) -> ([Int], GazetteerMatch)? {
        let key = PlaceName.normalised(city)
        let named = rows.filter { normalisedNames[$0] == key || normalisedLabels[$0] == key }
        if !named.isEmpty { return (named, isExact(named, city) ? .exact : .normalised) }
        let former = rows.filter { normalisedFormerNames[$0].contains(key) }
        return former.isEmpty ? nil : (former, .formerName)
    }

    /// True when every matched row carries `city`, trimmed, verbatim as its name or label.
    private func isExact(_ rows: [Int], _ city: String) -> Bool {
        let text = city.trimmingCharacters(in: .whitespaces)
        return rows.allSatisfy { communes[$0].name == text || communes[$0].deliveryLabel == text }
    }

    /// One commune → `.found` (the row of `postalCode` when present); several → `.ambiguous`.
    private func resolve(_ rows: [Int], _ match: GazetteerMatch, preferring postalCode: String?) -> GazetteerResult {
        var order = [String]()
        var chosen = [String: Int]()
        for row in rows {
            let insee = communes[row].inseeCode
            if let current = chosen[insee] {
                if communes[current].postalCode != postalCode, communes[row].postalCode == postalCode {
                    chosen[insee] = row
                }
            } else {
                order.append(insee)
                chosen[insee] = row
            }
        }
        let picked = order.map { communes[chosen[$0]!] }
        switch picked.count {
        case 0: return .notFound
        case 1: return .found(picked[0], match)
        default: return .ambiguous(picked, match)
        }
    }
}
