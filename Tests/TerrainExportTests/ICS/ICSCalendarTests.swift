import Foundation
import Testing
import TerrainExport

@Suite("iCalendar calendar")
struct ICSCalendarTests {
    /// The VTIMEZONE every calendar carries, written from RFC 5545 §3.6.5 (the America/New_York
    /// example, with the EU rules: Directive 2000/84/EC art. 2–3, summer time from 01:00 UTC on
    /// the last Sunday of March to 01:00 UTC on the last Sunday of October). First onsets:
    /// 1996-03-31 and 1996-10-27; 1996-01-01 was a Monday, 31 March is day 31 + 29 + 31 = 91,
    /// 90 days after a Monday, 90 = 12 × 7 + 6 → Sunday; 27 October is day 274 + 27 = 301,
    /// 300 = 42 × 7 + 6 → Sunday.
    static let parisTimeZoneLines = [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "BEGIN:STANDARD",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]

    static func visit() throws -> ICSEvent {
        try ICSEvent(
            uid: "visite-1842@terrain.example",
            summary: "Visite : Boulangerie Lefèvre",
            start: .at(2026, 12, 7, 9, 30),
            end: .at(2026, 12, 7, 10, 15),
            description: "Présenter la gamme de Noël.\nRelancer la commande n°512; remise 5 %, franco.",
            location: "12 rue de la République, 69002 Lyon",
            geo: LatLon(latitude: 45.764043, longitude: 4.835659)
        )
    }

