import Foundation
import Testing
@testable import TerrainExport

/// Rendering checks on a plan fitted to the box 59…61 N, 2…6 E (see TourMapProjectionTests:
/// x = 24 + (λ − 2) × 88, y = 24 + (61 − φ) × 176, frame 400 × 400).
@Suite("Tour map SVG")
struct TourMapSVGTests {
    static let start = TourMapSVG.Place(position: position(60, 4), label: "Agence")

    /// Day 1: (61, 2) → (24, 24), (59, 6) → (376, 376).
    /// Day 2: (60.5, 3) → (24 + 88, 24 + 88) = (112, 112); (59.5, 5) → (24 + 264, 24 + 264)
    /// = (288, 288); (60, 6) → (376, 200). Day 3: no stops.
    static let routes = [
        TourMapSVG.DayRoute(legendLabel: "Lun. 07/12", stops: [
            .init(position: position(61, 2), label: "Client A", number: 1),
            .init(position: position(59, 6), label: "Client B", number: 2),
        ]),
        TourMapSVG.DayRoute(legendLabel: "Mar. 08/12", stops: [
            .init(position: position(60.5, 3), label: "Client C", number: 1),
            .init(position: position(59.5, 5), label: "Client D", number: 2),
            .init(position: position(60, 6), label: "Client E", number: 3),
        ]),
        TourMapSVG.DayRoute(legendLabel: "Mer. 09/12", stops: []),
    ]

    static func map(title: String = "Tournée", routes: [TourMapSVG.DayRoute] = routes,
                    background: [LatLon] = []) -> TourMapSVG {
        TourMapSVG(title: title, start: start, routes: routes, background: background)
    }

