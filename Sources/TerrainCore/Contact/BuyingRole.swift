/// The part a contact plays in the buying centre (intervenants dans la décision d'achat).
public enum BuyingRole: String, Codable, Sendable, CaseIterable {
    /// Takes the decision (décideur).
    case decider
    /// Negotiates and places the order (acheteur).
    case buyer
    /// Recommends or specifies, e.g. an architect or a consultant (prescripteur).
    case prescriber
    /// Uses the product (utilisateur).
    case user
    /// Weighs on the decision without taking it (influenceur).
    case influencer
    /// Controls access to the decider, e.g. an assistant (filtre).
    case gatekeeper

    /// The word shown to the user: fr « décideur », « acheteur », « prescripteur »,
    /// « utilisateur », « influenceur », « filtre ».
    public func label(_ language: Language) -> String {
        switch language {
        case .fr:
            switch self {
            case .decider: "décideur"
            case .buyer: "acheteur"
            case .prescriber: "prescripteur"
            case .user: "utilisateur"
            case .influencer: "influenceur"
            case .gatekeeper: "filtre"
            }
        case .en: rawValue
        }
    }

    /// Reads a role from its French label or English name, case- and accent-insensitively
    /// (`Décideur`, `decideur`, `decider` → `.decider`); `nil` otherwise.
    public static func parse(_ raw: String) -> BuyingRole? {
        let key = NameFolding.searchKey(raw)
        return allCases.first { key == $0.rawValue || key == NameFolding.searchKey($0.label(.fr)) }
    }
}

/// Civility used in letters and on visit sheets.
public enum Civility: String, Codable, Sendable, CaseIterable {
    /// Monsieur, abbreviated « M. ».
    case mr
    /// Madame, abbreviated « Mme ».
    case mrs

    /// The abbreviation: fr « M. » / « Mme », en « Mr » / « Mrs ».
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.mr, .fr): "M."
        case (.mrs, .fr): "Mme"
        case (.mr, .en): "Mr"
        case (.mrs, .en): "Mrs"
        }
    }

    /// Reads a civility case-insensitively: `M`, `M.`, `Mr`, `Mr.`, `Monsieur` → `.mr`;
    /// `Mme`, `Mme.`, `Madame`, `Mrs`, `Ms`, `Mlle`, `Mademoiselle` → `.mrs`; `nil` otherwise.
    public static func parse(_ raw: String) -> Civility? {
        var key = NameFolding.searchKey(raw)
        if key.hasSuffix(".") { key.removeLast() }
        switch key {
        case "m", "mr", "monsieur": return .mr
        case "mme", "madame", "mrs", "ms", "mlle", "mademoiselle": return .mrs
        default: return nil
        }
    }
}
