/// A map of a tour plan (a sales rep's days of visits) as a standalone SVG document, rendered on
/// the server: no script, no tiles, no network.
///
/// What is drawn, bottom to top:
/// - a white frame with a light grey border;
/// - ``background`` positions (typically the communes of the area) as small light-grey dots;
///   those outside the frame are left out, so passing a whole département costs nothing extra;
/// - one polyline per day that has stops: start → stops in the order given → start, in the
///   day's colour and dash pattern (seven styles, see `TourMapDayStyle`; both colour and dash
///   differ, so days stay apart in grey scale and for colour-blind readers);
/// - a numbered circle per stop (white disc, day-coloured ring, dark number) whose `<title>` is
///   the stop's label (a tooltip in browsers);
/// - the start as a dark square with its label written beside it;
/// - below the map, a legend in two columns: each day's line sample and label, in day order
///   (days without stops included).
///
/// Geometry: an equirectangular projection scaled by cos(mean latitude), fitted to the start
/// and the stops with a 24-unit margin (see `TourMapProjection`). The document is 400 units wide,
/// with a `viewBox` and no `width`/`height`, so it scales to its container: size it with CSS
/// (`width: 100%`); on a 390-pixel phone one unit is about one pixel.
///
/// Accessibility: `role="img"` with `aria-label` and a first-child `<title>`, both ``title``.
/// Every caller text is XML-escaped. Numbers are written with one decimal by a fixed formatter,
/// so the same plan always gives the same bytes.
public struct TourMapSVG: Sendable, Hashable {
    /// A labelled position: the start of every day's route.
    public struct Place: Sendable, Hashable {
        /// Where.
        public let position: LatLon
        /// Shown beside the marker, such as `Agence de Lyon`.
        public let label: String

        /// A place.
        public init(position: LatLon, label: String) {
            self.position = position
            self.label = label
        }
    }

    /// One visit of a day's route.
    public struct Stop: Sendable, Hashable {
        /// Where.
        public let position: LatLon
        /// The visit's name, shown as the marker's tooltip, such as `Boulangerie Lefèvre`.
        public let label: String
        /// The number written in the marker: usually the visit's rank in the day (1, 2, …) or
        /// across the week. One or two digits fit the marker best.
        public let number: Int

        /// A stop.
        public init(position: LatLon, label: String, number: Int) {
            self.position = position
            self.label = label
            self.number = number
        }
    }

    /// One day of the plan.
    public struct DayRoute: Sendable, Hashable {
        /// The legend text, such as `Lun. 07/12`; keep it under about 24 characters (two legend
        /// columns of 200 units).
        public let legendLabel: String
        /// The visits in driving order; may be empty (the day then has a legend entry only).
        public let stops: [Stop]

        /// A day.
        public init(legendLabel: String, stops: [Stop]) {
            self.legendLabel = legendLabel
            self.stops = stops
        }
    }

    /// The accessible name of the image (`aria-label` and `<title>`), such as
    /// `Tournée du 7 au 11 décembre 2026`.
    public let title: String
    /// Where every day starts and ends.
    public let start: Place
    /// The days, in the order of the legend and of the styles.
    public let routes: [DayRoute]
    /// Context positions drawn as dots; they do not widen the map.
    public let background: [LatLon]

    /// A map.
    /// - Parameters:
    ///   - title: The accessible name.
    ///   - start: The start and end of every route.
    ///   - routes: One entry per day; may be empty (the map then shows the start alone, in a box
    ///     about 2 km wide).
    ///   - background: Positions of context dots, such as the area's communes.
    public init(title: String, start: Place, routes: [DayRoute], background: [LatLon] = []) {
        self.title = title
        self.start = start
        self.routes = routes
        self.background = background
    }

    /// Radius of a background dot, in user units.
    static let backgroundDotRadius = 1.5
    /// Radius of a stop marker, in user units.
    static let markerRadius = 9.0
    /// Height of a legend row, in user units.
    static let legendRowHeight = 22.0
    /// Width of a legend column, in user units.
    static let legendColumnWidth = 200.0

    /// The projection fitted to the start and every stop.
    var projection: TourMapProjection {
        TourMapProjection(fitting: [start.position] + routes.flatMap { $0.stops.map(\.position) })
    }

