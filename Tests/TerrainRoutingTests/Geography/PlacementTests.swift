import Testing
@testable import TerrainRouting

@Suite struct PlacementTests {
    @Test func ownCoordinateIsKeptAsExact() throws {
        let gazetteer = try Gazetteer.bundled()
        let own = try Coordinate(latitude: 43.2951, longitude: 5.3744)
        // The postal code says Aubagne; the account's own point wins and the gazetteer is not used.
        let placement = gazetteer.place(coordinate: own, postalCode: "13400", city: "Aubagne")
        #expect(placement == .located(LocatedPoint(coordinate: own, precision: .exact)))
    }

    @Test func withoutCoordinateTheCommunePointIsApproximate() throws {
        let gazetteer = try Gazetteer.bundled()
        let point = try #require(gazetteer.place(coordinate: nil, postalCode: "13007", city: "Marseille 7e").point)
        #expect(point.precision == .approximate)
        // MARSEILLE 07 (13207) in the table: 43.28251778, 5.36323440435.
        #expect(point.coordinate == (try Coordinate(latitude: 43.28251778, longitude: 5.36323440435)))
        #expect(point.commune?.inseeCode == "13207")
        #expect(point.match == .normalised)
    }

    @Test func ambiguousUnknownAndEmptyAddressesAreNotPlaced() throws {
        let gazetteer = try Gazetteer.bundled()
        let ambiguous = gazetteer.place(coordinate: nil, postalCode: nil, city: "Saint-Denis")
        guard case .ambiguous(let candidates)? = ambiguous.failure else {
            Issue.record("expected an ambiguous placement, got \(ambiguous)")
            return
        }
        #expect(candidates.map(\.inseeCode) == ["11339", "30247", "93066", "97411"])
        #expect(ambiguous.failure?.message.hasPrefix("Plusieurs communes possibles (SAINT DENIS (11310)") == true)

        let unknown = gazetteer.place(coordinate: nil, postalCode: "99999", city: "Nulle-Part")
        #expect(unknown == .unplaced(.communeNotFound(postalCode: "99999", city: "Nulle-Part")))
        #expect(unknown.failure?.message == "Commune introuvable pour « 99999 Nulle-Part » : vérifiez le code postal et la ville.")

        #expect(gazetteer.place(coordinate: nil, postalCode: " ", city: nil) == .unplaced(.noAddress))
        #expect(gazetteer.place(coordinate: nil, postalCode: nil, city: nil).point == nil)
    }
}
