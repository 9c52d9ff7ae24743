/// The number a CSV cell spells, if any.
package enum ParsedNumber: Equatable {
    case int(Int)
    case double(Double)
    /// Digits with a leading zero (`0123`, `007.5`): a code, kept as text.
    case code
    case notNumber
}

/// Parses numbers from raw UTF-8 bytes without creating strings.
package enum NumberParser {
    private static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Parses an optionally signed integer or decimal, with optional exponent, `NaN`, `inf`, and
    /// (when `allowsGrouping`) thousands commas in valid groups of three (`1,234,567.5`).
    ///
    /// Doubles with at most 15 significant digits and a decimal exponent within ±22 are computed
    /// exactly by one multiplication or division of exact values (Clinger's fast path, correctly
    /// rounded); others go through the standard library's correctly rounded parser.
    package static func parse(_ p: UnsafePointer<UInt8>, _ n: Int, allowsGrouping: Bool) -> ParsedNumber {
        var i = 0
        var negative = false
        if n == 0 { return .notNumber }
        if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        if i == n { return .notNumber }
        let c0 = p[i] | 0x20
        if c0 == UInt8(ascii: "n") || c0 == UInt8(ascii: "i") { return special(p + i, n - i, negative: negative) }
        var mantissa: UInt64 = 0
        var significant = 0      // digits held in `mantissa` from the first non-zero one
        var dropped = 0          // integer digits beyond 19 significant ones
        var intDigits = 0
        var firstIntDigit: UInt8 = 0
        var groupLength = 0      // digits since the last comma
        var sawComma = false
        while i < n {
            let c = p[i]
            if c >= 48 && c <= 57 {
                if intDigits == 0 { firstIntDigit = c }
                intDigits += 1
                groupLength += 1
                if mantissa == 0 && c == 48 {
                    // a leading zero carries no value
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(c - 48)
                    significant += 1
                } else {
                    dropped += 1
                }
                i += 1
            } else if c == UInt8(ascii: ",") && allowsGrouping {
                if intDigits == 0 || (sawComma ? groupLength != 3 : intDigits > 3) { return .notNumber }
                sawComma = true
                groupLength = 0
                i += 1
            } else {
                break
            }
        }
        if sawComma && groupLength != 3 { return .notNumber }
        if intDigits > 1 && firstIntDigit == 48 { return .code }
        var fracDigits = 0       // fraction digits that scale `mantissa`
        var fracSeen = 0
        var isDouble = false
        if i < n && p[i] == UInt8(ascii: ".") {
            isDouble = true
            i += 1
            while i < n, p[i] >= 48, p[i] <= 57 {
                let c = p[i]
                fracSeen += 1
                if mantissa == 0 && c == 48 {
                    fracDigits += 1
                } else if significant < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(c - 48)
                    significant += 1
                    fracDigits += 1
                } else {
                    significant += 1  // marks the value inexact for the fast path
                }
                i += 1
            }
        }
        // Neither integer nor fraction digits: `.`, `e5`, `-e5` are not numbers.
        if intDigits == 0 && fracSeen == 0 { return .notNumber }
        var exponent = 0
        if i < n && (p[i] | 0x20) == UInt8(ascii: "e") {
            isDouble = true
            i += 1
            var expNegative = false
            if i < n && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) {
                expNegative = p[i] == UInt8(ascii: "-")
                i += 1
            }
            var digits = 0
            while i < n, p[i] >= 48, p[i] <= 57 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[i] - 48) }
                digits += 1
                i += 1
            }
            if digits == 0 { return .notNumber }
            if expNegative { exponent = -exponent }
        }
        if i != n { return .notNumber }
        if !isDouble {
            if dropped > 0 || mantissa > UInt64(Int.max) + (negative ? 1 : 0) { return .code }
            if negative {
                return .int(mantissa == UInt64(Int.max) + 1 ? Int.min : -Int(mantissa))
            }
            return .int(Int(mantissa))
        }
        let scale = exponent - fracDigits + dropped
        if significant <= 15 && mantissa < (1 << 53) && scale >= -22 && scale <= 22 {
            var value = Double(mantissa)
            value = scale < 0 ? value / exactPowers[-scale] : value * exactPowers[scale]
            return .double(negative ? -value : value)
        }
        let text = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        let cleaned = sawComma ? text.replacingOccurrences(of: ",", with: "") : text
        guard let value = Double(cleaned) else { return .notNumber }
        return .double(value)
    }

    private static func special(_ p: UnsafePointer<UInt8>, _ n: Int, negative: Bool) -> ParsedNumber {
        var lower = [UInt8]()
        for i in 0..<n { lower.append(p[i] | 0x20) }
        switch lower {
        case Array("nan".utf8): return .double(.nan)
        case Array("inf".utf8), Array("infinity".utf8): return .double(negative ? -.infinity : .infinity)
        default: return .notNumber
        }
    }

    /// Rewrites full-width digits, signs, point and comma (`０`–`９`, `－`, `＋`, `．`, `，`) to
    /// ASCII into `buffer`. Returns `false` when the bytes hold any other non-ASCII character.
    package static func normalizeFullWidth(_ p: UnsafePointer<UInt8>, _ n: Int, into buffer: inout [UInt8]) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        var i = 0
        while i < n {
            let c = p[i]
            if c < 0x80 {
                buffer.append(c)
                i += 1
            } else if c == 0xEF && i + 2 < n && p[i + 1] == 0xBC && (0x8B...0x99).contains(p[i + 2]) {
                // U+FF0B…U+FF19: ＋ ， － ． ／ ０…９ map to U+002B…U+0039.
                let ascii = p[i + 2] - 0x8B + 0x2B
                if ascii == UInt8(ascii: "/") { return false }
                buffer.append(ascii)
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
