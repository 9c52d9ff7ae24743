import Foundation

/// A horizontal bar chart in SVG (ranked comparisons), deterministic and CJK-ready.
public struct SVGBarChart: Sendable {
    public var title: String
    public var valueLabel: String
    /// Bars from top to bottom: a label and a non-negative value.
    public var bars: [(label: String, value: Double)]
    public var width = 720

    public init(title: String, valueLabel: String, bars: [(label: String, value: Double)]) {
        self.title = title
        self.valueLabel = valueLabel
        self.bars = bars
    }

    /// The SVG document.
    public func svg() -> String {
        let barHeight = 22.0, gap = 6.0, top = 40.0, labelWidth = 230.0
        let height = Int(top + Double(bars.count) * (barHeight + gap) + 45)
        var out = SVGStyle.header(width: width, height: height, title: title)
        let finite = bars.filter { $0.value.isFinite }
        let maximum = max(finite.map(\.value).max() ?? 1, 1e-12)
        let left = labelWidth + 10, right = Double(width) - 90
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * (barHeight + gap)
            let color = SVGStyle.palette[0]
            out += "<text x=\"\(SVGStyle.c(labelWidth))\" y=\"\(SVGStyle.c(y + 15))\" text-anchor=\"end\">\(XMLText.escaped(bar.label))</text>\n"
            guard bar.value.isFinite else { continue }
            let w = max(0, bar.value) / maximum * (right - left)
            out += "<rect x=\"\(SVGStyle.c(left))\" y=\"\(SVGStyle.c(y))\" width=\"\(SVGStyle.c(w))\" height=\"\(SVGStyle.c(barHeight))\" fill=\"\(color)\"/>\n"
            out += "<text x=\"\(SVGStyle.c(left + w + 4))\" y=\"\(SVGStyle.c(y + 15))\">\(XMLText.escaped(SVGStyle.axisLabel(bar.value)))</text>\n"
        }
        out += "<text x=\"\(SVGStyle.c((left + right) / 2))\" y=\"\(height - 12)\" text-anchor=\"middle\">\(XMLText.escaped(valueLabel))</text>\n"
        return out + "</svg>\n"
    }
}
