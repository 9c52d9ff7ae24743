/// The forecasting methods FiscalLens offers.
///
/// `auto` is the default: a combination of several models for series long enough to
/// fit them, stepping down to simpler methods for short series and to a two-part forecast for
/// series that are often zero (see ``Forecaster``).
public enum ForecastMethod: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The combination with fallbacks (the default).
    case auto
    /// The last value, repeated.
    case naive
    /// The last value plus the average yearly change.
    case drift
    /// Simple exponential smoothing, ETS(A,N,N).
    case ses
    /// Holt's linear trend, ETS(A,A,N).
    case holt
    /// Damped-trend Holt, ETS(A,Ad,N).
    case damped
    /// The standard Theta method.
    case theta
    /// The dynamic optimised Theta model.
    case dotm
    /// The ETS family (additive and multiplicative error; no, additive, damped trend) chosen by AICc.
    case ets
    /// ARIMA(p,d,q) with d by KPSS tests and p, q ≤ 2 and the constant by AICc (see ``ArimaModel``).
    case arima
    /// Mean of DOTM, drift and damped Holt, without the fallbacks of `auto`.
    case combination
    /// Two-part forecast: probability of a non-zero year times its expected size.
    case twoPart = "two-part"
    /// The method among ``Backtest/defaultCandidates`` with the best rolling-origin MASE on
    /// this series (needs at least 8 years; `auto` below that).
    case backtest

    public var description: String { rawValue }

    /// Parses a method name (case-insensitive; `holt-damped`, `damped-holt` accepted for `damped`).
    ///
    /// - Throws: ``ForecastError/unknownMethod(_:)``.
    public init(parsing name: String) throws(ForecastError) {
        let key = name.lowercased()
        switch key {
        case "holt-damped", "damped-holt", "dampedholt": self = .damped
        case "twopart", "two_part": self = .twoPart
        case "combo", "median": self = .combination
        default:
            guard let method = ForecastMethod(rawValue: key) else { throw .unknownMethod(name) }
            self = method
        }
    }
}
