import Foundation
import Templates

/// A horizontal bar chart drawn as inline SVG at build time: one row per label, each bar made of one
/// segment per series (stacked), the row's total at its end, and a legend when there is more than one
/// series. No script. The SVG is an image (`role="img"`) named by its `<title>` and described by its
/// `<desc>`; the page puts the same numbers beside it as a table, which is the text alternative.
/// Every text is escaped here, since the SVG goes into the page as it is.
struct BarChart: Sendable {
    struct Series: Sendable {
        let name: String
        /// A class the stylesheet colours (`series-african`); the SVG fills a grey without it.
        let cssClass: String
    }

    struct Row: Sendable {
        let label: String
        /// One value per series, in the series' order.
        let values: [Int]
        /// The row's own colour, for a chart of one series whose bars are each a group's.
        var cssClass: String? = nil
        var total: Int { values.reduce(0, +) }
    }

    let id: String
    let title: String
    let description: String
    let series: [Series]
    let rows: [Row]

    // A width that phones show at about its own size, so that the text stays readable.
    private let width = 360.0
    private let labelWidth = 150.0
    private let valueWidth = 34.0
    private let rowHeight = 26.0
    private let barHeight = 16.0
    private let legendRowHeight = 20.0

    var svg: String {
        let maximum = max(rows.map(\.total).max() ?? 0, 1)
        let barArea = width - labelWidth - valueWidth
        let legend = series.count > 1 ? series : []
        let legendHeight = Double((legend.count + 1) / 2) * legendRowHeight + (legend.isEmpty ? 0 : 6)
        let height = Double(rows.count) * rowHeight + legendHeight + 4
        var parts: [String] = []
        parts.append("<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" "
                     + "width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">")
        parts.append("<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title>")
        parts.append("<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>")
        for (position, row) in rows.enumerated() {
            let top = Double(position) * rowHeight + 2
            let middle = top + barHeight / 2
            parts.append("<text class=\"chart-label\" x=\"\(Self.number(labelWidth - 6))\" y=\"\(Self.number(middle))\" "
                         + "text-anchor=\"end\" dominant-baseline=\"central\">\(HTMLEscaping.escape(row.label))</text>")
            var left = labelWidth
            for (index, value) in row.values.enumerated() where value > 0 {
                let length = barArea * Double(value) / Double(maximum)
                let cssClass = row.cssClass ?? (index < series.count ? series[index].cssClass : "series-other")
                parts.append("<rect class=\"bar \(cssClass)\" x=\"\(Self.number(left))\" y=\"\(Self.number(top))\" "
                             + "width=\"\(Self.number(length))\" height=\"\(Self.number(barHeight))\" fill=\"#767676\"/>")
                left += length
            }
            parts.append("<text class=\"chart-value\" x=\"\(Self.number(left + 4))\" y=\"\(Self.number(middle))\" "
                         + "dominant-baseline=\"central\">\(row.total)</text>")
        }
        let legendTop = Double(rows.count) * rowHeight + 10
        for (index, item) in legend.enumerated() {
            let x = index % 2 == 0 ? 0.0 : width / 2
            let y = legendTop + Double(index / 2) * legendRowHeight
            parts.append("<rect class=\"bar \(item.cssClass)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"12\" height=\"12\" fill=\"#767676\"/>")
            parts.append("<text class=\"chart-legend\" x=\"\(Self.number(x + 17))\" y=\"\(Self.number(y + 6))\" "
                         + "dominant-baseline=\"central\">\(HTMLEscaping.escape(item.name))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// A coordinate without needless decimals: 132, 57.5.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
