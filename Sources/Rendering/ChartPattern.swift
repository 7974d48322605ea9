/// The marks over a series' colour in a bar chart, so that the series differ in shape as well as in
/// colour: in print, in greyscale and for readers who do not tell the colours apart. Drawn as an SVG
/// `<pattern>` of 6 × 6 units: the series' colour (its class), then white marks.
enum ChartPattern: Sendable, CaseIterable {
    case solid, diagonal, dots, horizontal, crosshatch

    private static let size = "6"

    /// The marks' path, or nil for plain colour.
    private var marks: (path: String, cssClass: String)? {
        switch self {
        case .solid: return nil
        case .diagonal: return ("M-1 1L1-1M0 6L6 0M5 7L7 5", "hatch")
        case .dots: return ("M1.5 1.5h2v2h-2z", "hatch-dot")
        case .horizontal: return ("M0 3H6", "hatch")
        case .crosshatch: return ("M0 0L6 6M6 0L0 6", "hatch")
        }
    }

    /// `<pattern id="…">`: the colour of `cssClass` (grey without the stylesheet) under the marks.
    func definition(id: String, cssClass: String) -> String {
        var parts = [
            HTMLTag.open("pattern", ["id": id, "patternUnits": "userSpaceOnUse", "width": Self.size, "height": Self.size]),
            HTMLTag.open("rect", ["class": cssClass, "width": Self.size, "height": Self.size, "fill": "#767676"]) + "</rect>",
        ]
        if let marks {
            parts.append(HTMLTag.open("path", ["class": marks.cssClass, "d": marks.path]) + "</path>")
        }
        parts.append("</pattern>")
        return parts.joined()
    }
}
