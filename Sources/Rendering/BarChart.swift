import Foundation
import Templates

/// A horizontal bar chart drawn as inline SVG at build time: one row per label, each bar made of one
/// segment per series (stacked), the row's total at its end, and a legend when there is more than one
/// series (each key patterned like its segments). No script. The SVG is an image (`role="img"`) named by
/// its `<title>` and described by its `<desc>`; the page puts the same numbers beside it as a table, which
/// is the text alternative.
/// Every text is escaped here, since the SVG goes into the page as it is.
struct BarChart: Sendable {
    struct Series: Sendable {
        let name: String
        /// A class the stylesheet colours (`series-african`); the SVG fills a grey without it.
        let cssClass: String
        /// Marks over the colour, so that the series of a stacked bar differ in shape too.
        var pattern: ChartPattern? = nil
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
        parts.append(HTMLTag.open("svg", ["class": "bar-chart", "xmlns": "http://www.w3.org/2000/svg",
                                          "viewBox": "0 0 \(Self.number(width)) \(Self.number(height))", "width": "100%",
                                          "role": "img", "aria-labelledby": "\(id)-title \(id)-desc"]))
        parts.append(HTMLTag.open("title", ["id": "\(id)-title"]) + "\(HTMLEscaping.escape(title))</title>")
        parts.append(HTMLTag.open("desc", ["id": "\(id)-desc"]) + "\(HTMLEscaping.escape(description))</desc>")
        let patterned = series.filter { $0.pattern != nil }
        if !patterned.isEmpty {
            parts.append("<defs>" + patterned.map { item in
                item.pattern.map { $0.definition(id: patternID(item), cssClass: item.cssClass) } ?? ""
            }.joined() + "</defs>")
        }
        for (position, row) in rows.enumerated() {
            let top = Double(position) * rowHeight + 2
            let middle = Self.number(top + barHeight / 2)
            parts.append(text(row.label, cssClass: "chart-label", x: labelWidth - 6, y: middle, anchor: "end"))
            var left = labelWidth
            for (index, value) in row.values.enumerated() where value > 0 {
                let length = barArea * Double(value) / Double(maximum)
                let item = index < series.count ? series[index] : nil
                parts.append(bar(row.cssClass.map { Series(name: "", cssClass: $0) } ?? item, x: left, y: top, width: length, height: barHeight))
                left += length
            }
            parts.append(text(String(row.total), cssClass: "chart-value", x: left + 4, y: middle))
        }
        let legendTop = Double(rows.count) * rowHeight + 10
        for (index, item) in legend.enumerated() {
            let x = index % 2 == 0 ? 0.0 : width / 2
            let y = legendTop + Double(index / 2) * legendRowHeight
            parts.append(bar(item, x: x, y: y, width: 12, height: 12))
            parts.append(text(item.name, cssClass: "chart-legend", x: x + 17, y: Self.number(y + 6)))
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private func patternID(_ series: Series) -> String {
        "\(id)-\(series.cssClass)"
    }

    /// A bar (or a legend's key) of `series`: filled with its pattern when it has one, else coloured by its class.
    private func bar(_ series: Series?, x: Double, y: Double, width: Double, height: Double) -> String {
        let fill = series?.pattern != nil ? series.map { "url(#\(patternID($0)))" } : nil
        let cssClass = fill == nil ? "bar \(series?.cssClass ?? "series-other")" : "bar"
        return HTMLTag.open("rect", ["class": cssClass, "x": Self.number(x), "y": Self.number(y), "width": Self.number(width),
                                     "height": Self.number(height), "fill": fill ?? "#767676"]) + "</rect>"
    }

    private func text(_ content: String, cssClass: String, x: Double, y: String, anchor: String? = nil) -> String {
        HTMLTag.open("text", ["class": cssClass, "x": Self.number(x), "y": y, "text-anchor": anchor, "dominant-baseline": "central"])
            + HTMLEscaping.escape(content) + "</text>"
    }

    /// A coordinate without needless decimals: 132, 57.5.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
