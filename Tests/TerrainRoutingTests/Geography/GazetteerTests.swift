import Foundation
import Testing
@testable import TerrainRouting

/// Look-ups on the real La Poste table (the module's resource). Expected INSEE codes and postal
/// codes are those of the file (`shared/data/geo/communes_fr_laposte_2022.csv`).
@Suite struct GazetteerTests {
    /// `../shared/data/geo/` beside the package root (the root is three folders above this file's).
    static let sharedCSV = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/geo/communes_fr_laposte_2022.csv")

    @Test func bundledTableHasTheCountsOfItsReadme() throws {
        // shared/data/geo/README.md: "35 591 rows, 35 091 communes, 6 328 postal codes".
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.communes.count == 35_591)
        #expect(gazetteer.communeCount == 35_091)
        #expect(gazetteer.postalCodeCount == 6_328)
        #expect(try Gazetteer.bundled() === gazetteer)
    }

    @Test func bundledTableIsTheSharedFile() throws {
        let shared = try Gazetteer(contentsOf: Self.sharedCSV)
        #expect(shared.communes == (try Gazetteer.bundled()).communes)
    }

    @Test func rejectsMalformedFiles() {
        let header = "code_insee,code_postal,nom_commune,libelle_acheminement,departement,latitude,longitude,lieux_dits\n"
        #expect(throws: GazetteerError.unexpectedHeader("a,b")) { try Gazetteer(csv: Data("a,b\n".utf8)) }
        #expect(throws: GazetteerError.malformedRow(line: 2, reason: "coordonnées « 95.0, 5.0 »")) {
            try Gazetteer(csv: Data((header + "13001,13100,AIX,AIX,13,95.0,5.0,\n").utf8))
        }
        #expect(throws: GazetteerError.malformedRow(line: 3, reason: "7 colonnes au lieu de 8")) {
            try Gazetteer(csv: Data((header + "13001,13100,AIX,AIX,13,43.5,5.4,\r\n13005,13400,AUBAGNE,AUBAGNE,13,43.3,5.6\n").utf8))
        }
        let missing = URL(fileURLWithPath: "/nonexistent/communes.csv")
        #expect(throws: GazetteerError.self) { try Gazetteer(contentsOf: missing) }
    }

    // MARK: - Codes

    @Test func byInseeCode() throws {
        let gazetteer = try Gazetteer.bundled()
        let marseille7 = try #require(gazetteer.commune(inseeCode: "13207"))
        #expect(marseille7.name == "MARSEILLE 07")
        #expect(marseille7.postalCode == "13007")
        #expect(marseille7.deliveryLabel == "MARSEILLE")
        #expect(marseille7.departement == "13")
        #expect(marseille7.coordinate == (try Coordinate(latitude: 43.28251778, longitude: 5.36323440435)))
        #expect(gazetteer.commune(inseeCode: "2a004")?.name == "AJACCIO")
        #expect(gazetteer.communes(inseeCode: "42218").map(\.postalCode) == ["42000", "42100", "42230"])
        #expect(gazetteer.commune(inseeCode: "99999") == nil)
    }

    @Test func byPostalCode() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.communes(postalCode: "75116").map(\.inseeCode) == ["75116"])
        #expect(gazetteer.communes(postalCode: "1400").count == 10)
        #expect(gazetteer.communes(postalCode: "75700").isEmpty)
    }

    // MARK: - Arrondissements

    @Test(arguments: 1...16)
    func marseilleArrondissements(number: Int) throws {
        let gazetteer = try Gazetteer.bundled()
        let insee = String(13200 + number)
        let postalCode = String(format: "130%02d", number)
        let byPostalCode = gazetteer.find(postalCode: postalCode, city: "MARSEILLE")
        #expect(byPostalCode == .found(try #require(gazetteer.commune(inseeCode: insee)), .exact))
        #expect(gazetteer.find(postalCode: postalCode, city: "Marseille").match == .normalised)
        for written in ["Marseille \(number)", "MARSEILLE \(number)EME", "Marseille \(number)e",
                        String(format: "MARSEILLE %02d", number), "\(postalCode) Marseille"] {
            #expect(gazetteer.find(postalCode: nil, city: written).commune?.inseeCode == insee, "\(written)")
        }
    }

    @Test func marseilleAloneIsAmbiguousBetweenItsArrondissements() throws {
        let result = try Gazetteer.bundled().find(city: "Marseille", departement: "13")
        #expect(result.match == .normalised)
        #expect(result.candidates.map(\.inseeCode) == (13201...13216).map(String.init))
    }

    @Test func parisAndLyonArrondissements() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.find(postalCode: nil, city: "PARIS 15") == .found(try #require(gazetteer.commune(inseeCode: "75115")), .exact))
        #expect(gazetteer.find(postalCode: nil, city: "Paris 1er").commune?.inseeCode == "75101")
        let paris16 = gazetteer.find(postalCode: "75116", city: "Paris")
        #expect(paris16.commune?.inseeCode == "75116")
        #expect(paris16.commune?.postalCode == "75116")
        #expect(gazetteer.find(postalCode: nil, city: "LYON 3E ARRONDISSEMENT").commune?.inseeCode == "69383")
        #expect(gazetteer.find(postalCode: "69003", city: "Lyon Cedex 03") == .found(try #require(gazetteer.commune(inseeCode: "69383")), .normalised))
    }

    // MARK: - Saint, CEDEX, delivery label

    @Test func saintAndSainteAbbreviations() throws {
        let gazetteer = try Gazetteer.bundled()
        let etienne = gazetteer.find(postalCode: "42100", city: "St-Étienne")
        #expect(etienne.match == .normalised)
        #expect(etienne.commune?.inseeCode == "42218")
        #expect(etienne.commune?.postalCode == "42100")
        #expect(gazetteer.find(postalCode: "83120", city: "Ste Maxime").commune?.inseeCode == "83115")
        #expect(gazetteer.find(city: "St Denis", departement: "93").commune?.inseeCode == "93066")
    }

    @Test func sameNameInSeveralDepartementsIsAmbiguous() throws {
        // SAINT DENIS is the name of 11339, 30247, 93066 and 97411 (one entry per commune, not per
        // postal code).
        let result = try Gazetteer.bundled().find(city: "saint-denis")
        #expect(result.match == .normalised)
        #expect(result.candidates.map(\.inseeCode) == ["11339", "30247", "93066", "97411"])
    }

    @Test func cedexPostalCodesFallBackToTheDepartement() throws {
        let gazetteer = try Gazetteer.bundled()
        // 42007 is a CEDEX code, absent from the table: the city is searched in département 42.
        #expect(gazetteer.communes(postalCode: "42007").isEmpty)
        let etienne = gazetteer.find(postalCode: "42007", city: "SAINT ETIENNE CEDEX 1")
        #expect(etienne.commune?.inseeCode == "42218")
        #expect(etienne.match == .cityInDepartement)
        // 75700 PARIS CEDEX 07: « PARIS » is the delivery label of all 20 arrondissements.
        let paris = gazetteer.find(postalCode: "75700", city: "PARIS CEDEX 07")
        #expect(paris.match == .cityInDepartement)
        #expect(paris.candidates.count == 20)
    }

    @Test func deliveryLabelAndWrongPostalCode() throws {
        let gazetteer = try Gazetteer.bundled()
        // 04061 COLMARS is delivered as « COLMARS LES ALPES ».
        #expect(gazetteer.find(postalCode: "04370", city: "Colmars-les-Alpes").commune?.inseeCode == "04061")
        // 13001 is Marseille 1er, but Aubagne (13005, postal code 13400) is in the same département.
        let aubagne = gazetteer.find(postalCode: "13001", city: "Aubagne")
        #expect(aubagne.commune?.inseeCode == "13005")
        #expect(aubagne.match == .cityInDepartement)
        // A postal code with its leading zero lost (spreadsheet) still works.
        #expect(gazetteer.find(postalCode: "1400", city: "L'Abergement-Clémenciat").commune?.inseeCode == "01001")
    }

    // MARK: - Former names, postal code only, nothing

    @Test func formerCommuneNamesFromLieuxDits() throws {
        let gazetteer = try Gazetteer.bundled()
        // ANNECY (74010), 74600, lieux_dits BALMONT|SEYNOD|VIEUGY.
        let seynod = gazetteer.find(postalCode: "74600", city: "Seynod")
        #expect(seynod.commune?.inseeCode == "74010")
        #expect(seynod.commune?.postalCode == "74600")
        #expect(seynod.match == .formerName)
        #expect(gazetteer.find(postalCode: "74960", city: "Cran-Gevrier").commune?.inseeCode == "74010")
        // CHERBOURG EN COTENTIN (50129), 50110, lieux_dits TOURLAVILLE.
        let tourlaville = gazetteer.find(city: "Tourlaville", departement: "50")
        #expect(tourlaville.commune?.inseeCode == "50129")
        #expect(tourlaville.commune?.postalCode == "50110")
        #expect(tourlaville.match == .formerName)
    }

    @Test func postalCodeOnly() throws {
        let gazetteer = try Gazetteer.bundled()
        let etienne = gazetteer.find(postalCode: "42100", city: nil)
        #expect(etienne.commune?.inseeCode == "42218")
        #expect(etienne.match == .postalCodeOnly)
        // 01400 serves 10 communes.
        let shared = gazetteer.find(postalCode: "01400", city: "")
        #expect(shared.match == .postalCodeOnly)
        #expect(shared.candidates.count == 10)
        #expect(shared.commune == nil)
    }

    @Test func nothingFits() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.find(postalCode: "99999", city: "Nulle-Part") == .notFound)
        #expect(gazetteer.find(city: "Nulle-Part") == .notFound)
        #expect(gazetteer.find(postalCode: nil, city: nil) == .notFound)
        #expect(gazetteer.find(city: "Aubagne", departement: "83") == .notFound)
        #expect(gazetteer.find(city: "Aubagne", departement: "Bouches-du-Rhône") == .notFound)
    }
}
