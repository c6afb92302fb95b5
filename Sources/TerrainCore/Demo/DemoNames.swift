/// Word lists and the rules that invent names for the demo company: establishments' trade names
/// (« Bar des Platanes »), people's names and street addresses. Every name is invented; any
/// likeness to a real business or person is chance.
public enum DemoNames {
    /// Kinds of establishment that open a trade name.
    public static let kinds = ["Bar", "Café", "Bistrot", "Brasserie", "Bar-tabac", "Café-tabac", "Buvette"]

    /// Complements that follow a kind: « Bar » + « des Platanes ».
    public static let complements = [
        "des Platanes", "du Port", "de la Gare", "de la Mairie", "du Marché", "des Sports", "de la Poste",
        "du Cours", "de l'Église", "des Amis", "du Centre", "de la Place", "du Soleil", "des Pêcheurs",
        "de la Plage", "du Vieux-Port", "des Arènes", "de la Fontaine", "du Canal", "des Calanques",
        "du Mistral", "de la Bonne-Mère", "du Panier", "des Oliviers", "de l'Étang", "des Cigales",
        "du Boulodrome", "de la Colline", "du Midi", "de la Corniche", "des Tilleuls", "du Commerce",
        "de l'Avenir", "du Stade", "des Voyageurs", "de la Paix", "du Théâtre", "des Halles", "de la Rade",
        "du Lavoir",
    ]

    /// Names used alone after « Le » / « La »: « Le Mistral », « La Pétanque ».
    public static let standalone = [
        "Le Mistral", "Le Cabanon", "La Pétanque", "Le Galoubet", "La Tramontane", "Le Santon",
        "L'Escale", "Le Calisson", "La Sardine", "Le Pointu", "La Bastide", "Le Lamparo", "L'Olivette",
        "Le Zinc", "La Farigoule", "Le Tambourin", "La Cigale", "Le Félibre", "La Treille", "Le Bouliste",
    ]

    /// First names of the people: the sales team and the « Chez ... » trade names.
    public static let firstNames = [
        "Camille", "Julien", "Sophie", "Nicolas", "Émilie", "Thomas", "Laura", "Mathieu", "Claire",
        "Sébastien", "Marion", "Antoine", "Céline", "Romain", "Aurélie", "Guillaume", "Sandrine",
        "Olivier", "Nathalie", "Jérôme", "Élodie", "Frédéric", "Mireille", "Marius", "Fanny", "César",
        "Magali", "Fabien", "Karima", "Mehdi", "Sarah", "Yannick", "Lucie", "Kévin", "Inès", "Damien",
        "Chloé", "Stéphane", "Léa", "Rémi",
    ]

    /// Surnames of the people (common in Provence and in France at large).
    public static let lastNames = [
        "Martin", "Bernard", "Garcia", "Roux", "Blanc", "Fabre", "Girard", "Mercier", "Bonnet", "Faure",
        "Michel", "Rey", "Arnaud", "Giraud", "Gauthier", "Lambert", "Brun", "Chabert", "Olivier", "Meyer",
        "Castellan", "Audibert", "Barthélemy", "Reynaud", "Pellegrin", "Isnard", "Bonnefoy", "Marchetti",
        "Santini", "Benali", "Amrani", "Nguyen", "Ferrand", "Roubaud", "Chauvet", "Vidal", "Gras", "Jourdan",
        "Estrangin", "Long", "Perrin", "Moulin", "Aubert", "Rolland", "Sauvaire", "Granier", "Baptistin",
        "Tardieu", "Cayol", "Signoret",
    ]

    /// Kinds of street, abbreviated as La Poste normalises them.
    static let streetKinds = ["RUE", "RUE", "RUE", "AV", "BD", "PL", "CRS", "TRA", "CHE", "QUAI"]

    /// Street names, La Poste style (upper case, no accents).
    static let streetNames = [
        "DE LA REPUBLIQUE", "JEAN JAURES", "VICTOR HUGO", "DE LA LIBERTE", "PASTEUR", "GAMBETTA",
        "DES ECOLES", "DU PORT", "FREDERIC MISTRAL", "DE LA MAIRIE", "DU MARCHE", "DES PLATANES",
        "DU 8 MAI 1945", "GENERAL DE GAULLE", "JEAN MOULIN", "DE LA GARE", "MARCEL PAGNOL", "PAUL CEZANNE",
        "DES OLIVIERS", "SAINT ROCH", "DU MOULIN", "ALPHONSE DAUDET", "EMILE ZOLA", "DES ARTISANS",
        "DE LA FONTAINE", "ARISTIDE BRIAND", "DU COMMERCE", "DES CIGALES", "GABRIEL PERI", "DE PROVENCE",
    ]

    /// Invents a trade name: « {kind} {complement} » (7 × 40 combinations), « Chez {first name} »
    /// (40) or a standalone name (20), drawn with weights 70 : 15 : 15.
    public static func tradeName(_ random: inout DemoRandom) -> String {
        switch random.below(100) {
        case ..<70: return random.pick(kinds) + " " + random.pick(complements)
        case ..<85: return "Chez " + random.pick(firstNames)
        default: return random.pick(standalone)
        }
    }

    /// Invents a street address line, La Poste style: `12 RUE DE LA REPUBLIQUE`.
    public static func address(_ random: inout DemoRandom) -> String {
        "\(random.int(in: 1...180)) \(random.pick(streetKinds)) \(random.pick(streetNames))"
    }

    /// The local part of a person's e-mail address: `prenom.nom`, lower case, without accents,
    /// spaces and apostrophes turned into `-`: « Émilie Barthélemy » → `emilie.barthelemy`.
    public static func emailLocalPart(firstName: String, lastName: String) -> String {
        func fold(_ text: String) -> String {
            let key = NameFolding.searchKey(text)
            return String(key.map { $0 == " " || $0 == "'" ? "-" : $0 })
        }
        return fold(firstName) + "." + fold(lastName)
    }
}
