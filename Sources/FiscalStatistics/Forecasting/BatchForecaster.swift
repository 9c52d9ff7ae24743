import Dispatch
import Foundation

/// Forecasts many series at once, in parallel and deterministically.
///
/// Each series is forecast independently with ``Forecaster/forecast(_:horizon:method:options:)``,
/// which is a pure function of its input, and results are stored by input position, so the
/// output is identical for any number of threads.
public enum BatchForecaster {
    /// Forecasts every series.
    ///
    /// - Parameters:
    ///   - series: The histories, in the order results are wanted.
    ///   - horizon: Years ahead.
    ///   - method: The method for every series (default `auto`).
    ///   - options: Shared options.
    ///   - threads: Worker count; `nil` uses every active processor, 1 runs serially.
    /// - Returns: One result per input series, in input order; a series that cannot be
    ///   forecast gives its ``ForecastError`` rather than stopping the batch.
    /// - Complexity: O(total work / threads).
    public static func forecast(
        _ series: [AnnualSeries], horizon: Int, method: ForecastMethod = .auto,
        options: ForecastOptions = .init(), threads: Int? = nil
    ) -> [Result<Forecast, ForecastError>] {
        parallelMap(series, threads: threads) { item in
            Result { () throws(ForecastError) -> Forecast in
                try Forecaster.forecast(item, horizon: horizon, method: method, options: options)
            }
        }
    }

    /// Applies `transform` to every element on up to `threads` workers, keeping input order.
    package static func parallelMap<Element: Sendable, Output: Sendable>(
        _ items: [Element], threads: Int?, _ transform: @Sendable (Element) -> Output
    ) -> [Output] {
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, items.count))
        if workers == 1 { return items.map(transform) }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Strided assignment: worker w handles w, w + workers, …; slots are disjoint.
                var index = worker
                while index < items.count {
                    slots[index] = transform(items[index])
                    index += workers
                }
            }
        }
        return results.map { $0! }
    }
}
