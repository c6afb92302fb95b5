/// Why two accounts may be the same.
public enum DuplicateReason: String, Codable, Sendable, CaseIterable {
    /// Same SIRET: certainly the same establishment.
    case siret
    /// Same folded name (`NameFolding.fold`) and same postal code, SIRETs different or missing.
    case nameAndPostalCode
    /// Same e-mail address, SIRETs different or missing.
    case email
    /// Same phone number (E.164), SIRETs different or missing.
    case phone
}

/// A key under which two accounts may be the same.
enum DuplicateKey: Hashable, Sendable {
    case nameAndPostalCode(String)
    case email(String)
    case phone(String)

    var reason: DuplicateReason {
        switch self {
        case .nameAndPostalCode: .nameAndPostalCode
        case .email: .email
        case .phone: .phone
        }
    }
}

/// An in-memory index of accounts for duplicate detection, keyed by SIRET, folded name +
/// postal code, e-mail and phone. `ID` is whatever identifies an account (a database UUID,
/// a file line number).
public struct DuplicateIndex<ID: Hashable & Sendable>: Sendable {
    struct Entry: Sendable {
        var id: ID
        var siret: String?
    }

    private var bySIRET: [String: [ID]] = [:]
    private var byName: [String: [Entry]] = [:]
    private var byEmail: [String: [Entry]] = [:]
    private var byPhone: [String: [Entry]] = [:]
    /// Number of accounts inserted.
    public private(set) var count = 0

    /// An empty index.
    public init() {}

    /// Indexes an account draft.
    public mutating func insert(_ draft: AccountDraft, id: ID) {
        insert(siret: draft.siret, name: draft.legalName, postalCode: draft.postalCode,
               email: draft.email, phone: draft.phone, id: id)
    }

    /// Indexes an account from its stored values (SIRET 14 digits, e-mail lower case, phone
    /// E.164, as `AccountValidation` produces them). Empty values are ignored.
    public mutating func insert(siret: String?, name: String?, postalCode: String?, email: String?,
                                phone: String?, id: ID) {
        count += 1
        let siret = siret.flatMap { $0.isEmpty ? nil : $0 }
        if let siret { bySIRET[siret, default: []].append(id) }
        let entry = Entry(id: id, siret: siret)
        if let key = Self.nameKey(name: name, postalCode: postalCode) { byName[key, default: []].append(entry) }
        if let email, !email.isEmpty { byEmail[email, default: []].append(entry) }
        if let phone, !phone.isEmpty { byPhone[phone, default: []].append(entry) }
    }

    /// The indexed accounts that may be `draft`, each once with its strongest reason, in the
    /// order SIRET, name + postal code, e-mail, phone (then insertion order).
    ///
    /// Name + postal code (both non-empty), e-mail and phone matches only count when the two
    /// SIRETs differ or one is missing: the same SIRET is reported as `.siret`.
    public func matches(_ draft: AccountDraft) -> [(id: ID, reason: DuplicateReason)] {
        var result: [(id: ID, reason: DuplicateReason)] = []
        var seen = Set<ID>()
        func add(_ id: ID, _ reason: DuplicateReason) {
            if seen.insert(id).inserted { result.append((id, reason)) }
        }
        func addOthers(_ entries: [Entry]?, _ reason: DuplicateReason) {
            for entry in entries ?? [] where entry.siret == nil || draft.siret == nil || entry.siret != draft.siret {
                add(entry.id, reason)
            }
        }
        if let siret = draft.siret { for id in bySIRET[siret] ?? [] { add(id, .siret) } }
        if let key = Self.nameKey(name: draft.legalName, postalCode: draft.postalCode) {
            addOthers(byName[key], .nameAndPostalCode)
        }
        if let email = draft.email { addOthers(byEmail[email], .email) }
        if let phone = draft.phone { addOthers(byPhone[phone], .phone) }
        return result
    }

    /// The accounts indexed with this SIRET, in insertion order.
    public func ids(siret: String) -> [ID] { bySIRET[siret] ?? [] }

    /// The accounts indexed under a key of `keys(of:)`, in insertion order.
    func ids(key: DuplicateKey) -> [ID] {
        let entries: [Entry]? = switch key {
        case .nameAndPostalCode(let k): byName[k]
        case .email(let k): byEmail[k]
        case .phone(let k): byPhone[k]
        }
        return (entries ?? []).map(\.id)
    }

    /// The name + postal code, e-mail and phone keys of a draft (those it has).
    static func keys(of draft: AccountDraft) -> [DuplicateKey] {
        var keys: [DuplicateKey] = []
        if let key = nameKey(name: draft.legalName, postalCode: draft.postalCode) { keys.append(.nameAndPostalCode(key)) }
        if let email = draft.email, !email.isEmpty { keys.append(.email(email)) }
        if let phone = draft.phone, !phone.isEmpty { keys.append(.phone(phone)) }
        return keys
    }

    /// `fold(name)` + `|` + postal code, or `nil` when either is empty.
    static func nameKey(name: String?, postalCode: String?) -> String? {
        guard let name, let postalCode, !postalCode.isEmpty else { return nil }
        let folded = NameFolding.fold(name)
        return folded.isEmpty ? nil : folded + "|" + postalCode
    }
}
