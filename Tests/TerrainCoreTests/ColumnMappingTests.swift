import Testing
import TerrainCore

@Suite("Automatic column mapping")
struct ColumnMappingTests {
    func mapped(_ header: String) -> AccountField? {
        ColumnMapping.automatic(headers: [header]).fields[0]
    }

    @Test("French and English synonyms, case/accent/punctuation-insensitive", arguments: [
        ("siret", AccountField.siret), ("N° SIRET", .siret), ("SIRET", .siret),
        ("Raison sociale", .legalName), ("nom", .legalName), ("nom_affiche", .legalName), ("Name", .legalName),
        ("Company", .legalName), ("Legal name", .legalName), ("Dénomination", .legalName),
        ("Enseigne", .tradeName), ("Trade name", .tradeName), ("Nom commercial", .tradeName),
        ("Code NAF", .nafCode), ("code APE", .nafCode), ("code_ape", .nafCode), ("NAF", .nafCode), ("ape", .nafCode),
        ("Libellé NAF", .nafLabel), ("libelle_ape", .nafLabel), ("NAF label", .nafLabel), ("Activité", .nafLabel),
        ("Forme juridique", .legalForm), ("Legal form", .legalForm),
        ("Tranche d'effectif", .headcountBand), ("tranche_effectif", .headcountBand), ("Headcount", .headcountBand),
        ("Adresse", .addressLine1), ("Address", .addressLine1), ("Adresse 1", .addressLine1),
        ("Complément d'adresse", .addressLine2), ("Address 2", .addressLine2),
        ("Code postal", .postalCode), ("code_postal", .postalCode), ("CP", .postalCode),
        ("Postal code", .postalCode), ("ZIP", .postalCode),
        ("Ville", .city), ("commune", .city), ("City", .city),
        ("Code commune", .inseeCode), ("code_insee", .inseeCode), ("INSEE", .inseeCode),
        ("Pays", .country), ("Country", .country),
        ("Latitude", .latitude), ("latitude_ods", .latitude), ("lat", .latitude),
        ("Longitude", .longitude), ("longitude_ods", .longitude), ("lon", .longitude), ("lng", .longitude),
        ("Téléphone", .phone), ("Tel", .phone), ("Tél.", .phone), ("Phone", .phone),
        ("E-mail", .email), ("email", .email), ("Courriel", .email), ("mail", .email),
        ("Site web", .website), ("Website", .website), ("site", .website),
        ("Statut", .status), ("Status", .status), ("Catégorie", .category), ("Category", .category),
        ("Origine", .source), ("Source", .source), ("Potentiel", .revenuePotential),
        ("Revenue potential", .revenuePotential), ("Bloctel", .doNotCall), ("Ne pas appeler", .doNotCall),
        ("Do not call", .doNotCall), ("Consentement e-mail", .emailConsent), ("Email consent", .emailConsent),
        ("Opt-in", .emailConsent), ("Entrepreneur individuel", .soleTrader),
        ("entrepreneur_individuel", .soleTrader), ("Sole trader", .soleTrader),
        ("Date de création", .creationDate), ("date_debut_activite", .creationDate),
        ("Creation date", .creationDate), ("Notes", .notes), ("Commentaire", .notes), ("Remarques", .notes),
        ("  RAISON   SOCIALE  ", .legalName), ("CODE-POSTAL", .postalCode),
    ])
    func synonym(header: String, field: AccountField) {
        #expect(mapped(header) == field)
    }

    @Test("look-alike columns stay unmapped", arguments: [
        "ecart_ods_centroide_km", "latitude_centroide_commune", "longitude_centroide_commune", "", "Chiffre",
        "code", "date",
    ])
    func unmapped(header: String) {
        #expect(mapped(header) == nil)
    }

    @Test("every French label maps back to its field")
    func labels() {
        let headers = AccountField.allCases.map { $0.label(.fr) }
        #expect(ColumnMapping.automatic(headers: headers).fields == AccountField.allCases.map { $0 })
        let english = AccountField.allCases.map { $0.label(.en) }
        #expect(ColumnMapping.automatic(headers: english).fields == AccountField.allCases.map { $0 })
    }

    @Test("no field is mapped twice: the first column wins")
    func firstWins() {
        let mapping = ColumnMapping.automatic(headers: ["Nom", "Raison sociale", "CP", "Code postal"])
        #expect(mapping.fields == [.legalName, nil, .postalCode, nil])
        #expect(mapping.column(of: .postalCode) == 2)
    }

    @Test("no synonym belongs to two fields")
    func synonymsAreUnambiguous() {
        var owner: [String: AccountField] = [:]
        for (field, synonyms) in ColumnMapping.synonyms {
            for synonym in synonyms {
                let mappedField = ColumnMapping.automatic(headers: [synonym]).fields[0]
                #expect(mappedField == field, "\(synonym)")
                if let other = owner[synonym] { #expect(other == field, "\(synonym)") }
                owner[synonym] = field
            }
        }
    }

    @Test("required fields without a column are listed")
    func missingRequired() {
        #expect(ColumnMapping.automatic(headers: ["SIRET", "Ville"]).missingRequiredFields == [.legalName])
        #expect(ColumnMapping.automatic(headers: ["Raison sociale"]).missingRequiredFields == [])
    }
}
