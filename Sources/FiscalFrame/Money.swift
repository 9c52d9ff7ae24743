/// An exact amount of money in integer fen (1 yuan = 100 fen).
///
/// Disclosures state amounts in 万元 with two decimals (i.e. to the hundred yuan), in 元, or in
/// 亿元. Holding them as integer fen keeps every reported sum exact; convert to `Double` only
/// inside models.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The amount in fen (hundredths of a yuan).
    public var fen: Int64

    /// Creates an amount from a count of fen.
    public init(fen: Int64) { self.fen = fen }

    /// Creates an amount from whole yuan.
    public init(yuan: Int64) { self.fen = yuan * 100 }

    /// Parses a plain decimal such as `"2941.59"`, `"-0.13"` or `"25,422.73"` and scales it by
    /// `multiplier` yuan per unit (10,000 for 万元). Returns `nil` when the text is not a decimal
    /// number or the result does not fit, or when the scaled value is not a whole number of fen.
    ///
    /// - Parameters:
    ///   - decimalText: ASCII digits with an optional sign, decimal point and thousands commas.
    ///   - multiplier: yuan per stated unit (1, 1,000, 10,000 or 100,000,000).
    public init?(decimalText: some StringProtocol, multiplier: Int64 = 1) {
        var negative = false
        var integerPart: Int64 = 0
        var fraction: [Int64] = []
        var seenDigit = false
        var seenPoint = false
        // Byte by byte: every accepted character is one ASCII byte, and any other byte (of a
        // non-ASCII or combined character) rejects the text, as it would character by character.
        let utf8 = decimalText.utf8
        var index = utf8.startIndex
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
            negative = utf8[index] == UInt8(ascii: "-")
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            let c = utf8[index]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                let d = Int64(c - UInt8(ascii: "0"))
                seenDigit = true
                if seenPoint {
                    fraction.append(d)
                } else {
                    let (m, o1) = integerPart.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(d)
                    if o1 || o2 { return nil }
                    integerPart = s
                }
            } else if c == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if c == UInt8(ascii: ",") && !seenPoint {
                // thousands separator
            } else {
                return nil
            }
            index = utf8.index(after: index)
        }
        guard seenDigit else { return nil }
        // value = (integerPart + fraction) * multiplier * 100 fen, exactly.
        let scale = multiplier.multipliedReportingOverflow(by: 100)
        guard !scale.overflow else { return nil }
        var total = integerPart.multipliedReportingOverflow(by: scale.partialValue)
        guard !total.overflow else { return nil }
        var denominator: Int64 = 1
        var fractionValue: Int64 = 0
        for d in fraction {
            let (dm, o) = denominator.multipliedReportingOverflow(by: 10)
            if o { return nil }
            denominator = dm
            fractionValue = fractionValue * 10 + d
        }
        if fractionValue != 0 {
            let (num, o) = fractionValue.multipliedReportingOverflow(by: scale.partialValue)
            guard !o, num % denominator == 0 else { return nil }
            total = total.partialValue.addingReportingOverflow(num / denominator)
            guard !total.overflow else { return nil }
        }
        fen = negative ? -total.partialValue : total.partialValue
    }

    /// The amount in yuan as a `Double` (for models and ratios).
    public var yuan: Double { Double(fen) / 100 }

    /// Exact decimal text in yuan: `"29415900"`, `"75.97"`, `"-1300"`.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        if cents == 0 { return "\(sign)\(whole)" }
        let centsText = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return "\(sign)\(whole).\(centsText)"
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static prefix func - (value: Money) -> Money { Money(fen: -value.fen) }
    public static let zero = Money(fen: 0)
}