    @Test func onePolylinePerDayWithStopsThroughStartAndBack() throws {
        let elements = try #require(parseXML(Self.map().text()))
        let polylines = elements.filter { $0.name == "polyline" }
        #expect(polylines.map { $0.attributes["points"] } == [
            "200.0,200.0 24.0,24.0 376.0,376.0 200.0,200.0",                 // 2 stops + 2 = 4 points
            "200.0,200.0 112.0,112.0 288.0,288.0 376.0,200.0 200.0,200.0",   // 3 stops + 2 = 5 points
        ])
        #expect(polylines.map { $0.attributes["stroke"] } == ["#0072B2", "#D55E00"])
        #expect(polylines.map { $0.attributes["stroke-dasharray"] } == [nil, "9 5"])
    }

    @Test func numberedMarkersAtTheStops() throws {
        let elements = try #require(parseXML(Self.map().text()))
        let circles = elements.filter { $0.name == "circle" }
        #expect(circles.map { "\($0.attributes["cx"]!),\($0.attributes["cy"]!)" }
            == ["24.0,24.0", "376.0,376.0", "112.0,112.0", "288.0,288.0", "376.0,200.0"])
        #expect(circles.map { $0.attributes["stroke"] } == ["#0072B2", "#0072B2", "#D55E00", "#D55E00", "#D55E00"])
        // Marker numbers, centred: text y = marker y + 3.5.
        let numbers = elements.filter { $0.name == "text" && $0.attributes["font-size"] == "10" }
        #expect(numbers.map(\.text) == ["1", "2", "1", "2", "3"])
        #expect(numbers.first?.attributes["y"] == "27.5")
        let titles = elements.filter { $0.name == "title" }.map(\.text)
        #expect(titles == ["Tournée", "Client A", "Client B", "Client C", "Client D", "Client E", "Agence"])
    }

    // Legend below the 400-unit frame: row r at y = 400 + 10 + 22r + 11, columns at x = 12 and
    // 212; text 44 units right of the sample, baseline 4 below its middle. Three days → two
    // rows → height 400 + 10 + 2 × 22 + 6 = 460.
    @Test func legendEntriesInDayOrder() throws {
        let text = Self.map().text()
        let elements = try #require(parseXML(text))
        #expect(elements.first?.attributes["viewBox"] == "0 0 400.0 460.0")
        let samples = elements.filter { $0.name == "line" }
        #expect(samples.map { "\($0.attributes["x1"]!),\($0.attributes["y1"]!)" } == ["12.0,421.0", "212.0,421.0", "12.0,443.0"])
        #expect(samples.map { $0.attributes["stroke-dasharray"] } == [nil, "9 5", "2 4"])
        let labels = elements.filter { $0.name == "text" && $0.attributes["x"].map { ["56.0", "256.0"].contains($0) } == true }
        #expect(labels.map(\.text) == ["Lun. 07/12", "Mar. 08/12", "Mer. 09/12"])
        #expect(labels.map { $0.attributes["y"] } == ["425.0", "425.0", "447.0"])
    }

    @Test func escapesEveryCallerText() throws {
        let map = TourMapSVG(
            title: "Tournée <Nord> & Sud",
            start: .init(position: position(60, 4), label: "Dépôt \"A&B\""),
            routes: [.init(legendLabel: "Lun. <07/12>", stops: [
                .init(position: position(61, 2), label: "Dupont & Fils <SARL>", number: 1),
            ])]
        )
        let text = map.text()
        #expect(text.contains("aria-label=\"Tournée &lt;Nord&gt; &amp; Sud\""))
        #expect(text.contains("<title>Tournée &lt;Nord&gt; &amp; Sud</title>"))
        #expect(text.contains("<title>Dupont &amp; Fils &lt;SARL&gt;</title>"))
        #expect(text.contains(">Dépôt &quot;A&amp;B&quot;</text>"))
        #expect(text.contains(">Lun. &lt;07/12&gt;</text>"))
        #expect(!text.contains("<Nord>") && !text.contains("<SARL>") && !text.contains("& "))
        let elements = try #require(parseXML(text), "well-formed XML")
        #expect(elements.first?.attributes["aria-label"] == "Tournée <Nord> & Sud")
        #expect(elements.contains { $0.name == "title" && $0.text == "Dupont & Fils <SARL>" })
    }

    // Only the start: the 2 km box of TourMapProjectionTests, start in the middle (square 12
    // units → corner at 200 − 6 = 194), no route, no legend: viewBox 400 × 400.
    @Test func emptyPlanStillRenders() throws {
        let map = TourMapSVG(title: "Aucune visite", start: Self.start, routes: [])
        let elements = try #require(parseXML(map.text()))
        let root = try #require(elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["viewBox"] == "0 0 400.0 400.0")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "Aucune visite")
        #expect(elements.filter { $0.name == "polyline" || $0.name == "circle" || $0.name == "line" }.isEmpty)
        let square = try #require(elements.first { $0.name == "rect" && $0.attributes["width"] == "12.0" })
        #expect(square.attributes["x"] == "194.0" && square.attributes["y"] == "194.0")
        #expect(elements.contains { $0.name == "text" && $0.text == "Agence" })
    }

    // Kept (inside the 400 × 400 frame by at least the dot radius 1.5):
    //   (60.9, 2.1) → (24 + 8.8, 24 + 17.6) = (32.8, 41.6); (61.1, 4) → (200, 24 − 17.6 = 6.4);
    //   (60, 1.9) → (24 − 8.8 = 15.2, 200); (58.9, 4) → (200, 24 + 2.1 × 176 = 393.6).
    // Dropped: (61.5, 4) → y = 24 − 88 = −64; (60, 1.5) → x = 24 − 44 = −20;
    //   (60, 6.5) → x = 24 + 4.5 × 88 = 420; (58.85, 4) → y = 24 + 2.15 × 176 = 402.4.
    @Test func backgroundDotsOutsideTheFrameAreLeftOut() throws {
        let background = [(60.9, 2.1), (61.5, 4), (61.1, 4), (60, 1.5), (60, 1.9), (60, 6.5), (58.9, 4), (58.85, 4)]
            .map { position($0.0, $0.1) }
        let elements = try #require(parseXML(Self.map(background: background).text()))
        let paths = elements.filter { $0.name == "path" }
        #expect(paths.map { $0.attributes["d"] } == ["M32.8 41.6h0M200.0 6.4h0M15.2 200.0h0M200.0 393.6h0"])
        #expect(paths.first?.attributes["stroke-linecap"] == "round")
        // Background positions do not move the map: same frame as without them.
        #expect(elements.first?.attributes["viewBox"] == "0 0 400.0 460.0")
    }

    @Test func sameInputSameBytes() {
        let background = (0..<50).map { position(59 + Double($0) / 25, 2 + Double($0) / 12.5) }
        #expect(Self.map(background: background).text() == Self.map(background: background).text())
    }

    /// WCAG 2.1 relative luminance (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance) and
    /// contrast ratio (L1 + 0.05) / (L2 + 0.05); white has L = 1.
    static func contrastWithWhite(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let components: [Int] = [value >> 16, (value >> 8) & 0xFF, value & 0xFF]
        let channels: [Double] = components.map { component in
            let c = Double(component) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return 1.05 / (luminance + 0.05)
    }

    // Worked example: #D55E00 → R 213/255 = 0.835 → 0.665, G 94/255 = 0.369 → 0.112, B 0;
    // L = 0.2126 × 0.665 + 0.7152 × 0.112 = 0.221; contrast 1.05 / 0.271 = 3.87.
    @Test func dayStylesAreDistinctAndContrastWithWhite() {
        let styles = TourMapDayStyle.all
        #expect(styles.count == 7)
        #expect(Set(styles.map(\.color)).count == 7)
        #expect(Set(styles.map { $0.dashArray ?? "solid" }).count == 7, "a dash pattern per day, for grey scale")
        #expect(abs(Self.contrastWithWhite("#D55E00") - 3.87) < 0.01)
        for style in styles {
            #expect(Self.contrastWithWhite(style.color) >= 3, "WCAG 1.4.11: \(style.color)")
        }
        #expect(TourMapDayStyle.forDay(7) == styles[0])
    }
}
