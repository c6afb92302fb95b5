import Foundation

/// A horizontal bar chart drawn as SVG on the server (no JavaScript), readable on a phone.
///
/// Bars are scaled to the largest value; each bar has its label and its count as text, and the
/// chart carries a title and a description for screen readers.
struct BarChart: Sendable {
    let title: String
    /// (label, value) pairs, drawn top to bottom.
    let bars: [(label: String, value: Int)]
    let formatValue: @Sendable (Int) -> String

    static let width = 640.0
    static let barHeight = 22.0
    static let gap = 6.0
    static let labelWidth = 220.0
    static let valueWidth = 70.0

    func svg() -> String {
        let maxValue = max(bars.map(\.value).max() ?? 0, 1)
        let plotWidth = Self.width - Self.labelWidth - Self.valueWidth
        let height = Double(bars.count) * (Self.barHeight + Self.gap) + Self.gap
        var parts: [String] = []
        parts.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\">")
        parts.append("<title id=\"\(id)-title\">\(escape(title))</title>")
        for (index, bar) in bars.enumerated() {
            let y = Self.gap + Double(index) * (Self.barHeight + Self.gap)
            let length = max(plotWidth * Double(bar.value) / Double(maxValue), bar.value > 0 ? 1 : 0)
            let textY = y + Self.barHeight * 0.72
            parts.append("<g class=\"bar\">")
            parts.append("<text x=\"\(format(Self.labelWidth - 8))\" y=\"\(format(textY))\" text-anchor=\"end\">\(escape(truncated(bar.label)))</text>")
            parts.append("<rect x=\"\(format(Self.labelWidth))\" y=\"\(format(y))\" width=\"\(format(length))\" height=\"\(format(Self.barHeight))\" rx=\"3\"><title>\(escape(bar.label)) : \(escape(formatValue(bar.value)))</title></rect>")
            parts.append("<text class=\"value\" x=\"\(format(Self.labelWidth + length + 6))\" y=\"\(format(textY))\">\(escape(formatValue(bar.value)))</text>")
            parts.append("</g>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    private var id: String {
        "chart-" + String(title.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.prefix(24)).lowercased()
    }

    private func truncated(_ label: String) -> String {
        label.count > 30 ? String(label.prefix(29)) + "…" : label
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
