import ArgumentParser
import FiscalFrame
import FiscalStatistics
import Foundation

/// `fiscal forecast`: point forecasts and prediction intervals for every series of a long table.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast each series of a long CSV with prediction intervals.",
        discussion: """
            The CSV needs a year column and the value column named by --metric (or, in the panel's \
            long form, 'metric' and 'value' columns). --by names the columns identifying each \
            series. Output columns: the --by columns, year, forecast, lo/hi per level, method.
            Methods: \(ForecastMethod.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Argument(help: "The long CSV file.")
    var panel: String

    @Option(help: "The value column (or metric name in long form).")
    var metric: String

    @Option(help: "Years to forecast.")
    var horizon: Int = 3

    @Option(help: "Forecast method.")
    var method: String = "auto"

    @Option(help: "Comma-separated interval levels in percent.")
    var level: String = "80,95"

    @Option(help: "Comma-separated columns identifying each series.")
    var by: String?

    @Option(name: .customLong("year-column"), help: "The year column.")
    var yearColumn: String = "year"

    @Option(name: .customLong("break"), help: "A break year, as YEAR or YEAR:exclude or YEAR:level-shift.")
    var breakSpec: String?

    @Flag(name: .customLong("allow-negative"), help: "Do not floor forecasts at zero (for values that may be negative).")
    var allowsNegative = false

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(help: "Worker threads (default: all processors); results do not depend on it.")
    var threads: Int?

    @Flag(name: .customLong("final-from-budget"),
          help: "Predict the final (决算) figure of budgeted years without one, from past final/budget ratios.")
    var predictsFinalFromBudget = false

    @Option(name: .customLong("kind-column"), help: "With --final-from-budget: the column reading budget or final.")
    var kindColumn: String = "kind"

    @Flag(help: "Print rolling-origin sMAPE and MASE per series and method instead of forecasts.")
    var backtest = false

    func validate() throws {
        guard (1...Forecaster.maximumHorizon).contains(horizon) else {
            throw ValidationError("--horizon must be between 1 and \(Forecaster.maximumHorizon)")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let method = try ForecastMethod(parsing: self.method)
        let levels = try parseLevels(level)
        let groups = splitColumns(by)
        let options = ForecastOptions(levels: levels, isNonNegative: !allowsNegative,
                                      structuralBreak: try breakSpec.map(parseBreak))
        let frame = try CSVReader.read(contentsOfFile: panel).frame
        if predictsFinalFromBudget {
            try runFinalFromBudget(frame, groups: groups, levels: levels)
            return
        }
        let series = try PanelSeries.extract(from: frame, metric: metric, yearColumn: yearColumn, by: groups)
        if backtest {
            printBacktest(series, groups: groups, options: options)
            return
        }
        let results = BatchForecaster.forecast(series.map(\.series), horizon: horizon, method: method,
                                               options: options, threads: threads)
        var table = OutputTable(columns: groups + ["year", "forecast"]
            + levels.flatMap { ["lo\(formatLevel($0))", "hi\(formatLevel($0))"] } + ["method"])
        var failures = 0
        var breakCounts: [String: Int] = [:], breakOrder: [String] = []
        for (item, result) in zip(series, results) {
            let label = item.key.isEmpty ? metric : item.key.joined(separator: "/")
            for note in item.notes { table.notes.append("\(label): \(note)") }
            if options.structuralBreak == nil, item.series.count > 0 {
                let known = KnownBreak.breaks(for: metric, within: item.series.startYear...item.series.endYear)
                    .map { "\($0.year) \($0.id)" }.joined(separator: ", ")
                if !known.isEmpty {
                    if breakCounts[known] == nil { breakOrder.append(known) }
                    breakCounts[known, default: 0] += 1
                }
            }
            switch result {
            case .failure(let error):
                failures += 1
                table.notes.append("\(label): not forecast: \(error)")
            case .success(let forecast):
                for note in forecast.notes { table.notes.append("\(label): \(note)") }
                for step in 0..<forecast.horizon {
                    var row: [OutputTable.Cell] = item.key.map { .text($0) }
                    row.append(.integer(forecast.startYear + step))
                    row.append(.number(forecast.mean[step]))
                    for interval in forecast.intervals {
                        row.append(.number(interval.lower[step]))
                        row.append(.number(interval.upper[step]))
                    }
                    row.append(.text(forecast.method))
                    table.rows.append(row)
                }
            }
        }
        for known in breakOrder {
            let count = breakCounts[known] ?? 0
            table.notes.append("known breaks inside \(count) series: \(known); --break YEAR[:exclude|level-shift] treats one")
        }
        print(table.render(format), terminator: "")
        if format != .json { table.writeNotes() }
        if failures == series.count { throw ExitCode(1) }
    }
}

extension ForecastCommand {
    func printBacktest(_ series: [KeyedSeries], groups: [String], options: ForecastOptions) {
        let candidates = Backtest.defaultCandidates + [.ses, .holt, .ets]
        let reports = BatchForecaster.parallelMap(series, threads: threads) { item in
            Backtest.evaluate(item.series, methods: candidates, horizon: horizon,
                              minimumTraining: max(3, item.series.count / 2), options: options)
        }
        var table = OutputTable(columns: groups + ["method", "smape", "mase", "origins", "best"])
        for (item, report) in zip(series, reports) {
            let label = item.key.isEmpty ? metric : item.key.joined(separator: "/")
            if report.scores.isEmpty { table.notes.append("\(label): too short to backtest") }
            for score in report.scores {
                var row: [OutputTable.Cell] = item.key.map { .text($0) }
                row += [.text(score.method.rawValue), .number(score.sMAPE), .number(score.mase), .integer(score.origins),
                        .text(score.method == report.best ? "yes" : "")]
                table.rows.append(row)
            }
        }
        print(table.render(format), terminator: "")
        if format != .json { table.writeNotes() }
    }

    func runFinalFromBudget(_ frame: DataFrame, groups: [String], levels: [Double]) throws {
        let pairs = try BudgetExecution.pairs(from: frame, metric: metric, yearColumn: yearColumn,
                                              kindColumn: kindColumn, by: groups)
        var table = OutputTable(columns: groups + ["year", "budget", "forecast"]
            + levels.flatMap { ["lo\(formatLevel($0))", "hi\(formatLevel($0))"] } + ["method"])
        var predicted = 0
        for item in pairs {
            let label = item.key.isEmpty ? metric : item.key.joined(separator: "/")
            if item.pending.isEmpty { table.notes.append("\(label): every budgeted year has its final"); continue }
            for (year, budget) in item.pending {
                do {
                    let p = try BudgetExecution.predictFinal(budget: budget, year: year, history: item.history, levels: levels)
                    for note in p.notes { table.notes.append("\(label) \(year): \(note)") }
                    var row: [OutputTable.Cell] = item.key.map { .text($0) }
                    row += [.integer(year), .number(budget), .number(p.final)]
                    for level in levels {
                        if let interval = p.intervals.first(where: { $0.level == level }) {
                            row += [.number(interval.lower[0]), .number(interval.upper[0])]
                        } else {
                            row += [.empty, .empty]
                        }
                    }
                    row.append(.text("final/budget ratio (\(p.historyCount) year\(p.historyCount == 1 ? "" : "s"))"))
                    table.rows.append(row)
                    predicted += 1
                } catch {
                    table.notes.append("\(label) \(year): not predicted: \(error)")
                }
            }
        }
        print(table.render(format), terminator: "")
        if format != .json { table.writeNotes() }
        if predicted == 0 { throw ExitCode(1) }
    }
}

/// Parses `80,95` into levels in (0, 100).
func parseLevels(_ text: String) throws -> [Double] {
    let levels = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard !levels.isEmpty else { throw ValidationError("--level needs at least one level") }
    return try levels.map { item in
        guard let value = Double(item), value > 0, value < 100 else {
            throw ValidationError("--level: '\(item)' is not a level between 0 and 100")
        }
        return value
    }
}

/// Parses `2016`, `2016:exclude` or `2016:level-shift`.
func parseBreak(_ text: String) throws -> BreakTreatment {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard let year = parts.first.flatMap({ Int($0) }) else {
        throw ValidationError("--break: '\(text)' should be YEAR, YEAR:exclude or YEAR:level-shift")
    }
    guard parts.count == 2 else { return BreakTreatment(year: year, mode: .levelShift) }
    guard let mode = BreakTreatment.Mode(rawValue: parts[1]) else {
        throw ValidationError("--break: unknown treatment '\(parts[1])' (use exclude or level-shift)")
    }
    return BreakTreatment(year: year, mode: mode)
}

func splitColumns(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

func formatLevel(_ level: Double) -> String {
    level == level.rounded() ? String(Int(level)) : OutputTable.decimal(level, digits: 1)
}
