import ArgumentParser
import FiscalFrame
import FiscalStatistics
import Foundation

/// `fiscal trend`: growth and trend lines for every series of a long table.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Year-over-year change, CAGR and trend lines with confidence intervals per series.",
        discussion: """
            The CSV needs a year column and the value column named by --metric (or 'metric' and \
            'value' columns). --by names the columns identifying each series (agency, region, \
            type, …); --sum adds up rows of one group and year, for group totals. The summary \
            gives the linear slope per year and the log-linear growth rate with intervals, and \
            lists the known breaks (vehicle reform, COVID, …) inside each series' years. \
            --yearly prints one row per series and year instead: value, change, change %, and \
            share of the yearly total over all series.
            """)

    @Argument(help: "The long CSV file.")
    var panel: String

    @Option(help: "The value column (or metric name in long form).")
    var metric: String

    @Option(help: "Comma-separated columns identifying each series.")
    var by: String?

    @Option(name: .customLong("year-column"), help: "The year column.")
    var yearColumn: String = "year"

    @Flag(help: "Sum rows of the same group and year.")
    var sum = false

    @Option(help: "Confidence level of the trend intervals, in percent.")
    var level: Double = 95

    @Option(name: .customLong("break"), help: "A break year, as YEAR, YEAR:exclude or YEAR:level-shift.")
    var breakSpec: String?

    @Flag(help: "One row per series and year (change, change %, share) instead of the summary.")
    var yearly = false

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    func validate() throws {
        guard level > 0, level < 100 else { throw ValidationError("--level must be between 0 and 100") }
    }

    func run() throws {
        let groups = splitColumns(by)
        let treatment = try breakSpec.map(parseBreak)
        let frame = try CSVReader.read(contentsOfFile: panel).frame
        let series = try PanelSeries.extract(from: frame, metric: metric, yearColumn: yearColumn, by: groups,
                                             summingDuplicates: sum)
        let table = yearly ? yearlyTable(series, groups: groups) : summaryTable(series, groups: groups, treatment: treatment)
        print(table.render(format), terminator: "")
        if format != .json { table.writeNotes() }
    }

    func summaryTable(_ series: [KeyedSeries], groups: [String], treatment: BreakTreatment?) -> OutputTable {
        let tag = formatLevel(level)
        var table = OutputTable(columns: groups + [
            "first_year", "last_year", "first", "last", "change_pct", "cagr_pct",
            "slope", "slope_lo\(tag)", "slope_hi\(tag)", "r2", "growth_pct", "growth_lo\(tag)", "growth_hi\(tag)", "breaks",
        ])
        for item in series {
            let label = item.key.isEmpty ? metric : item.key.joined(separator: "/")
            for note in item.notes { table.notes.append("\(label): \(note)") }
            let s = item.series
            guard let first = s.values.first, let last = s.values.last else { continue }
            var row: [OutputTable.Cell] = item.key.map { .text($0) }
            row += [.integer(s.startYear), .integer(s.endYear), .number(first), .number(last)]
            row.append(first == 0 ? .empty : .number(100 * (last - first) / abs(first)))
            row.append((try? GrowthMeasures.compoundAnnualGrowth(s)).map { .number($0) } ?? .empty)
            do {
                let line = try TrendLine.fit(s, scale: .linear, level: level, structuralBreak: treatment)
                row += [.number(line.slope), .number(line.slopeInterval.lowerBound),
                        .number(line.slopeInterval.upperBound), .number(line.rSquared)]
            } catch {
                row += [.empty, .empty, .empty, .empty]
                table.notes.append("\(label): no linear trend: \(error)")
            }
            if let line = try? TrendLine.fit(s, scale: .logarithmic, level: level, structuralBreak: treatment) {
                let interval = line.growthInterval
                row += [.number(line.growthPercent), .number(interval.lowerBound), .number(interval.upperBound)]
            } else {
                row += [.empty, .empty, .empty]
            }
            let breaks = KnownBreak.breaks(for: metric, within: s.startYear...s.endYear)
            row.append(.text(breaks.map { "\($0.year) \($0.id)" }.joined(separator: "; ")))
            table.rows.append(row)
        }
        return table
    }

    func yearlyTable(_ series: [KeyedSeries], groups: [String]) -> OutputTable {
        var table = OutputTable(columns: groups + ["year", "value", "change", "change_pct", "share_pct", "break"])
        var shares: [[String]: [Int: Double]] = [:]
        for share in GrowthMeasures.shares(series) { shares[share.key, default: [:]][share.year] = share.percent }
        for item in series {
            let label = item.key.isEmpty ? metric : item.key.joined(separator: "/")
            for note in item.notes { table.notes.append("\(label): \(note)") }
            let changes = Dictionary(uniqueKeysWithValues: GrowthMeasures.yearOverYear(item.series).map { ($0.year, $0) })
            let breaks = Dictionary(KnownBreak.breaks(for: metric, within: item.series.startYear...item.series.endYear)
                .map { ($0.year, $0.id) }, uniquingKeysWith: { a, b in a + "; " + b })
            for (year, value) in zip(item.series.years, item.series.values) {
                var row: [OutputTable.Cell] = item.key.map { .text($0) }
                row += [.integer(year), .number(value)]
                if let change = changes[year] {
                    row.append(.number(change.change))
                    row.append(change.percent.map { .number($0) } ?? .empty)
                } else {
                    row += [.empty, .empty]
                }
                row.append(shares[item.key]?[year].map { .number($0) } ?? .empty)
                row.append(.text(breaks[year] ?? ""))
                table.rows.append(row)
            }
        }
        return table
    }
}
