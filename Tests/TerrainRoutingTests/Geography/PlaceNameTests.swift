import Testing
@testable import TerrainRouting

@Suite struct PlaceNameTests {
    @Test(arguments: [
        ("Saint-Étienne", "SAINT ETIENNE"),
        ("st-etienne", "SAINT ETIENNE"),
        ("St. Étienne", "SAINT ETIENNE"),
        ("Ste Maxime", "SAINTE MAXIME"),
        ("STE-MAXIME", "SAINTE MAXIME"),
        ("L'Haÿ-les-Roses", "L HAY LES ROSES"),
        ("L’Haÿ les Roses", "L HAY LES ROSES"),
        ("  aix   en--provence ", "AIX EN PROVENCE"),
        ("Œuilly", "OEUILLY"),
        ("Havre (Le)", "LE HAVRE"),
        ("SAINT ETIENNE", "SAINT ETIENNE"),
        ("", ""),
        (" - ", ""),
    ])
    func foldsCaseAccentsPunctuationAndSaint(input: String, expected: String) {
        #expect(PlaceName.normalised(input) == expected)
    }

    @Test(arguments: [
        ("LYON CEDEX 03", "LYON"),
        ("Saint-Étienne Cedex 1", "SAINT ETIENNE"),
        ("AIX EN PROVENCE CEDEX", "AIX EN PROVENCE"),
    ])
    func dropsCedexAndItsNumber(input: String, expected: String) {
        #expect(PlaceName.normalised(input) == expected)
    }

    @Test(arguments: [
        ("Marseille 7", "MARSEILLE 07"),
        ("MARSEILLE 07", "MARSEILLE 07"),
        ("Marseille 7e", "MARSEILLE 07"),
        ("MARSEILLE 7EME", "MARSEILLE 07"),
        ("Marseille 7ème arrondissement", "MARSEILLE 07"),
        ("Marseille 16e", "MARSEILLE 16"),
        ("PARIS 15", "PARIS 15"),
        ("Paris 1er", "PARIS 01"),
        ("paris 1 er arr.", "PARIS 01"),
        ("LYON 3E ARRONDISSEMENT", "LYON 03"),
        ("Lyon 9ème", "LYON 09"),
    ])
    func arrondissementsTakeLaPosteForm(input: String, expected: String) {
        #expect(PlaceName.normalised(input) == expected)
    }

    @Test func arrondissementNumbersOutOfRangeAreLeftAlone() {
        // Paris has 20 arrondissements, Lyon 9, Marseille 16.
        #expect(PlaceName.normalised("Marseille 17") == "MARSEILLE 17")
        #expect(PlaceName.normalised("Lyon 10e") == "LYON 10E")
        #expect(PlaceName.normalised("Paris 0") == "PARIS 0")
        #expect(PlaceName.normalised("Paris l'Hôpital") == "PARIS L HOPITAL")
    }

    @Test func postalCodes() {
        #expect(PlaceName.normalisedPostalCode("13007") == "13007")
        #expect(PlaceName.normalisedPostalCode(" 13 007 ") == "13007")
        #expect(PlaceName.normalisedPostalCode("1400") == "01400")
        #expect(PlaceName.normalisedPostalCode("130070") == nil)
        #expect(PlaceName.normalisedPostalCode("2A004") == nil)
        #expect(PlaceName.normalisedPostalCode("") == nil)
    }

    @Test func postalCodeWrittenInTheCityField() {
        #expect(PlaceName.splittingPostalCode("13007 Marseille") == ("13007", "Marseille"))
        #expect(PlaceName.splittingPostalCode("Marseille, 13007") == ("13007", "Marseille"))
        #expect(PlaceName.splittingPostalCode("75015") == ("75015", ""))
        #expect(PlaceName.splittingPostalCode("Marseille 07") == (nil, "Marseille 07"))
    }

    @Test func departementsOfAPostalCode() {
        #expect(PlaceName.departements(forPostalCode: "13007") == ["13"])
        #expect(PlaceName.departements(forPostalCode: "20000") == ["2A", "2B"])
        #expect(PlaceName.departements(forPostalCode: "97400") == ["974"])
        #expect(PlaceName.departements(forPostalCode: "98000") == ["99"])
        #expect(PlaceName.normalisedDepartement("1") == "01")
        #expect(PlaceName.normalisedDepartement("2a") == "2A")
        #expect(PlaceName.normalisedDepartement("Bouches") == nil)
    }
}
