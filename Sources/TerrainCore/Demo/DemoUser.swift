/// The role of a member of the demo sales team.
public enum DemoRole: String, Hashable, Sendable, Codable {
    /// Chef des ventes: manages the reps, owns a few key accounts, no sector.
    case manager
    /// Commercial terrain: owns the accounts of one sector.
    case rep
}

/// A member of the demo sales team: one manager and `4 × scale` reps, with invented names and
/// e-mail addresses under `DemoTeam.emailDomain` (a reserved `.example` domain, RFC 2606, so
/// that no message can reach anyone).
public struct DemoUser: Hashable, Sendable {
    /// First name (prénom), invented.
    public var firstName: String
    /// Surname (nom), invented.
    public var lastName: String
    /// Login e-mail, lower case, unique: `prenom.nom@boissons-du-midi.example`.
    public var email: String
    /// Manager or rep.
    public var role: DemoRole
    /// E-mail of the manager the user reports to; `nil` for the manager.
    public var managerEmail: String?
    /// Home commune, La Poste's spelling (`AUBAGNE`, `MARSEILLE 08`): where the rep's tours start.
    public var homeCity: String
    /// Postal code of the home commune.
    public var homePostalCode: String
    /// INSEE code of the home commune, in the département 13.
    public var homeInseeCode: String
    /// Latitude of the home commune's point (La Poste), decimal degrees WGS 84.
    public var homeLatitude: Double
    /// Longitude of the home commune's point (La Poste), decimal degrees WGS 84.
    public var homeLongitude: Double
    /// Fiscal horsepower (CV) of the user's car, for the mileage allowance scale: 4 to 7.
    public var carFiscalHorsepower: Int
    /// The sector's name, « Secteur 2 : AIX EN PROVENCE » after its commune with the most
    /// accounts; `nil` for the manager.
    public var sectorName: String?
    /// INSEE codes of the communes where the rep's sector has accounts, sorted; empty for the
    /// manager. At scale 1 the reps' sets are disjoint (whole communes); at larger scales a
    /// commune denser than one rep's share (Marseille 1er) is divided between several reps, each
    /// holding the accounts on one side of a line, so sets may overlap there while the accounts
    /// themselves are always in exactly one sector (`DemoAccount.sectorRepEmail`).
    public var sector: [String]

    /// « Prénom Nom ».
    public var fullName: String { firstName + " " + lastName }
}
