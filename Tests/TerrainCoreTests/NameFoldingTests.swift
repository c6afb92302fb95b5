import Testing
import TerrainCore

@Suite("Name folding and search keys")
struct NameFoldingTests {
    @Test("fold: lower case, no accents, ligatures, punctuation runs, legal forms")
    func fold() {
        #expect(NameFolding.fold("BAR TERMINUS") == "bar terminus")
        #expect(NameFolding.fold("SARL Le Cœur d'Or") == "le coeur d or")
        #expect(NameFolding.fold("BAR TERMINUS - SAS") == "bar terminus")
        #expect(NameFolding.fold("  L'ÉTOILE  ") == "l etoile")
        #expect(NameFolding.fold("Brasserie \"Chez Léon\" & Fils") == "brasserie chez leon fils")
        #expect(NameFolding.fold("Ætna Café EIRL") == "aetna cafe")
        #expect(NameFolding.fold("SNC BAR DU MIDI SCI") == "bar du midi")
        #expect(NameFolding.fold("EURL 2000") == "2000")
        #expect(NameFolding.fold("Garçon-Ça") == "garcon ca")
    }

    @Test("legal forms only as whole words at either end")
    func legalForms() {
        #expect(NameFolding.fold("Sasha Bar") == "sasha bar")          // "sas" inside a word stays
        #expect(NameFolding.fold("Bar SA du Port") == "bar sa du port") // in the middle stays
        #expect(NameFolding.fold("SA") == "sa")                        // nothing else: kept
        #expect(NameFolding.fold("SAS SARL") == "sarl")                // one dropped, one left
        #expect(NameFolding.fold("S.A.R.L. Le Zinc") == "s a r l le zinc") // dotted form is not the word
        #expect(NameFolding.fold("") == "")
    }

    @Test("the same company written two ways folds to the same key")
    func sameKey() {
        #expect(NameFolding.fold("Le Saint-Tropez SARL") == NameFolding.fold("LE SAINT TROPEZ"))
        #expect(NameFolding.fold("Bar de l'Étoile") == NameFolding.fold("BAR DE L ETOILE"))
    }

    @Test("search key keeps punctuation and legal forms")
    func searchKey() {
        #expect(NameFolding.searchKey("Débits de Boissons") == "debits de boissons")
        #expect(NameFolding.searchKey("L'Étoile SARL") == "l'etoile sarl")
        #expect(NameFolding.searchKey("Œuvre") == "oeuvre")
        #expect(NameFolding.searchKey("ÉCOLE") == "ecole")
        #expect(NameFolding.searchKey("plain ascii") == "plain ascii")
    }
}
