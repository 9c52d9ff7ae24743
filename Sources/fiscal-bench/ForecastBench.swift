// The M3 yearly accuracy workload: `fiscal-bench m3 PATH [--validate] [--threads N] [--only NAMES]`.
//
// Reads the long M3 file (series_id,category,t,value,is_holdout), forecasts every series
// h = 6 years ahead with the default method and each named method, and prints one JSON line
// per method with sMAPE, MASE, interval coverage and the seconds taken.
// With --validate the holdout is dropped and the last 6 training years are forecast instead
// (the rolling-origin check used to design the default without looking at the holdout).
import FiscalStatistics
import Foundation

enum ForecastBench {
    struct Item: Sendable {
        var id: String
        var training: [Double]
        var holdout: [Double]
    }

    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else {
            throw BenchError("usage: fiscal-bench m3 PATH [--validate] [--threads N] [--only a;b]")
        }
        let validate = arguments.contains("--validate")
        var threads = 1
        if let index = arguments.firstIndex(of: "--threads"), index + 1 < arguments.count,
           let value = Int(arguments[index + 1]) { threads = value }
        var only: Set<String>?
        if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
            only = Set(arguments[index + 1].split(separator: ";").map(String.init))
        }
        var items = try load(path)
        if validate {
            items = items.compactMap { item in
                guard item.training.count >= 6 + 6 else { return nil }
                return Item(id: item.id, training: Array(item.training.dropLast(6)), holdout: Array(item.training.suffix(6)))
            }
        }
        var variants: [(String, @Sendable ([Double]) throws -> Forecast)] = ForecastMethod.allCases
            .filter { $0 != .twoPart && ($0 != .backtest || only != nil) }
            .map { method in (method.rawValue, { y in try forecast(y, method: method) }) }
        for (name, members, useLog, usesMean) in experimentalCombinations {
            let mixture = name.hasPrefix("mixture")
            variants.append((name, { y in try combination(y, members: members, useLog: useLog, usesMean: usesMean, mixture: mixture) }))
        }
        for (name, make) in variants where only?.contains(name) ?? true {
            let started = DispatchTime.now()
            let forecasts = BatchForecaster.parallelMap(items, threads: threads) { item in Result { try make(item.training) } }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            var smape = 0.0, mase = 0.0, cover80 = 0.0, cover95 = 0.0, count = 0.0, failures = 0
            for (item, result) in zip(items, forecasts) {
                guard case .success(let f) = result,
                      let s = ForecastAccuracy.sMAPE(actual: item.holdout, forecast: f.mean),
                      let m = ForecastAccuracy.mase(actual: item.holdout, forecast: f.mean, history: item.training)
                else { failures += 1; continue }
                smape += s; mase += m; count += 1
                if let i = f.interval(at: 80) { cover80 += ForecastAccuracy.coverage(actual: item.holdout, lower: i.lower, upper: i.upper) ?? 0 }
                if let i = f.interval(at: 95) { cover95 += ForecastAccuracy.coverage(actual: item.holdout, lower: i.lower, upper: i.upper) ?? 0 }
            }
            let fields = [
                "\"workload\": \"m3\"", "\"method\": \"\(name)\"", "\"validate\": \(validate)",
                "\"series\": \(items.count)", "\"failures\": \(failures)", "\"threads\": \(threads)",
                "\"smape\": \(format(smape / count))", "\"mase\": \(format(mase / count))",
                "\"coverage80\": \(format(100 * cover80 / count))", "\"coverage95\": \(format(100 * cover95 / count))",
                "\"seconds\": \(format(seconds, digits: 4))",
            ]
            print("{" + fields.joined(separator: ", ") + "}")
        }
    }

    static func forecast(_ y: [Double], method: ForecastMethod) throws -> Forecast {
        try Forecaster.forecast(AnnualSeries(startYear: 1, values: y), horizon: 6, method: method)
    }

    static func combination(_ y: [Double], members: [Components.Kind], useLog: Bool, usesMean: Bool, mixture: Bool = false) throws -> Forecast {
        let component = try Components.combination(y, horizon: 6, members: members, useLog: useLog, usesMean: usesMean,
                                                   usesMixtureVariance: mixture)
        return Forecast(method: component.name, startYear: y.count + 1, mean: component.point.map { max(0, $0) }, intervals: [80, 95].map {
            let b = component.bounds(level: $0)
            return PredictionInterval(level: $0, lower: b.lower, upper: b.upper)
        })
    }

    /// Candidate designs compared under --validate.
    static let experimentalCombinations: [(String, [Components.Kind], Bool, Bool)] = [
        ("median: ets, damped, dotm", [.ets, .damped, .dotm], false, false),
        ("median: dotm, drift, ets", [.dotm, .drift, .ets], false, false),
        ("mean: dotm, drift", [.dotm, .drift], false, true),
        ("mean: dotm, drift, ets", [.dotm, .drift, .ets], false, true),
        ("mean: dotm, drift, damped, ets", [.dotm, .drift, .damped, .ets], false, true),
        ("mean: dotm, drift, theta", [.dotm, .drift, .theta], false, true),
        ("mean: dotm, drift, damped, theta", [.dotm, .drift, .damped, .theta], false, true),
        ("mean: log dotm, drift, damped", [.dotm, .drift, .damped], true, true),
        ("mixture: dotm, drift, damped", [.dotm, .drift, .damped], false, true),
        ("mixture: dotm, drift, damped, arima", [.dotm, .drift, .damped, .arima], false, true),
        ("mixture: dotm, ets, arima", [.dotm, .ets, .arima], false, true),
        ("mixture: dotm, drift, damped, ets, arima", [.dotm, .drift, .damped, .ets, .arima], false, true),
        ("median: dotm, drift, damped, ets, arima", [.dotm, .drift, .damped, .ets, .arima], false, false),
    ]

    static func load(_ path: String) throws -> [Item] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var items: [Item] = []
        var index: [String: Int] = [:]
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 5, let value = Double(fields[3]) else {
                throw BenchError("\(path):\(number + 1): expected series_id,category,t,value,is_holdout")
            }
            let id = String(fields[0])
            if index[id] == nil { index[id] = items.count; items.append(Item(id: id, training: [], holdout: [])) }
            if fields[4] == "1" { items[index[id]!].holdout.append(value) } else { items[index[id]!].training.append(value) }
        }
        return items
    }

    static func format(_ value: Double, digits: Int = 3) -> String {
        value.isFinite ? value.formatted(.number.precision(.fractionLength(digits)).grouping(.never).locale(Locale(identifier: "en_US_POSIX"))) : "null"
    }
}

