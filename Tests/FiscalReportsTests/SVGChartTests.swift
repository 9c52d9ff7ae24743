import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FiscalReports

@Suite struct SVGChartTests {
    static let line = SVGLineChart(
        title: "溧阳市信访局 “三公”经费 & <forecast>", xLabel: "年度", yLabel: "元",
        series: [
            ChartSeries(label: "决算", points: [
                ChartPoint(x: 2012, y: 61_000), ChartPoint(x: 2013, y: 52_000), ChartPoint(x: 2014, y: 45_000),
            ]),
            ChartSeries(label: "预测 95%", points: [
                ChartPoint(x: 2014, y: 45_000, lower: 45_000, upper: 45_000),
                ChartPoint(x: 2015, y: 38_000, lower: 30_000, upper: 46_000),
                ChartPoint(x: 2016, y: 31_000, lower: 20_000, upper: 42_000),
            ], isDashed: true),
        ])

    @Test func lineChartMatchesGolden() throws {
        #expect(try matchesGolden(Self.line.svg(), "golden/line.svg"))
    }

    @Test func lineChartIsWellFormedEscapedAndCJKReady() throws {
        let svg = Self.line.svg()
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
        #expect(svg.contains("Noto Sans CJK SC"))
        #expect(svg.contains("WenQuanYi"))
        #expect(svg.contains("&amp; &lt;forecast&gt;"))
        #expect(svg.contains("<polygon"), "the interval band is drawn")
        #expect(svg.contains("stroke-dasharray"), "the forecast is dashed")
    }

    @Test func barChartMatchesGolden() throws {
        let chart = SVGBarChart(title: "“三公”经费 per resident", valueLabel: "元/人", bars: [
            ("廊坊市", 3.5), ("溧阳市", 1.25), ("<script>", .nan),
        ])
        let svg = chart.svg()
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(try matchesGolden(svg, "golden/bar.svg"))
    }

    @Test func emptyChartSaysNoData() {
        let svg = SVGLineChart(title: "t", xLabel: "x", yLabel: "y", series: []).svg()
        #expect(svg.contains("无数据"))
    }

    @Test func ticksAreRound() {
        #expect(SVGStyle.ticks(low: 0, high: 61_000) == [0, 20_000, 40_000, 60_000, 80_000])
        #expect(SVGStyle.ticks(low: 0, high: 60_000) == [0, 20_000, 40_000, 60_000])
        #expect(SVGStyle.ticks(low: 0, high: 2_759_100) == [0, 1_000_000, 2_000_000, 3_000_000])
        #expect(SVGStyle.axisLabel(45_000) == "4.5万")
        #expect(SVGStyle.axisLabel(250_000_000) == "2.5亿")
    }
}
