import FiscalDisclosures
import FiscalStatistics

/// A yearly series of one metric for one agency or region, with the facts behind it.
struct TrendSeries {
    var name: String
    var metric: String
    var kind: DocumentKind
    var points: [(year: Int, value: Double, evidence: String)]

    var years: [Int] { points.map(\.year) }

    /// Compound annual growth from the first to the last point over the years between them
    /// (gaps allowed): (last / first)^(1 / (lastYear − firstYear)) − 1; nil unless both are positive.
    var compoundGrowth: Double? {
        guard let first = points.first, let last = points.last, last.year > first.year,
              first.value > 0, last.value > 0 else { return nil }
        return pow(last.value / first.value, 1 / Double(last.year - first.year)) - 1
    }

    /// The run of consecutive years ending at the last point (what the forecaster accepts).
    var consecutiveTail: [(year: Int, value: Double, evidence: String)] {
        var tail: [(year: Int, value: Double, evidence: String)] = []
        for point in points.reversed() {
            if let earliest = tail.first, earliest.year != point.year + 1 { break }
            tail.insert(point, at: 0)
        }
        return tail
    }

    /// A forecast of the consecutive tail with 80 % and 95 % intervals, or the reason there is none.
    func forecast(horizon: Int) -> Result<Forecast, ForecastError> {
        let tail = consecutiveTail
        do {
            let series = try AnnualSeries(years: tail.map(\.year), values: tail.map(\.value))
            return .success(try Forecaster.forecast(series, horizon: horizon))
        } catch {
            return .failure(error)
        }
    }
}

import Foundation

/// Trends per agency and per region: CAGR, forecasts with intervals, line charts.
enum TrendSection {
    static let metrics = [("sangong_total", "“三公”经费"), ("expenditure_total", "支出总计")]
    static let horizon = 3

    static func agencySeries(_ panel: Panel) -> [TrendSeries] {
        var result: [TrendSeries] = []
        let agencies = Array(Set(panel.rows.map(\.key.agency))).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let rowsByAgency = Dictionary(grouping: panel.rows, by: \.key.agency)
        for agency in agencies {
            for (metric, _) in metrics {
                for kind in [DocumentKind.final, .budget] {
                    let points = (rowsByAgency[agency] ?? []).filter { $0.key.kind == kind }.compactMap { row -> (Int, Double, String)? in
                        guard let fact = row.fact(metric) else { return nil }
                        return (row.key.year, fact.value.doubleValue, reference(fact))
                    }.sorted { $0.0 < $1.0 }
                    if points.count >= 2 {
                        result.append(TrendSeries(name: agency, metric: metric, kind: kind, points: points.map { ($0.0, $0.1, $0.2) }))
                        break
                    }
                }
            }
        }
        return result
    }

