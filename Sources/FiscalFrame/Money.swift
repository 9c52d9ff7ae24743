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
    /// - Complexity: O(n) in the UTF-8 length of the text, read byte by byte.
    public init?(decimalText: some StringProtocol, multiplier: Int64 = 1) {
        let utf8 = decimalText.utf8
        let parsed = utf8.withContiguousStorageIfAvailable { Money.fen(decimalUTF8: $0, multiplier: multiplier) }
        guard let fen = parsed ?? Array(utf8).withUnsafeBufferPointer({ Money.fen(decimalUTF8: $0, multiplier: multiplier) })
        else { return nil }
        self.fen = fen
    }

    /// The fen of the decimal in `bytes` scaled by `multiplier`, or nil (see `init(decimalText:multiplier:)`).
    ///
    /// Every byte must be an ASCII digit, a comma before the decimal point or the one point, after
    /// an optional leading sign; any other byte (including the lead byte of a non-ASCII scalar)
    /// rejects the text.
    private static func fen(decimalUTF8 bytes: UnsafeBufferPointer<UInt8>, multiplier: Int64) -> Int64? {
        var negative = false
        var integerPart: Int64 = 0
        var fractionValue: Int64 = 0
        var denominator: Int64 = 1
        var seenDigit = false
        var seenPoint = false
        var index = 0
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let d = Int64(byte &- UInt8(ascii: "0"))
                seenDigit = true
                if seenPoint {
                    let (dm, o) = denominator.multipliedReportingOverflow(by: 10)
                    if o { return nil }
                    denominator = dm
                    fractionValue = fractionValue * 10 + d
                } else {
                    let (m, o1) = integerPart.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(d)
                    if o1 || o2 { return nil }
                    integerPart = s
                }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: ",") && !seenPoint {
                // thousands separator
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        // value = (integerPart + fractionValue / denominator) * multiplier * 100 fen, exactly.
        let scale = multiplier.multipliedReportingOverflow(by: 100)
        guard !scale.overflow else { return nil }
        var total = integerPart.multipliedReportingOverflow(by: scale.partialValue)
        guard !total.overflow else { return nil }
        if fractionValue != 0 {
            let (num, o) = fractionValue.multipliedReportingOverflow(by: scale.partialValue)
            guard !o, num % denominator == 0 else { return nil }
            total = total.partialValue.addingReportingOverflow(num / denominator)
            guard !total.overflow else { return nil }
        }
        return negative ? -total.partialValue : total.partialValue
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
