import Testing
import TerrainCore

@Suite("Contact validation")
struct ContactValidationTests {
    @Test("every field normalised")
    func full() throws {
        let result = ContactValidation.validate([
            .civility: "Mme", .firstName: " Claire ", .lastName: "Martin", .jobTitle: "Gérante",
            .role: "Décideur", .phone: "04 91 23 45 67", .mobile: "06.12.34.56.78",
            .email: "Claire.Martin@Bar.fr", .notes: "Préfère le matin",
        ])
        #expect(try result.get() == ContactDraft(
            civility: .mrs, firstName: "Claire", lastName: "Martin", jobTitle: "Gérante", role: .decider,
            phone: "+33491234567", mobile: "+33612345678", email: "claire.martin@bar.fr", notes: "Préfère le matin"))
    }

    @Test("the last name is required; every issue is reported")
    func issues() {
        guard case .failure(let issues) = ContactValidation.validate([
            .civility: "Dr", .firstName: "Jean", .role: "patron", .mobile: "12", .email: "jean@",
        ]) else { Issue.record("expected a failure"); return }
        #expect(Array(issues) == [
            ContactFieldIssue(field: .civility, issue: .invalidCivility, value: "Dr"),
            ContactFieldIssue(field: .lastName, issue: .required, value: ""),
            ContactFieldIssue(field: .role, issue: .invalidBuyingRole, value: "patron"),
            ContactFieldIssue(field: .mobile, issue: .invalidPhone, value: "12"),
            ContactFieldIssue(field: .email, issue: .invalidEmail, value: "jean@"),
        ])
    }

    @Test("civilities", arguments: [
        ("M.", Civility.mr), ("M", .mr), ("Monsieur", .mr), ("mr", .mr), ("Mme", .mrs), ("Madame", .mrs),
        ("Mrs", .mrs), ("Ms", .mrs), ("Mlle", .mrs),
    ])
    func civilities(text: String, expected: Civility) {
        #expect(Civility.parse(text) == expected)
    }

    @Test("buying roles from French labels or English names")
    func roles() {
        // Glossary: décideur, acheteur, prescripteur, utilisateur, influenceur, filtre.
        #expect(BuyingRole.allCases.map { $0.label(.fr) }
                == ["décideur", "acheteur", "prescripteur", "utilisateur", "influenceur", "filtre"])
        for role in BuyingRole.allCases {
            #expect(BuyingRole.parse(role.label(.fr)) == role)
            #expect(BuyingRole.parse(role.rawValue.uppercased()) == role)
        }
        #expect(BuyingRole.parse("decideur") == .decider)
        #expect(BuyingRole.parse("Filtre") == .gatekeeper)
        #expect(BuyingRole.parse("patron") == nil)
    }

    @Test("labels and display name")
    func labels() {
        #expect(ContactField.allCases.map { $0.label(.fr) } == [
            "Civilité", "Prénom", "Nom", "Fonction", "Rôle dans la décision d'achat", "Téléphone", "Mobile",
            "E-mail", "Notes"])
        #expect(Civility.mr.label(.fr) == "M.")
        #expect(Civility.mrs.label(.fr) == "Mme")
        #expect(ContactDraft(civility: .mrs, firstName: "Claire", lastName: "Martin").displayName(.fr) == "Mme Claire Martin")
        #expect(ContactDraft(lastName: "Martin").displayName(.en) == "Martin")
    }
}

@Suite("Labels and messages")
struct LabelsAndMessagesTests {
    @Test("account field labels in French (as specified for the forms)")
    func frenchLabels() {
        #expect(AccountField.allCases.map { $0.label(.fr) } == [
            "SIRET", "Raison sociale", "Enseigne", "Code NAF", "Libellé NAF", "Forme juridique",
            "Tranche d'effectif", "Adresse", "Complément d'adresse", "Code postal", "Ville",
            "Code commune INSEE", "Pays", "Latitude", "Longitude", "Téléphone", "E-mail", "Site web",
            "Statut", "Catégorie", "Origine", "Potentiel de CA", "Bloctel (ne pas appeler)",
            "Consentement e-mail", "Entrepreneur individuel", "Date de création", "Notes",
        ])
        #expect(Set(AccountField.allCases.map { $0.label(.en) }).count == 27)
        #expect(AccountField.legalName.label(.en) == "Legal name")
    }

    static let everyIssue: [ValidationIssue] = [
        .required, .tooLong(max: 200), .invalidSIRET, .invalidPostalCode, .invalidInseeCode, .invalidCountry,
        .invalidPhone, .invalidEmail, .invalidURL, .invalidDate, .invalidNumber, .negativeNumber, .invalidNAF,
        .invalidCoordinate(min: -90, max: 90), .incompleteCoordinates, .invalidStatus, .invalidBoolean,
        .invalidHeadcountBand, .invalidCivility, .invalidBuyingRole, .invalidChoice(options: ["A", "B"]),
    ]

    @Test("every issue has its own sentence in each language")
    func distinctSentences() {
        for language in Language.allCases {
            let messages = Self.everyIssue.map { $0.message(language) }
            #expect(Set(messages).count == Self.everyIssue.count)
            #expect(messages.allSatisfy { $0.hasSuffix(".") && $0.count > 20 })
        }
    }

    @Test("messages say what is expected")
    func content() {
        #expect(ValidationIssue.invalidSIRET.message(.fr) == "Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.")
        #expect(ValidationIssue.invalidSIRET.message(.en) == "The SIRET must have 14 digits and a valid check digit.")
        #expect(ValidationIssue.tooLong(max: 200).message(.fr) == "Ce texte est trop long : 200 caractères au maximum.")
        #expect(ValidationIssue.invalidCoordinate(min: -90, max: 90).message(.fr).contains("entre -90 et 90"))
        #expect(ValidationIssue.invalidDate.message(.fr).contains("jj/mm/aaaa"))
        #expect(ValidationIssue.invalidChoice(options: ["A", "B"]).message(.fr).hasSuffix(": A, B."))
        #expect(AccountStatus.customer.label(.fr) == "Client")
    }
}