    /// Sums of `sangong_total` per region and year over the agencies reporting it (finals).
    static func regionSeries(_ panel: Panel) -> [(series: TrendSeries, agencies: [Int: Int])] {
        var sums: [String: [Int: (Double, Int)]] = [:]
        var references: [String: [Int: [String]]] = [:]
        for row in panel.rows where row.key.kind == .final {
            guard let region = row.region, let fact = row.fact("sangong_total") else { continue }
            let current = sums[region, default: [:]][row.key.year] ?? (0, 0)
            sums[region, default: [:]][row.key.year] = (current.0 + fact.value.doubleValue, current.1 + 1)
            references[region, default: [:]][row.key.year, default: []].append(reference(fact))
        }
        return sums.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap { region in
            let years = sums[region]!.keys.sorted()
            guard years.count >= 2 else { return nil }
            let points = years.map { (year: $0, value: sums[region]![$0]!.0, evidence: compactReferences(references[region]?[$0] ?? [])) }
            return (TrendSeries(name: region, metric: "sangong_total", kind: .final, points: points),
                    sums[region]!.mapValues(\.1))
        }
    }

    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        var md = "## Trends and forecasts\n\n"
        md += "Series use final accounts when an agency has at least two years of them, else budgets. "
        md += "CAGR = (last / first)^(1 / years between) − 1. Forecasts (\(horizon) years) come from the consecutive years "
        md += "ending with the latest, by FiscalStatistics' automatic method (naive for 2 years, Theta for 3–5, a DOTM/drift/damped-Holt "
        md += "combination for 6+), with 80 % and 95 % prediction intervals; the band drawn is the 95 % interval. Forecasts are shown to the whole yuan; "
        md += "the evidence column gives file:line of the first and last year's figures (`tables/trends.csv` has both; a file is named once, then its lines).\n\n"
        let series = agencySeries(context.ingest.panel)
        var table = ExportTable(name: "trends", columns: [
            "agency", "metric", "kind", "first_year", "last_year", "years", "first_value", "last_value", "cagr",
            "forecast_method", "forecast_year", "forecast", "lower_95", "upper_95", "first_evidence", "last_evidence",
        ])
        var forecasts: [Int: Forecast] = [:]
        for (index, s) in series.enumerated() {
            let forecast = try? s.forecast(horizon: horizon).get()
            forecasts[index] = forecast
            let interval = forecast?.interval(at: 95)
            table.rows.append([
                .text(s.name), .text(s.metric), .text(s.kind.rawValue), .integer(s.points.first!.year), .integer(s.points.last!.year),
                .integer(s.points.count), .number(s.points.first!.value, decimals: 2), .number(s.points.last!.value, decimals: 2),
                s.compoundGrowth.map { .number($0, decimals: 4) } ?? .empty,
                forecast.map { .text($0.method) } ?? .empty, forecast.map { .integer($0.startYear) } ?? .empty,
                forecast.map { .number($0.mean[0], decimals: 2) } ?? .empty,
                interval.map { .number($0.lower[0], decimals: 2) } ?? .empty, interval.map { .number($0.upper[0], decimals: 2) } ?? .empty,
                .text(s.points.first!.evidence), .text(s.points.last!.evidence),
            ])
        }
        artifacts.tables.append(table)
        if series.isEmpty {
            md += "No agency has a metric in two or more years.\n\n"
        } else {
            let shown = ExportTable(name: "trends", columns: ["agency", "metric", "kind", "years", "first (yuan)", "last (yuan)", "CAGR",
                                                              "next-year forecast (95 % interval)", "evidence (first; last year)"],
                                    rows: table.rows.map { row in
                                        let interval = row[12] == .empty ? "" : " (\(wholeYuan(row[12]))–\(wholeYuan(row[13])))"
                                        return [row[0], row[1], row[2], .text("\(row[3].plainText)–\(row[4].plainText)"),
                                                row[6].numericValue.map(yuanCell) ?? .empty, row[7].numericValue.map(yuanCell) ?? .empty,
                                                row[8].numericValue.map { .text(DisplayNumber.percent($0)) } ?? .empty,
                                                row[11] == .empty ? .empty : .text(wholeYuan(row[11]) + interval),
                                                .text(compactReferences([row[14].plainText, row[15].plainText]))]
                                    })
            md += MarkdownText.table(UnitCostSection.limited(shown, to: 40)) + "\n"
        }

        // Charts: the agencies with the longest “三公” series.
        let charted = series.indices.filter { series[$0].metric == "sangong_total" }
            .sorted { series[$0].points.count != series[$1].points.count ? series[$0].points.count > series[$1].points.count
                        : series[$0].name.utf8.lexicographicallyPrecedes(series[$1].name.utf8) }
            .prefix(context.chartLimit)
        if !charted.isEmpty {
            md += "### Agency charts\n\n"
            for index in charted {
                let s = series[index]
                let path = artifacts.addChart("trend-\(s.name)", svg: chart(s, forecast: forecasts[index]))
                md += "![\(MarkdownText.escaped(s.name)) “三公”经费](\(path))\n\n"
            }
        }

