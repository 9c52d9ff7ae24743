/// One line of a line chart: points by x (a year), optionally with an interval band.
public struct ChartSeries: Sendable, Hashable {
    public var label: String
    public var points: [ChartPoint]
    /// Drawn dashed (a forecast) rather than solid.
    public var isDashed: Bool

    public init(label: String, points: [ChartPoint], isDashed: Bool = false) {
        self.label = label
        self.points = points
        self.isDashed = isDashed
    }
}

/// A point with an optional interval (lower, upper) drawn as a shaded band.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var lower: Double?
    public var upper: Double?

    public init(x: Double, y: Double, lower: Double? = nil, upper: Double? = nil) {
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
    }
}

/// Shared SVG pieces: fonts that render Chinese, fixed number formatting, nice axis ticks.
enum SVGStyle {
    static let fontFamily = "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]

    static func header(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"\(fontFamily)\" font-size=\"12\" role=\"img\" aria-label=\"\(XMLText.escaped(title))\">\n"
            + "<title>\(XMLText.escaped(title))</title>\n"
            + "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
            + "<text x=\"\(width / 2)\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">\(XMLText.escaped(title))</text>\n"
    }

    /// Coordinates with two decimals, so output is byte-stable.
    static func c(_ value: Double) -> String { DisplayNumber.fixed(value, decimals: 2) }

    /// Round tick values from the last multiple of the step at or below `low` to the first at
    /// or above `high` (about `count` intervals), so the axis ends on a labelled tick.
    static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard high > low, low.isFinite, high.isFinite else { return [low] }
        let rawStep = (high - low) / Double(max(count, 1))
        let magnitude = pow(10, floor(log10(rawStep)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rawStep } ?? rawStep
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        guard last - first < 1000 else { return [low, high] }
        return stride(from: first, through: last, by: 1).map { $0 * step }
    }

    /// Compact axis labels: 1,250 / 3.5万 / 1.2亿 for yuan-sized values.
    static func axisLabel(_ value: Double) -> String {
        let a = abs(value)
        if a >= 1e8 { return DisplayNumber.fixed(value / 1e8, decimals: a >= 1e9 ? 0 : 1) + "亿" }
        if a >= 1e4 { return DisplayNumber.fixed(value / 1e4, decimals: a >= 1e5 ? 0 : 1) + "万" }
        if a >= 100 || value == value.rounded() { return DisplayNumber.fixed(value, decimals: 0, grouping: true) }
        return DisplayNumber.fixed(value, decimals: 2)
    }
}

import Foundation
