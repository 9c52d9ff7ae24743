import Foundation

/// A line chart in SVG: years on x, values on y, interval bands shaded, forecasts dashed.
///
/// Output is deterministic (coordinates rounded to 0.01) and self-contained; text is
/// XML-escaped and set in a font list that renders Chinese (Noto Sans CJK, WenQuanYi, then
/// the system sans-serif).
public struct SVGLineChart: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [ChartSeries]
    public var width = 720
    public var height = 400

    public init(title: String, xLabel: String, yLabel: String, series: [ChartSeries]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
    }

    /// The SVG document.
    public func svg() -> String {
        let left = 80.0, right = Double(width) - 170, top = 40.0, bottom = Double(height) - 55
        let points = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        var out = SVGStyle.header(width: width, height: height, title: title)
        guard !points.isEmpty else {
            out += "<text x=\"\(width / 2)\" y=\"\(height / 2)\" text-anchor=\"middle\">无数据 (no data)</text>\n</svg>\n"
            return out
        }
        let ys = points.flatMap { [$0.y, $0.lower ?? $0.y, $0.upper ?? $0.y] }.filter(\.isFinite)
        var yLow = min(0, ys.min() ?? 0), yHigh = ys.max() ?? 1
        if yHigh <= yLow { yHigh = yLow + 1 }
        let yTicks = SVGStyle.ticks(low: yLow, high: yHigh)
        yLow = min(yLow, yTicks.first ?? yLow)
        yHigh = max(yHigh, yTicks.last ?? yHigh)
        var xLow = points.map(\.x).min() ?? 0, xHigh = points.map(\.x).max() ?? 1
        if xHigh <= xLow { xLow -= 1; xHigh += 1 }
        func px(_ x: Double) -> Double { left + (x - xLow) / (xHigh - xLow) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (y - yLow) / (yHigh - yLow) * (bottom - top) }

        out += "<g stroke=\"#cccccc\" stroke-width=\"1\">\n"
        for t in yTicks {
            out += "<line x1=\"\(SVGStyle.c(left))\" y1=\"\(SVGStyle.c(py(t)))\" x2=\"\(SVGStyle.c(right))\" y2=\"\(SVGStyle.c(py(t)))\"/>\n"
        }
        out += "</g>\n<g text-anchor=\"end\">\n"
        for t in yTicks {
            out += "<text x=\"\(SVGStyle.c(left - 6))\" y=\"\(SVGStyle.c(py(t) + 4))\">\(XMLText.escaped(SVGStyle.axisLabel(t)))</text>\n"
        }
        out += "</g>\n<g text-anchor=\"middle\">\n"
        let years = Set(points.map { $0.x.rounded() }).sorted()
        let stride = max(1, years.count / 10)
        for (i, year) in years.enumerated() where i % stride == 0 {
            out += "<text x=\"\(SVGStyle.c(px(year)))\" y=\"\(SVGStyle.c(bottom + 18))\">\(Int(year))</text>\n"
        }
        out += "</g>\n"
        out += "<line x1=\"\(SVGStyle.c(left))\" y1=\"\(SVGStyle.c(bottom))\" x2=\"\(SVGStyle.c(right))\" y2=\"\(SVGStyle.c(bottom))\" stroke=\"#333333\"/>\n"
        out += "<line x1=\"\(SVGStyle.c(left))\" y1=\"\(SVGStyle.c(top))\" x2=\"\(SVGStyle.c(left))\" y2=\"\(SVGStyle.c(bottom))\" stroke=\"#333333\"/>\n"
        out += "<text x=\"\(SVGStyle.c((left + right) / 2))\" y=\"\(height - 12)\" text-anchor=\"middle\">\(XMLText.escaped(xLabel))</text>\n"
        out += "<text x=\"16\" y=\"\(SVGStyle.c((top + bottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(SVGStyle.c((top + bottom) / 2)))\">\(XMLText.escaped(yLabel))</text>\n"

        for (index, line) in series.enumerated() {
            let color = SVGStyle.palette[index % SVGStyle.palette.count]
            let valid = line.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x }
            let banded = valid.filter { $0.lower?.isFinite == true && $0.upper?.isFinite == true }
            if banded.count >= 1 {
                var path = banded.map { "\(SVGStyle.c(px($0.x))),\(SVGStyle.c(py($0.upper!)))" }
                path += banded.reversed().map { "\(SVGStyle.c(px($0.x))),\(SVGStyle.c(py($0.lower!)))" }
                if banded.count == 1 {
                    let p = banded[0]
                    out += "<line x1=\"\(SVGStyle.c(px(p.x)))\" y1=\"\(SVGStyle.c(py(p.lower!)))\" x2=\"\(SVGStyle.c(px(p.x)))\" y2=\"\(SVGStyle.c(py(p.upper!)))\" stroke=\"\(color)\" stroke-opacity=\"0.4\" stroke-width=\"6\"/>\n"
                } else {
                    out += "<polygon points=\"\(path.joined(separator: " "))\" fill=\"\(color)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
                }
            }
            let coordinates = valid.map { "\(SVGStyle.c(px($0.x))),\(SVGStyle.c(py($0.y)))" }.joined(separator: " ")
            let dash = line.isDashed ? " stroke-dasharray=\"6 4\"" : ""
            if valid.count > 1 {
                out += "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>\n"
            }
            for p in valid {
                out += "<circle cx=\"\(SVGStyle.c(px(p.x)))\" cy=\"\(SVGStyle.c(py(p.y)))\" r=\"3\" fill=\"\(color)\"/>\n"
            }
            let ly = top + 10 + Double(index) * 18
            out += "<line x1=\"\(SVGStyle.c(right + 12))\" y1=\"\(SVGStyle.c(ly))\" x2=\"\(SVGStyle.c(right + 32))\" y2=\"\(SVGStyle.c(ly))\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>\n"
            out += "<text x=\"\(SVGStyle.c(right + 38))\" y=\"\(SVGStyle.c(ly + 4))\">\(XMLText.escaped(line.label))</text>\n"
        }
        return out + "</svg>\n"
    }
}