        let regions = regionSeries(context.ingest.panel)
        if !regions.isEmpty {
            md += "### Regions\n\n"
            md += "Sum of the “三公”经费 finals of the agencies of each region that disclosed that year (the set of agencies can change between years; the count of agencies summed is given in brackets). "
            md += "The evidence column gives file:line of every figure summed in the first and last year; `tables/region_trends.csv` has every year.\n\n"
            var regionTable = ExportTable(name: "region_trends", columns: ["region", "year", "agencies", "sangong_total", "evidence"])
            for (s, counts) in regions {
                for point in s.points {
                    regionTable.rows.append([.text(s.name), .integer(point.year), .integer(counts[point.year] ?? 0), .number(point.value, decimals: 2),
                                             .text(point.evidence)])
                }
            }
            artifacts.tables.append(regionTable)
            var summary = ExportTable(name: "region_summary", columns: ["region", "years", "first (yuan)", "last (yuan)", "CAGR", "evidence (first year; last year)"])
            for (s, counts) in regions {
                guard let first = s.points.first, let last = s.points.last else { continue }
                summary.rows.append([.text(s.name), .text("\(first.year)–\(last.year)"),
                                     .text("\(wholeYuanText(first.value)) (\(counts[first.year] ?? 0))"),
                                     .text("\(wholeYuanText(last.value)) (\(counts[last.year] ?? 0))"),
                                     s.compoundGrowth.map { .text(DisplayNumber.percent($0)) } ?? .empty,
                                     .text(compactReferences([first.evidence, last.evidence]))])
            }
            md += MarkdownText.table(UnitCostSection.limited(summary, to: 40)) + "\n"
            for (s, _) in regions.sorted(by: { $0.series.points.count > $1.series.points.count }).prefix(context.chartLimit / 2) {
                let path = artifacts.addChart("region-\(s.name)", svg: chart(s, forecast: try? s.forecast(horizon: horizon).get()))
                md += "![\(MarkdownText.escaped(s.name)) “三公”经费](\(path))\n\n"
            }
        }
        artifacts.sections.append(md)
    }

    static func chart(_ s: TrendSeries, forecast: Forecast?) -> String {
        let label = metrics.first { $0.0 == s.metric }?.1 ?? s.metric
        let kindLabel = s.kind == .final ? "决算" : "预算"
        var lines = [ChartSeries(label: kindLabel, points: s.points.map { ChartPoint(x: Double($0.year), y: $0.value) })]
        if let forecast, let interval = forecast.interval(at: 95), let last = s.points.last {
            var points = [ChartPoint(x: Double(last.year), y: last.value, lower: last.value, upper: last.value)]
            for (i, year) in forecast.years.enumerated() {
                points.append(ChartPoint(x: Double(year), y: forecast.mean[i], lower: interval.lower[i], upper: interval.upper[i]))
            }
            lines.append(ChartSeries(label: "预测 (95% 区间)", points: points, isDashed: true))
        }
        return SVGLineChart(title: "\(s.name) \(label) (\(kindLabel), 元)", xLabel: "年度", yLabel: "金额 (元)", series: lines).svg()
    }
}

extension ExportCell {
    /// Text with thousands separators for numbers.
    var plainTextGrouped: String {
        switch self {
        case .number(let v, let d): DisplayNumber.fixed(v, decimals: d, grouping: true)
        case .money(let fen): DisplayNumber.money(fen: fen, grouping: true)
        default: plainText
        }
    }
}

/// A number cell as whole yuan with thousands separators (for estimates such as forecasts).
func wholeYuan(_ cell: ExportCell) -> String {
    cell.numericValue.map { DisplayNumber.fixed($0, decimals: 0, grouping: true) } ?? cell.plainText
}

/// A yuan amount rounded to the whole yuan with thousands separators, or to the fen when it has fen.
func wholeYuanText(_ value: Double) -> String {
    DisplayNumber.fixed(value, decimals: value == value.rounded() ? 0 : 2, grouping: true)
}
