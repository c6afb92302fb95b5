import Foundation

/// A horizontal bar chart drawn as SVG on the server (no JavaScript).
///
/// Each bar has its label on a line of its own above it and its value at its end, so the chart is
/// only 360 units wide: on a 390-pixel phone it is drawn at about its own size and the 13-unit text
/// stays readable. The chart carries a title for screen readers.
struct BarChart: Sendable {
    let title: String
    /// (label, value) pairs, drawn top to bottom.
    let bars: [(label: String, value: Int)]
    let formatValue: @Sendable (Int) -> String

    static let width = 360.0
    static let labelHeight = 16.0
    static let barHeight = 14.0
    static let gap = 8.0
    static let valueWidth = 64.0

    func svg() -> String {
        let maxValue = max(bars.map(\.value).max() ?? 0, 1)
        let plotWidth = Self.width - Self.valueWidth
        let rowHeight = Self.labelHeight + Self.barHeight + Self.gap
        let height = Double(bars.count) * rowHeight + Self.gap
        var parts: [String] = []
        parts.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">")
        parts.append("<title id=\"\(id)-title\">\(escape(title))</title>")
        for (index, bar) in bars.enumerated() {
            let top = Self.gap + Double(index) * rowHeight
            let barY = top + Self.labelHeight
            let length = max(plotWidth * Double(bar.value) / Double(maxValue), bar.value > 0 ? 1 : 0)
            parts.append("<g class=\"bar\">")
            parts.append("<text x=\"0\" y=\"\(format(top + 12))\">\(escape(truncated(bar.label)))</text>")
            parts.append("<rect x=\"0\" y=\"\(format(barY))\" width=\"\(format(length))\" height=\"\(format(Self.barHeight))\" rx=\"3\"><title>\(escape(bar.label)) : \(escape(formatValue(bar.value)))</title></rect>")
            parts.append("<text class=\"value\" x=\"\(format(length + 6))\" y=\"\(format(barY + 11.5))\">\(escape(formatValue(bar.value)))</text>")
            parts.append("</g>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    private var id: String {
        "chart-" + String(title.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.prefix(24)).lowercased()
    }

    /// Labels longer than the chart's width (about 48 characters at 13 units) are cut with "…".
    private func truncated(_ label: String) -> String {
        label.count > 48 ? String(label.prefix(47)) + "…" : label
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
