import Foundation

/// Formats numbers for people, independently of the process locale.
///
/// `Double.description` prints `210.0` and `1e-05`; these helpers print fixed decimals with a
/// `.` separator and optional thousands commas, always the same bytes on every machine.
public enum DisplayNumber {
    /// `value` rounded half away from zero to `decimals` places: `fixed(75.9656, decimals: 2)`
    /// is `"75.97"`. Non-finite values print as `"—"`.
    public static func fixed(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        let decimals = max(0, min(decimals, 12))
        let scale = pow(10.0, Double(decimals))
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(format: "%.\(decimals)f", value) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        let fraction = units % divisor
        var text = grouping ? grouped(String(whole)) : String(whole)
        if decimals > 0 {
            var fractionText = String(fraction)
            while fractionText.count < decimals { fractionText = "0" + fractionText }
            text += "." + fractionText
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// Exact yuan from fen: `money(fen: 3540000)` is `"35400"`, `money(fen: 7597)` is `"75.97"`.
    public static func money(fen: Int64, grouping: Bool = false) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let whole = grouping ? grouped(String(magnitude / 100)) : String(magnitude / 100)
        let cents = magnitude % 100
        if cents == 0 { return sign + whole }
        return sign + whole + "." + (cents < 10 ? "0\(cents)" : (cents % 10 == 0 ? "\(cents / 10)" : "\(cents)"))
    }

    /// A percentage with one decimal: `percent(0.0712)` is `"7.1%"`.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard fraction.isFinite else { return "—" }
        return fixed(fraction * 100, decimals: decimals) + "%"
    }

    /// Inserts thousands commas into a run of digits.
    static func grouped(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
