/// How one day's route is drawn on a ``TourMapSVG``: a stroke colour and a dash pattern.
///
/// Seven styles, then they repeat (a rep's week has at most six working days). Colours: the
/// first four from M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and
/// presentations that are friendly to colorblind people" (2008), the next two from P. Tol,
/// "Colour Schemes" (SRON technical note SRON/EPS/TN/09-002, "muted" scheme), then black; each
/// has a contrast ratio of at least 3:1 against the white map (WCAG 2.1 success criterion 1.4.11,
/// non-text contrast). Colours alone do not survive grey-scale printing or every colour-vision
/// deficiency, so every style also has its own dash pattern, shown in the legend.
struct TourMapDayStyle: Sendable, Equatable {
    /// `#RRGGBB` stroke colour.
    let color: String
    /// SVG `stroke-dasharray` lengths in user units, or `nil` for a solid line.
    let dashArray: String?

    /// The styles in the order days are given.
    static let all: [TourMapDayStyle] = [
        TourMapDayStyle(color: "#0072B2", dashArray: nil),                // blue, solid
        TourMapDayStyle(color: "#D55E00", dashArray: "9 5"),              // vermillion, dashed
        TourMapDayStyle(color: "#009E73", dashArray: "2 4"),              // bluish green, dotted
        TourMapDayStyle(color: "#CC79A7", dashArray: "12 4 3 4"),         // reddish purple, dash-dot
        TourMapDayStyle(color: "#332288", dashArray: "18 6"),             // indigo, long dash
        TourMapDayStyle(color: "#882255", dashArray: "12 4 3 4 3 4"),     // wine, dash-dot-dot
        TourMapDayStyle(color: "#000000", dashArray: "5 3"),              // black, short dash
    ]

    /// The style of the day at `index` (0-based), cycling through ``all``.
    static func forDay(_ index: Int) -> TourMapDayStyle {
        all[index % all.count]
    }

    /// The `stroke` attribute and, when dashed, the `stroke-dasharray` attribute.
    var strokeAttributes: String {
        "stroke=\"\(color)\"" + (dashArray.map { " stroke-dasharray=\"\($0)\"" } ?? "")
    }
}
