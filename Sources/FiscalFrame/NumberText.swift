/// Locale-independent number text for CSV cells and printed tables.
package enum NumberText {
    /// The shortest text that reads back as exactly `value`, written without an exponent when
    /// the decimal exponent lies in -7...20: `210`, `0.1`, `0.00001`, `1.5e+300`, `NaN`, `inf`.
    package static func plain(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = value.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        guard let exponent = Int(text[text.index(after: e)...]), (-7...20).contains(exponent) else {
            return text
        }
        var mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        var fracPart = parts.count > 1 ? String(parts[1]) : ""
        if fracPart == "0" { fracPart = "" }
        var digits = intPart + fracPart
        var point = intPart.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point >= digits.count {
            digits += String(repeating: "0", count: point - digits.count)
            return (negative ? "-" : "") + digits
        }
        let split = digits.index(digits.startIndex, offsetBy: point)
        var result = String(digits[..<split]) + "." + String(digits[split...])
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return (negative ? "-" : "") + result
    }

    /// Fixed-point text with `digits` decimals and optional thousands grouping, for people.
    package static func fixed(_ value: Double, digits: Int, grouping: Bool = false) -> String {
        if !value.isFinite { return plain(value) }
        let scale = pow10(digits)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return plain(value) }
        let n = Int64(scaled)
        let whole = n / Int64(scale)
        let fraction = n % Int64(scale)
        var wholeText = String(whole)
        if grouping {
            var grouped = ""
            for (i, ch) in wholeText.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            wholeText = String(grouped.reversed())
        }
        let sign = value < 0 && n != 0 ? "-" : ""
        if digits == 0 { return sign + wholeText }
        var fractionText = String(fraction)
        fractionText = String(repeating: "0", count: digits - fractionText.count) + fractionText
        return sign + wholeText + "." + fractionText
    }

    private static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<max(0, n) { p *= 10 }
        return p
    }
}
