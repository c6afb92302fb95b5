/// One row of the La Poste gazetteer: a French commune served by one postal code.
///
/// A commune with several postal codes (Saint-Étienne: 42000, 42100, 42230) appears once per code;
/// every row of a commune has the same name, département and point. Names are La Poste's
/// upper-case unaccented spellings. Source of the data: see `Resources/README.md`.
public struct Commune: Sendable, Hashable {
    /// INSEE commune code, 5 characters (`13207`, `2A004`); arrondissements of Paris, Lyon and
    /// Marseille have their own codes (`75115`, `69383`, `13207`).
    public let inseeCode: String
    /// Postal code of this row, 5 digits (`13007`).
    public let postalCode: String
    /// Commune name as La Poste writes it (`MARSEILLE 07`, `L HAY LES ROSES`).
    public let name: String
    /// Delivery label printed on mail (`MARSEILLE` for every Marseille arrondissement); usually
    /// equal to `name`.
    public let deliveryLabel: String
    /// Département code derived from the INSEE code: 2 characters (`13`, `2A`), 3 for overseas
    /// (`974`).
    public let departement: String
    /// La Poste's single point for the commune (a centroid-type point, not an address).
    public let coordinate: Coordinate
    /// Hamlets and former communes served under this postal code (La Poste's `Ligne_5`), e.g.
    /// `SEYNOD` for Annecy 74600. Empty for most rows.
    public let formerNames: [String]

    /// A commune row. No validation beyond `Coordinate`'s; the gazetteer loader checks the codes.
    public init(
        inseeCode: String,
        postalCode: String,
        name: String,
        deliveryLabel: String,
        departement: String,
        coordinate: Coordinate,
        formerNames: [String] = []
    ) {
        self.inseeCode = inseeCode
        self.postalCode = postalCode
        self.name = name
        self.deliveryLabel = deliveryLabel
        self.departement = departement
        self.coordinate = coordinate
        self.formerNames = formerNames
    }
}