    /// The SVG document, one element per line, `\n` line endings, no XML declaration (UTF-8 is
    /// the default), ready to be served as `image/svg+xml` or embedded in HTML.
    public func text() -> String {
        let projection = self.projection
        let legendRows = (routes.count + 1) / 2
        let legendHeight = routes.isEmpty ? 0 : 10 + Double(legendRows) * Self.legendRowHeight + 6
        let width = TourMapProjection.width
        let height = projection.frameHeight + legendHeight
        let escapedTitle = XMLText.escaped(title)

        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\""
                + " aria-label=\"\(escapedTitle)\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\""
                + " font-size=\"12\">",
            "<title>\(escapedTitle)</title>",
            "<rect x=\"0.5\" y=\"0.5\" width=\"\(n(width - 1))\" height=\"\(n(projection.frameHeight - 1))\""
                + " fill=\"#ffffff\" stroke=\"#d0d0d0\"/>",
        ]
        lines += backgroundLines(projection)
        for (index, route) in routes.enumerated() where !route.stops.isEmpty {
            lines.append(polylineLine(route, style: .forDay(index), projection: projection))
        }
        for (index, route) in routes.enumerated() {
            for stop in route.stops {
                lines.append(markerLine(stop, style: .forDay(index), projection: projection))
            }
        }
        lines += startLines(projection)
        for index in routes.indices {
            lines.append(legendLine(index, top: projection.frameHeight))
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One `<path>` of zero-length round-capped segments, one per visible background position
    /// (SVG 1.1 §11.4: a zero-length subpath is stroked when the cap is round, as a dot).
    private func backgroundLines(_ projection: TourMapProjection) -> [String] {
        let dots = background.map(projection.project).filter {
            projection.contains($0, inset: Self.backgroundDotRadius)
        }
        guard !dots.isEmpty else { return [] }
        let path = dots.map { "M\(n($0.x)) \(n($0.y))h0" }.joined()
        return ["<path d=\"\(path)\" fill=\"none\" stroke=\"#c4c4c4\" stroke-width=\"\(n(2 * Self.backgroundDotRadius))\""
            + " stroke-linecap=\"round\"/>"]
    }

    private func polylineLine(_ route: DayRoute, style: TourMapDayStyle, projection: TourMapProjection) -> String {
        let positions = [start.position] + route.stops.map(\.position) + [start.position]
        let points = positions.map(projection.project).map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        return "<polyline points=\"\(points)\" fill=\"none\" \(style.strokeAttributes) stroke-width=\"3\""
            + " stroke-linejoin=\"round\"/>"
    }

    private func markerLine(_ stop: Stop, style: TourMapDayStyle, projection: TourMapProjection) -> String {
        let (x, y) = projection.project(stop.position)
        return "<g><title>\(XMLText.escaped(stop.label))</title>"
            + "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(Self.markerRadius))\" fill=\"#ffffff\""
            + " stroke=\"\(style.color)\" stroke-width=\"2.5\"/>"
            + "<text x=\"\(n(x))\" y=\"\(n(y + 3.5))\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\""
            + " fill=\"#1a1a1a\">\(stop.number)</text></g>"
    }

    /// The start square (12 units) and its label, on the side of the map with more room.
    private func startLines(_ projection: TourMapProjection) -> [String] {
        let (x, y) = projection.project(start.position)
        let label = XMLText.escaped(start.label)
        let onLeftHalf = x <= TourMapProjection.width / 2
        let labelX = onLeftHalf ? x + 10 : x - 10
        return [
            "<g><title>\(label)</title><rect x=\"\(n(x - 6))\" y=\"\(n(y - 6))\" width=\"12.0\" height=\"12.0\""
                + " fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"1.5\"/></g>",
            "<text x=\"\(n(labelX))\" y=\"\(n(y + 4))\" text-anchor=\"\(onLeftHalf ? "start" : "end")\" font-weight=\"600\""
                + " fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(label)</text>",
        ]
    }

    /// A legend entry: a 36-unit line sample in the day's style and the label, two per row.
    private func legendLine(_ index: Int, top: Double) -> String {
        let style = TourMapDayStyle.forDay(index)
        let x = 12 + Double(index % 2) * Self.legendColumnWidth
        let y = top + 10 + Double(index / 2) * Self.legendRowHeight + Self.legendRowHeight / 2
        return "<g><line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 36))\" y2=\"\(n(y))\" \(style.strokeAttributes)"
            + " stroke-width=\"3\"/><text x=\"\(n(x + 44))\" y=\"\(n(y + 4))\" fill=\"#1a1a1a\">"
            + "\(XMLText.escaped(routes[index].legendLabel))</text></g>"
    }

    /// A coordinate in user units with one decimal.
    private func n(_ value: Double) -> String {
        FixedPointText.text(value, fractionDigits: 1)
    }
}