    // Expected file written by hand. The DESCRIPTION line is folded (§3.1) after 75 octets:
    //   "DESCRIPTION:" 12 → 12; "Pr" → 14; "é" 2 → 16; "senter la gamme de No" 21 → 37;
    //   "ë" 2 → 39; "l." → 41; "\n" 2 → 43; "Relancer la commande n" 22 → 65; "°" 2 → 67;
    //   "512" → 70; "\;" 2 → 72; " re" → 75; "m" would be the 76th octet, so line 2 is
    //   " mise 5 %\, franco." (1 + 8 + 2 + 8 = 19 octets).
    // LOCATION: 9 + "12 rue de la R" 14 + "é" 2 + "publique" 8 + "\," 2 + " 69002 Lyon" 11 = 46.
    @Test func writesAWholeCalendarByteForByte() throws {
        let calendar = try ICSCalendar(dtstamp: .at(2026, 12, 1, 7, 45), events: [Self.visit()])
        let lines = ["BEGIN:VCALENDAR", "PRODID:-//Terrain//Terrain CRM//FR", "VERSION:2.0", "CALSCALE:GREGORIAN"]
            + Self.parisTimeZoneLines + [
                "BEGIN:VEVENT",
                "UID:visite-1842@terrain.example",
                "DTSTAMP:20261201T074500Z",
                "DTSTART;TZID=Europe/Paris:20261207T093000",
                "DTEND;TZID=Europe/Paris:20261207T101500",
                "SUMMARY:Visite : Boulangerie Lefèvre",
                #"DESCRIPTION:Présenter la gamme de Noël.\nRelancer la commande n°512\; re"#,
                #" mise 5 %\, franco."#,
                #"LOCATION:12 rue de la République\, 69002 Lyon"#,
                "GEO:45.764043;4.835659",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        #expect(calendar.text() == lines.joined(separator: "\r\n") + "\r\n")
    }

    // RFC 5545 §3.6 requires at least one component: the VTIMEZONE is always written.
    @Test func emptyCalendarStillHoldsTheTimeZone() throws {
        let calendar = try ICSCalendar(dtstamp: .at(2026, 12, 1, 7, 45), events: [], productID: "-//Test//Vide//FR")
        let lines = ["BEGIN:VCALENDAR", "PRODID:-//Test//Vide//FR", "VERSION:2.0", "CALSCALE:GREGORIAN"]
            + Self.parisTimeZoneLines + ["END:VCALENDAR"]
        #expect(calendar.text() == lines.joined(separator: "\r\n") + "\r\n")
    }

    @Test func omitsEmptyOptionalProperties() throws {
        let event = try ICSEvent(
            uid: "u1", summary: "RDV", start: .at(2026, 12, 8, 14, 0), end: .at(2026, 12, 8, 15, 0),
            description: "", location: nil, geo: nil
        )
        let text = try ICSCalendar(dtstamp: .at(2026, 12, 1, 0, 0, 5), events: [event]).text()
        let expectedEvent = [
            "BEGIN:VEVENT", "UID:u1", "DTSTAMP:20261201T000005Z",
            "DTSTART;TZID=Europe/Paris:20261208T140000", "DTEND;TZID=Europe/Paris:20261208T150000",
            "SUMMARY:RDV", "END:VEVENT",
        ].joined(separator: "\r\n") + "\r\n"
        #expect(text.contains("END:VTIMEZONE\r\n" + expectedEvent + "END:VCALENDAR\r\n"))
    }

    // GEO (§3.8.1.6): "latitude;longitude", floats with up to six decimals; south and west
    // are negative. -1.5536 (Nantes) → "-1.553600"; a value rounding to zero has no sign.
    @Test func writesGeoWithSixDecimalsAndSigns() throws {
        let event = try ICSEvent(
            uid: "g", summary: "G", start: .at(2026, 12, 8, 8, 0), end: .at(2026, 12, 8, 9, 0),
            geo: LatLon(latitude: 47.2184, longitude: -1.5536)
        )
        #expect(try ICSCalendar(dtstamp: .at(2026, 12, 1, 0, 0), events: [event]).text().contains("\r\nGEO:47.218400;-1.553600\r\n"))
        let nearZero = try ICSEvent(
            uid: "z", summary: "Z", start: .at(2026, 12, 8, 8, 0), end: .at(2026, 12, 8, 9, 0),
            geo: LatLon(latitude: -0.0000001, longitude: 0)
        )
        #expect(try ICSCalendar(dtstamp: .at(2026, 12, 1, 0, 0), events: [nearZero]).text().contains("\r\nGEO:0.000000;0.000000\r\n"))
    }

    @Test func refusesInvalidEventsAndCalendars() throws {
        #expect(throws: ICSError.emptyUID) {
            try ICSEvent(uid: "", summary: "x", start: .at(2026, 12, 7, 9, 0), end: .at(2026, 12, 7, 10, 0))
        }
        #expect(throws: ICSError.endNotAfterStart(uid: "a")) {
            try ICSEvent(uid: "a", summary: "x", start: .at(2026, 12, 7, 9, 0), end: .at(2026, 12, 7, 9, 0))
        }
        #expect(throws: ICSError.endNotAfterStart(uid: "b")) {
            try ICSEvent(uid: "b", summary: "x", start: .at(2026, 12, 7, 9, 0), end: .at(2026, 12, 6, 18, 0))
        }
        let first = try ICSEvent(uid: "same", summary: "1", start: .at(2026, 12, 7, 9, 0), end: .at(2026, 12, 7, 10, 0))
        let second = try ICSEvent(uid: "same", summary: "2", start: .at(2026, 12, 8, 9, 0), end: .at(2026, 12, 8, 10, 0))
        #expect(throws: ICSError.duplicateUID("same")) {
            try ICSCalendar(dtstamp: .at(2026, 12, 1, 0, 0), events: [first, second])
        }
        #expect(ICSError.duplicateUID("same").errorDescription == "Deux rendez-vous du calendrier ont le même identifiant (UID).")
    }

    // 2026 is a common year (2026 % 4 = 2), 2028 a leap year, 2100 a century that is not
    // (2100 % 400 = 100).
    @Test func dateTimesAreValidated() {
        #expect(ICSDateTime(year: 2026, month: 2, day: 29, hour: 9, minute: 0) == nil)
        #expect(ICSDateTime(year: 2028, month: 2, day: 29, hour: 9, minute: 0) != nil)
        #expect(ICSDateTime(year: 2100, month: 2, day: 29, hour: 9, minute: 0) == nil)
        #expect(ICSDateTime(year: 2026, month: 4, day: 31, hour: 9, minute: 0) == nil)
        #expect(ICSDateTime(year: 2026, month: 13, day: 1, hour: 9, minute: 0) == nil)
        #expect(ICSDateTime(year: 2026, month: 12, day: 7, hour: 24, minute: 0) == nil)
        #expect(ICSDateTime(year: 2026, month: 12, day: 7, hour: 9, minute: 60) == nil)
        #expect(ICSDateTime(year: 2026, month: 12, day: 7, hour: 9, minute: 0, second: 60) == nil)
        #expect(ICSDateTime(year: 0, month: 1, day: 1, hour: 0, minute: 0) == nil)
        #expect(ICSDateTime.at(2026, 12, 7, 23, 59) < .at(2026, 12, 8, 0, 0))
        #expect(ICSDateTime.at(2026, 12, 7, 9, 30, 1) > .at(2026, 12, 7, 9, 30))
    }

    // Round trip: write awkward values, then read the file back with RFC 5545 rules only.
    @Test func foldedOutputUnfoldsBackToTheOriginalValues() throws {
        let summaries = [
            "Visite : Pâtisserie « Chez Hélène » — dégustation, commande; suivi",
            String(repeating: "é", count: 60) + String(repeating: "€", count: 30) + String(repeating: "🚗", count: 25),
            #"Chemin C:\Tarifs\2026, puis \n littéral"#,
        ]
        let descriptions = [
            "Ligne 1\nLigne 2 avec des accents : àâäçéèêëîïôöùûüÿœæ\nLigne 3",
            String(repeating: "Relancer, vérifier; confirmer. ", count: 12),
            "Fin\r\nde ligne Windows",
        ]
        let events = try (0..<3).map { index in
            try ICSEvent(
                uid: "rt-\(index)@terrain.example", summary: summaries[index],
                start: .at(2026, 12, 7 + index, 9, 0), end: .at(2026, 12, 7 + index, 10, 30),
                description: descriptions[index],
                location: "\(index + 1), place de l’Hôtel-de-Ville, 42000 Saint-Étienne"
            )
        }
        let text = try ICSCalendar(dtstamp: .at(2026, 12, 1, 7, 45), events: events).text()

        let physical = try #require(ICSReader.physicalLines(text), "CRLF only, ending with CRLF")
        for line in physical {
            #expect(line.count <= 75)
            #expect(Array(String(decoding: line, as: UTF8.self).utf8) == line, "each physical line is whole UTF-8")
        }
        #expect(physical.count > ICSReader.unfolded(text).count, "some lines were folded")

        let logical = ICSReader.unfolded(text)
        #expect(ICSReader.values(of: "SUMMARY", in: logical).map(ICSReader.unescaped) == summaries)
        #expect(ICSReader.values(of: "DESCRIPTION", in: logical).map(ICSReader.unescaped)
            == descriptions.map { $0.replacingOccurrences(of: "\r\n", with: "\n") })
        #expect(ICSReader.values(of: "LOCATION", in: logical).map(ICSReader.unescaped)
            == (1...3).map { "\($0), place de l’Hôtel-de-Ville, 42000 Saint-Étienne" })
        #expect(ICSReader.values(of: "UID", in: logical) == ["rt-0@terrain.example", "rt-1@terrain.example", "rt-2@terrain.example"])
        #expect(logical.filter { $0 == "BEGIN:VEVENT" }.count == 3)
    }
}
