import Foundation
import Testing
import TerrainCore

@Suite("Account validation")
struct AccountValidationTests {
    func issues(_ fields: [AccountField: String]) -> [FieldIssue] {
        if case .failure(let issues) = AccountValidation.validate(fields) { return Array(issues) }
        return []
    }

    func draft(_ fields: [AccountField: String]) -> AccountDraft? {
        try? AccountValidation.validate(fields).get()
    }

    @Test("a name alone is enough; defaults apply")
    func minimal() {
        #expect(draft([.legalName: "  Bar Pierre  "]) == AccountDraft(legalName: "Bar Pierre"))
        let defaults = AccountDraft(legalName: "X")
        #expect(defaults.country == "FR")
        #expect(defaults.status == .prospect)
        #expect(!defaults.doNotCall && !defaults.emailConsent && defaults.soleTrader == nil)
    }

    @Test("every field normalised")
    func full() {
        let fields: [AccountField: String] = [
            .siret: "390 098 424 00034", .legalName: "BAR PIERRE", .tradeName: "Chez Pierre",
            .nafCode: "5630z", .nafLabel: "Débits de boissons", .legalForm: "SARL", .headcountBand: "1",
            .addressLine1: "55 RUE DE FORBIN", .addressLine2: "Bât. B", .postalCode: "13002",
            .city: "MARSEILLE 2", .inseeCode: "13202", .country: "fr", .latitude: "43,304965",
            .longitude: "5.368438", .phone: "04 91 23 45 67", .email: " Contact@Bar-Pierre.FR ",
            .website: "www.bar-pierre.fr", .status: "Client", .category: "Bar", .source: "Salon",
            .revenuePotential: "12 500,50 €", .doNotCall: "oui", .emailConsent: "N", .soleTrader: "x",
            .creationDate: "31/08/2008", .notes: "Terrasse",
        ]
        #expect(draft(fields) == AccountDraft(
            siret: "39009842400034", legalName: "BAR PIERRE", tradeName: "Chez Pierre", nafCode: "56.30Z",
            nafLabel: "Débits de boissons", legalForm: "SARL", headcountBand: "01",
            addressLine1: "55 RUE DE FORBIN", addressLine2: "Bât. B", postalCode: "13002", city: "MARSEILLE 2",
            inseeCode: "13202", country: "FR", latitude: 43.304965, longitude: 5.368438, phone: "+33491234567",
            email: "contact@bar-pierre.fr", website: "www.bar-pierre.fr", status: .customer, category: "Bar",
            source: "Salon", revenuePotential: dec(1250050, -2), doNotCall: true, emailConsent: false,
            soleTrader: true, creationDate: LocalDate(year: 2008, month: 8, day: 31), notes: "Terrasse"))
    }

    @Test("computed SIREN, VAT number and département")
    func computed() throws {
        let bar = try #require(draft([.legalName: "Bar", .siret: "39009842400034", .postalCode: "13002"]))
        #expect(bar.siren == "390098424")
        #expect(bar.vatNumber == "FR81390098424")        // see IdentifiersTests.vatNumber
        #expect(bar.department == "13")
        // INSEE code first, postal code otherwise.
        #expect(draft([.legalName: "A", .inseeCode: "2a004", .postalCode: "20000"])?.department == "2A")
        #expect(draft([.legalName: "A", .postalCode: "20200"])?.department == "2B")
        #expect(draft([.legalName: "A", .postalCode: "97400"])?.department == "974")
        #expect(draft([.legalName: "A", .country: "BE", .postalCode: "1000"])?.department == nil)
        #expect(draft([.legalName: "A"])?.siren == nil)
    }

    @Test("empty and blank strings are absent")
    func blanks() {
        #expect(draft([.legalName: "Bar", .siret: "", .phone: "   ", .status: "", .doNotCall: " "])
                == AccountDraft(legalName: "Bar"))
    }

    @Test("the legal name is required")
    func required() {
        #expect(issues([:]) == [FieldIssue(field: .legalName, issue: .required, value: "")])
        #expect(issues([.legalName: "  \u{00A0} "]) == [FieldIssue(field: .legalName, issue: .required, value: "  \u{00A0} ")])
    }

    @Test("every issue of the input is reported, in field order")
    func allIssues() {
        let fields: [AccountField: String] = [
            .siret: "39009842400035", .nafCode: "56300", .headcountBand: "04", .postalCode: "1300",
            .inseeCode: "1320", .country: "France métropolitaine", .latitude: "91", .longitude: "5,3",
            .phone: "12 34", .email: "bar@", .website: "pas un site", .status: "gagné",
            .revenuePotential: "-5", .doNotCall: "peut-être", .creationDate: "31/02/2026",
        ]
        #expect(issues(fields).map { [$0.field.rawValue, "\($0.issue)"] } == [
            ["siret", "invalidSIRET"], ["legalName", "required"], ["nafCode", "invalidNAF"],
            ["headcountBand", "invalidHeadcountBand"], ["postalCode", "invalidPostalCode"],
            ["inseeCode", "invalidInseeCode"], ["country", "invalidCountry"],
            ["latitude", "invalidCoordinate(min: -90, max: 90)"], ["phone", "invalidPhone"],
            ["email", "invalidEmail"], ["website", "invalidURL"], ["status", "invalidStatus"],
            ["revenuePotential", "negativeNumber"], ["doNotCall", "invalidBoolean"],
            ["creationDate", "invalidDate"],
        ])
        // The value is reported as given.
        #expect(issues(fields).first?.value == "39009842400035")
    }

    @Test("length limits")
    func lengths() {
        #expect(draft([.legalName: String(repeating: "é", count: 200)]) != nil)
        #expect(issues([.legalName: String(repeating: "é", count: 201)])
                == [FieldIssue(field: .legalName, issue: .tooLong(max: 200), value: String(repeating: "é", count: 201))])
        #expect(issues([.legalName: "A", .city: String(repeating: "x", count: 101)]).map(\.issue) == [.tooLong(max: 100)])
    }

    @Test("yes/no spellings", arguments: [
        ("Oui", true), ("oui", true), ("O", true), ("Yes", true), ("y", true), ("1", true), ("true", true),
        ("VRAI", true), ("x", true), ("X", true), ("Non", false), ("n", false), ("No", false), ("0", false),
        ("false", false), ("Faux", false),
    ])
    func booleans(text: String, expected: Bool) {
        #expect(FieldParsing.parseBoolean(text) == expected)
        #expect(draft([.legalName: "A", .soleTrader: text])?.soleTrader == expected)
        #expect(draft([.legalName: "A", .emailConsent: text])?.emailConsent == expected)
    }

    @Test("statuses in French and English", arguments: [
        ("prospect", AccountStatus.prospect), ("Prospect", .prospect), ("client", .customer),
        ("CUSTOMER", .customer), ("perdu", .lost), ("Lost", .lost),
    ])
    func statuses(text: String, expected: AccountStatus) {
        #expect(draft([.legalName: "A", .status: text])?.status == expected)
    }

    @Test("coordinates")
    func coordinates() {
        #expect(draft([.legalName: "A", .latitude: "-90", .longitude: "180"])?.latitude == -90)
        #expect(draft([.legalName: "A", .latitude: "43,5", .longitude: "-180,0"])?.longitude == -180)
        #expect(issues([.legalName: "A", .latitude: "90,0001", .longitude: "181"]).map(\.issue)
                == [.invalidCoordinate(min: -90, max: 90), .invalidCoordinate(min: -180, max: 180)])
        #expect(issues([.legalName: "A", .latitude: "43.3.2", .longitude: "5"]).map(\.issue)
                == [.invalidCoordinate(min: -90, max: 90)])
        #expect(issues([.legalName: "A", .latitude: "43,3"])
                == [FieldIssue(field: .longitude, issue: .incompleteCoordinates, value: "")])
    }

    @Test("revenue potential is a Decimal")
    func revenue() {
        #expect(draft([.legalName: "A", .revenuePotential: "1 234,56"])?.revenuePotential == dec(123456, -2))
        #expect(draft([.legalName: "A", .revenuePotential: "15000€"])?.revenuePotential == dec(15000))
        #expect(draft([.legalName: "A", .revenuePotential: "0"])?.revenuePotential == dec(0))
        #expect(issues([.legalName: "A", .revenuePotential: "beaucoup"]).map(\.issue) == [.invalidNumber])
    }

    @Test("country and foreign postal codes")
    func countries() {
        #expect(draft([.legalName: "A", .country: "France"])?.country == "FR")
        #expect(draft([.legalName: "A", .country: "be", .postalCode: "1000"])?.postalCode == "1000")
        #expect(draft([.legalName: "A", .country: "GB", .postalCode: "sw1a 1aa"])?.postalCode == "SW1A 1AA")
        #expect(issues([.legalName: "A", .postalCode: "1000"]).map(\.issue) == [.invalidPostalCode])
        #expect(issues([.legalName: "A", .country: "Belgique"]).map(\.issue) == [.invalidCountry])
    }

    @Test("e-mail addresses and web sites")
    func contactDetails() {
        #expect(ContactDetails.normalizedEmail("Jean.Martin+crm@Example.FR") == "jean.martin+crm@example.fr")
        for bad in ["jean", "jean@", "@example.fr", "jean@example", "jean@@example.fr", "jean martin@example.fr",
                    "jean@example.f", "jean@-example.fr", ".jean@example.fr"] {
            #expect(ContactDetails.normalizedEmail(bad) == nil, "\(bad)")
        }
        for good in ["www.bar-pierre.fr", "bar.fr", "https://bar.fr/carte?x=1", "http://www.bar.fr:8080/"] {
            #expect(ContactDetails.isValidWebsite(good), "\(good)")
        }
        for bad in ["bar", "ftp://bar.fr", "https://", "www.bar .fr", "https://bar.fr/une carte"] {
            #expect(!ContactDetails.isValidWebsite(bad), "\(bad)")
        }
    }

    @Test("form values validate back to the same draft")
    func roundTrip() throws {
        let original = AccountDraft(
            siret: "39009842400034", legalName: "BAR PIERRE", nafCode: "56.30Z", headcountBand: "NN",
            postalCode: "13002", inseeCode: "13202", latitude: 43.304965, longitude: 0.00001,
            phone: "+33491234567", email: "a@b.fr", status: .lost, revenuePotential: dec(123456, -2),
            doNotCall: true, soleTrader: false, creationDate: LocalDate(year: 2024, month: 2, day: 29))
        let values = original.formValues()
        #expect(values[.phone] == "04 91 23 45 67")
        #expect(values[.creationDate] == "29/02/2024")
        #expect(values[.latitude] == "43,304965")
        #expect(values[.longitude] == "0,00001")
        #expect(values[.status] == "Perdu")
        #expect(try AccountValidation.validate(values).get() == original)
    }

    @Test("messages grouped by field for a form")
    func messagesByField() throws {
        let result = AccountValidation.validate([.siret: "123"])
        guard case .failure(let issues) = result else { Issue.record("expected a failure"); return }
        #expect(issues.fields == [.siret, .legalName])
        #expect(issues.messagesByField(.fr) == [
            .siret: ["Le SIRET doit comporter 14 chiffres et une clé de contrôle valide."],
            .legalName: ["Ce champ est obligatoire : saisissez une valeur."],
        ])
    }
}
