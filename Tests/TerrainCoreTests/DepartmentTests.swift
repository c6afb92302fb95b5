import Testing
import TerrainCore

@Suite("Départements, postal codes (La Poste) and INSEE codes")
struct DepartmentTests {
    @Test("from INSEE municipality codes")
    func fromInsee() {
        #expect(Department.code(inseeCode: "13202") == "13")   // Marseille 2e
        #expect(Department.code(inseeCode: "2A004") == "2A")   // Ajaccio
        #expect(Department.code(inseeCode: "2B033") == "2B")   // Bastia
        #expect(Department.code(inseeCode: "97105") == "971")  // Basse-Terre
        #expect(Department.code(inseeCode: "97611") == "976")  // Mamoudzou
        #expect(Department.code(inseeCode: "01001") == "01")
        #expect(Department.code(inseeCode: "97501") == nil)    // Saint-Pierre-et-Miquelon: a collectivity
        #expect(Department.code(inseeCode: "20004") == nil)    // no 20xxx since 1976
        #expect(Department.code(inseeCode: "1320") == nil)
        #expect(Department.code(inseeCode: "2C004") == nil)
    }

    @Test("from postal codes, Corsica by range")
    func fromPostalCode() {
        #expect(Department.code(postalCode: "13002") == "13")
        #expect(Department.code(postalCode: "01000") == "01")
        #expect(Department.code(postalCode: "75001") == "75")
        #expect(Department.code(postalCode: "20000") == "2A")  // Ajaccio
        #expect(Department.code(postalCode: "20090") == "2A")  // Ajaccio
        #expect(Department.code(postalCode: "20100") == "2A")  // Sartène
        #expect(Department.code(postalCode: "20137") == "2A")  // Porto-Vecchio
        #expect(Department.code(postalCode: "20199") == "2A")
        #expect(Department.code(postalCode: "20200") == "2B")  // Bastia
        #expect(Department.code(postalCode: "20600") == "2B")  // Bastia
        #expect(Department.code(postalCode: "20699") == "2B")
        #expect(Department.code(postalCode: "20700") == nil)
        #expect(Department.code(postalCode: "97100") == "971") // Basse-Terre
        #expect(Department.code(postalCode: "97400") == "974") // Saint-Denis (La Réunion)
        #expect(Department.code(postalCode: "97600") == "976") // Mamoudzou
        #expect(Department.code(postalCode: "97500") == nil)   // Saint-Pierre-et-Miquelon
        #expect(Department.code(postalCode: "98000") == nil)   // Monaco
        #expect(Department.code(postalCode: "00100") == nil)
        #expect(Department.code(postalCode: "96000") == nil)
        #expect(Department.code(postalCode: "1300") == nil)
        #expect(Department.code(postalCode: "13 002") == nil)
    }

    @Test("French postal code validity (La Poste)")
    func postalCodes() {
        for valid in ["13002", "20137", "20600", "97400", "97500", "98000", "98800", "01000"] {
            #expect(PostalCode.isValidFrench(valid), "\(valid)")
        }
        for invalid in ["1300", "130021", "00100", "96000", "99000", "20700", "A3002", ""] {
            #expect(!PostalCode.isValidFrench(invalid), "\(invalid)")
        }
    }

    @Test("101 départements, each named")
    func names() {
        // 95 numbers, with 20 replaced by 2A and 2B (96), plus 971, 972, 973, 974, 976 = 101.
        #expect(Department.allCodes.count == 101)
        #expect(Set(Department.allCodes).count == 101)
        #expect(Department.allCodes.allSatisfy { Department.name($0) != nil })
        #expect(Department.name("13") == "Bouches-du-Rhône")
        #expect(Department.name("2A") == "Corse-du-Sud")
        #expect(Department.name("2B") == "Haute-Corse")
        #expect(Department.name("21") == "Côte-d'Or")
        #expect(Department.name("90") == "Territoire de Belfort")
        #expect(Department.name("974") == "La Réunion")
        #expect(Department.name("976") == "Mayotte")
        #expect(Department.name("20") == nil)
        #expect(Department.name("975") == nil)
    }
}
