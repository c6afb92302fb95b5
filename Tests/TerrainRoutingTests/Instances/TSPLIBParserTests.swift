import Testing
@testable import TerrainRouting

@Suite struct TSPLIBParserTests {
    private let header = """
        NAME : tiny
        COMMENT : four corners
        TYPE : TSP
        DIMENSION : 4
        EDGE_WEIGHT_TYPE : EUC_2D
        NODE_COORD_SECTION
        """

    private func parseError(_ text: String) -> TSPLIBError? {
        do {
            _ = try TSPLIBInstance(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsHeaderAndCoordinates() throws {
        let instance = try TSPLIBInstance(parsing: header + "\n4 0 10\n1 0 0\r\n2 1.0e+01 0\n3 10 10\nEOF\n")
        #expect(instance.name == "tiny")
        #expect(instance.comment == "four corners")
        #expect(instance.edgeWeightType == .euc2D)
        #expect(instance.coordinates == [
            TSPLIBPoint(x: 0, y: 0), TSPLIBPoint(x: 10, y: 0), TSPLIBPoint(x: 10, y: 10), TSPLIBPoint(x: 0, y: 10),
        ])
        // Square of side 10: the perimeter tour 1-2-3-4 is 40.
        #expect(TSPSolver.cost(of: [0, 1, 2, 3], in: instance.matrix(), closed: true) == 40)
    }

    @Test func readsBenchmarkFiles() throws {
        let berlin = try TSPLIBBenchData.instance("berlin52")
        #expect(berlin.dimension == 52)
        #expect(berlin.coordinates[0] == TSPLIBPoint(x: 565, y: 575))
        #expect(berlin.coordinates[51] == TSPLIBPoint(x: 1740, y: 245))
        // gr431 declares EDGE_WEIGHT_FORMAT: FUNCTION; pcb442 writes coordinates as 2.00000e+02.
        #expect(try TSPLIBBenchData.instance("gr431").edgeWeightType == .geo)
        #expect(try TSPLIBBenchData.instance("pcb442").coordinates[0] == TSPLIBPoint(x: 200, y: 400))
    }

    @Test func unreadableCoordinateNamesItsLine() {
        let error = parseError(header + "\n1 0 0\n2 x 0\n3 1 1\n4 2 2\n")
        #expect(error == TSPLIBError(.unreadableCoordinate, line: 8))
        #expect(error?.message == "Ligne 8 : coordonnée illisible")
    }

    @Test func coordinateLineWithTooFewFields() {
        #expect(parseError(header + "\n1 0\n") == TSPLIBError(.unreadableCoordinate, line: 7))
    }

    @Test func missingAndRepeatedNodes() {
        let missing = parseError(header + "\n1 0 0\n2 0 1\nEOF\n")
        #expect(missing == TSPLIBError(.missingNodes(2, 3)))
        #expect(missing?.message == "2 nœuds manquants (premier : 3)")
        #expect(parseError(header + "\n1 0 0\n1 0 1\n") == TSPLIBError(.duplicateNode(1), line: 8))
        let outside = parseError(header + "\n5 0 0\n")
        #expect(outside == TSPLIBError(.nodeOutOfRange(5, 4), line: 7))
        #expect(outside?.message == "Ligne 7 : nœud 5 hors de 1…4")
    }

    @Test func headerErrors() {
        #expect(parseError("NAME : x\nTYPE : ATSP\n") == TSPLIBError(.unsupportedType("ATSP"), line: 2))
        let explicit = parseError("NAME : x\nTYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EXPLICIT\n")
        #expect(explicit == TSPLIBError(.unsupportedEdgeWeightType("EXPLICIT"), line: 4))
        #expect(parseError("DIMENSION : zero\n") == TSPLIBError(.invalidDimension("zero"), line: 1))
        #expect(parseError("TYPE : TSP\nNODE_COORD_SECTION\n1 0 0\n") == TSPLIBError(.missingDimension, line: 2))
        #expect(parseError("DIMENSION : 1\nNODE_COORD_SECTION\n1 0 0\n") == TSPLIBError(.missingEdgeWeightType))
        #expect(parseError("DIMENSION : 1\nEDGE_WEIGHT_TYPE : GEO\n") == TSPLIBError(.missingSection("NODE_COORD_SECTION")))
        let unknown = parseError("NAME : x\nCOLOUR : blue\n")
        #expect(unknown == TSPLIBError(.unknownKeyword("COLOUR"), line: 2))
        #expect(unknown?.message == "Ligne 2 : mot-clé inconnu « COLOUR »")
        #expect(TSPLIBError(.missingDimension).message == "DIMENSION manquante")
    }

    /// linhp318 forces the edge 1–214 into the tour: refused rather than read as plain lin318.
    @Test func fixedEdgesAreRefused() {
        #expect(throws: TSPLIBError(.unsupportedSection("FIXED_EDGES_SECTION"), line: 6)) {
            try TSPLIBBenchData.instance("linhp318")
        }
    }

    @Test func unreadableFile() {
        let url = TSPLIBBenchData.folder.appendingPathComponent("absent.tsp")
        #expect(throws: TSPLIBError(.unreadableFile(url.path))) { try TSPLIBInstance(contentsOf: url) }
    }

    // MARK: Tours

    @Test func toursReadOneOrManyNodesPerLine() throws {
        let berlin = try TSPLIBBenchData.tour("berlin52")
        #expect(berlin.nodes.count == 52)
        #expect(Array(berlin.nodes.prefix(3)) == [0, 48, 31])  // file: 1, 49, 32
        // rd100: ten nodes a line, no DIMENSION; pr1002: sixteen a line.
        let rd100 = try TSPLIBBenchData.tour("rd100")
        #expect(Array(rd100.nodes.prefix(3)) == [0, 17, 61])  // file: 1 18 62
        #expect(Set(rd100.nodes) == Set(0..<100))
        #expect(try TSPLIBBenchData.tour("pr1002").nodes.count == 1002)
    }

    @Test func tourErrors() {
        func error(_ text: String) -> TSPLIBError? {
            do {
                _ = try TSPLIBTour(parsing: text)
                return nil
            } catch {
                return error
            }
        }
        #expect(error("TYPE : TOUR\nDIMENSION : 3\nTOUR_SECTION\n1\n2\n2\n-1\n") == TSPLIBError(.duplicateNode(2), line: 6))
        #expect(error("DIMENSION : 3\nTOUR_SECTION\n1 2 4\n-1\n") == TSPLIBError(.nodeOutOfRange(4, 3), line: 3))
        #expect(error("DIMENSION : 3\nTOUR_SECTION\n1 3\n-1\n") == TSPLIBError(.missingNodes(1, 2)))
        #expect(error("TOUR_SECTION\n1 two\n") == TSPLIBError(.unreadableTourEntry("two"), line: 2))
        #expect(error("TYPE : TSP\n") == TSPLIBError(.unsupportedType("TSP"), line: 1))
        #expect(error("NAME : x\n") == TSPLIBError(.missingSection("TOUR_SECTION")))
        #expect(error("TOUR_SECTION\n1 two\n")?.message == "Ligne 2 : entrée de tournée illisible « two »")
    }
}
