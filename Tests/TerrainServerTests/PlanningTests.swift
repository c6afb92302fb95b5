import Fluent
import Foundation
import TerrainCore
import TerrainRouting
import TerrainTestSupport
import Testing
import Vapor
import VaporTesting
@testable import TerrainServer

@Suite("Tour planning on the web")
struct PlanningTests {
    /// Three customers of the rep in Marseille with their own coordinates, one prospect located
    /// only by its commune (13005 Marseille), one account with no usable address.
    func accounts(_ app: Application, owner: User) async throws {
        let rows: [[AccountField: String]] = [
            [.legalName: "Bikini Café", .status: "client", .postalCode: "13007", .city: "Marseille", .latitude: "43,291044", .longitude: "5,355986"],
            [.legalName: "Bar Tchoi", .status: "client", .postalCode: "13005", .city: "Marseille", .latitude: "43,285026", .longitude: "5,392363"],
            [.legalName: "Le Coquet Bar", .status: "client", .postalCode: "13005", .city: "Marseille", .latitude: "43,298136", .longitude: "5,397664"],
            [.legalName: "Prospect du Panier", .status: "prospect", .postalCode: "13002", .city: "Marseille"],
            [.legalName: "Sans Adresse", .status: "client"],
        ]
        for row in rows {
            _ = try await AccountStore.create(try AccountValidation.validate(row).get(), ownerID: owner.id, on: app.db)
        }
    }

    func form(_ changes: [String: String] = [:]) -> [String: String] {
        var form = PlanningForm.defaults(today: LocalDate(year: 2026, month: 12, day: 2)!)
        form["home"] = "13400 Aubagne"
        form["status"] = ""
        form["from"] = "07/12/2026"
        form["days"] = "2"
        form.merge(changes) { $1 }
        return form
    }

    @Test("A rep plans two days; the plan shows each day, the techniques compared and what could not be placed", arguments: TestDatabase.available)
    func plan(database: TestDatabase) async throws {
        try await withTerrainApp(database) { app in
            let rep = try await Factories.user(app, email: "rep@example.fr", role: .rep)
            _ = try await Factories.user(app, email: "autre@example.fr", role: .rep)
            try await accounts(app, owner: rep)
            let web = WebSession(app: app)
            try await web.logIn(email: "rep@example.fr", password: "motdepasse-solide")
            #expect(try await web.get("/planning").status == .ok)

            let bad = try await web.post("/planning", form: form(["home": "Nulle-Part-sur-Rien", "workStart": "8h99"]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains(LocalizedText.homeNotFound.text(.fr).htmlEscaped))
            #expect(bad.body.string.contains(LocalizedText.invalidClock.text(.fr).htmlEscaped))

            let created = try await web.post("/planning", form: form())
            #expect(created.status == .seeOther)
            let record = try #require(try await TourPlanRecord.query(on: app.db).first())
            let plan = try record.plan
            // Four locatable accounts (the one without an address is reported), two days.
            #expect(plan.visits.count == 4)
            #expect(plan.days.count == 2)
            #expect(plan.days.map(\.date.iso) == ["2026-12-07", "2026-12-08"])
            #expect(plan.visits.first { $0.name == "Prospect du Panier" }?.approximateLocation == true)
            #expect(plan.totals.visits + plan.unplaced.count == 4)
            #expect(record.totalMetres == plan.totals.metres)
            #expect(record.comparison.map(\.technique) == TourTechnique.allCases)

            let page = try await web.get(created.headers.first(name: .location) ?? "").body.string
            #expect(page.contains("Lundi 07/12/2026"))
            #expect(page.contains("En marguerite") && page.contains("En étoile"))
            #expect(page.contains("Sans Adresse"))          // listed among the accounts without a location
            #expect(page.contains("<svg") && page.contains("role=\"img\""))

            // The calendar: one VEVENT per placed visit, in Paris time with its VTIMEZONE.
            let ics = try await web.get("/planning/\(try record.requireID())/calendar.ics")
            #expect(ics.headers.contentType?.subType == "calendar")
            let text = ics.body.string
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == plan.totals.visits)
            #expect(text.contains("TZID:Europe/Paris"))
            #expect(text.contains("DTSTART;TZID=Europe/Paris:20261207T") || text.contains("DTSTART;TZID=Europe/Paris:20261208T"))

            // Lock the Bikini Café to Tuesday and re-optimise.
            let index = try #require(plan.visits.firstIndex { $0.name == "Bikini Café" })
            let adjusted = try await web.post("/planning/\(try record.requireID())/adjust", form: ["lock_\(index)": "08/12/2026", "technique": "daisy"])
            #expect(adjusted.status == .seeOther)
            let replanned = try #require(try await TourPlanRecord.find(record.requireID(), on: app.db)).plan
            #expect(replanned.visits[index].lockedDay == LocalDate(year: 2026, month: 12, day: 8))
            #expect(replanned.days[1].visitOrder.contains(index))

            // A fixed appointment on Monday at 10:30 for the same visit: kept at that time.
            _ = try await web.post("/planning/\(try record.requireID())/adjust", form: ["lock_\(index)": "07/12/2026", "time_\(index)": "10:30"])
            let booked = try #require(try await TourPlanRecord.find(record.requireID(), on: app.db)).plan
            let start = booked.days[0].events.compactMap { event -> Int? in
                if case let .visit(i, _, start, _) = event, i == index { return start } else { return nil }
            }
            #expect(start == [10 * 3600 + 30 * 60])

            let stranger = WebSession(app: app)
            try await stranger.logIn(email: "autre@example.fr", password: "motdepasse-solide")
            #expect(try await stranger.get("/planning/\(try record.requireID())").status == .notFound)
        }
    }
}
