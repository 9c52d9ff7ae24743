import Foundation

/// Which significant digits a Benford test looks at.
public enum BenfordDigitTest: String, Sendable, Hashable, CaseIterable, Codable {
    /// The first significant digit, 1–9.
    case firstDigit = "first"
    /// The second significant digit, 0–9.
    case secondDigit = "second"
    /// The first two significant digits, 10–99.
    case firstTwoDigits = "first_two"

    /// The digit values the test counts.
    public var digits: ClosedRange<Int> {
        switch self {
        case .firstDigit: 1...9
        case .secondDigit: 0...9
        case .firstTwoDigits: 10...99
        }
    }

    /// Benford's probability of `digit`: `log₁₀(1 + 1/d)` for first and first-two digits,
    /// `Σₖ log₁₀(1 + 1/(10k + d))` over k = 1…9 for the second digit.
    public func expectedProportion(of digit: Int) -> Double {
        switch self {
        case .firstDigit, .firstTwoDigits:
            return Foundation.log10(1 + 1 / Double(digit))
        case .secondDigit:
            var sum = 0.0
            for k in 1...9 { sum += Foundation.log10(1 + 1 / Double(10 * k + digit)) }
            return sum
        }
    }

    /// Nigrini's (2012, Table 7.1) upper bounds of the close, acceptable and marginally
    /// acceptable conformity bands for the mean absolute deviation.
    public var conformityBounds: (close: Double, acceptable: Double, marginal: Double) {
        switch self {
        case .firstDigit: (0.006, 0.012, 0.015)
        case .secondDigit: (0.008, 0.010, 0.012)
        case .firstTwoDigits: (0.0012, 0.0018, 0.0022)
        }
    }

    /// The digit this test takes from an amount, or nil for zero and non-finite amounts.
    public func digit(of amount: Double) -> Int? {
        guard let digits = BenfordDigitTest.leadingSignificantDigits(of: amount) else { return nil }
        switch self {
        case .firstDigit: return digits / 10
        case .secondDigit: return digits % 10
        case .firstTwoDigits: return digits
        }
    }

    /// The first two significant digits (10…99) of `amount`'s shortest decimal text, padded
    /// with a zero for one-digit amounts: 0.35 → 35, 8 → 80, 6e+05 → 60.
    static func leadingSignificantDigits(of amount: Double) -> Int? {
        guard amount.isFinite, amount != 0 else { return nil }
        var result = 0
        var taken = 0
        // Double.description is the shortest text that round-trips, so the digits are those of
        // the decimal the amount was read from.
        for character in abs(amount).description.utf8 {
            if character == UInt8(ascii: "e") || character == UInt8(ascii: "E") { break }
            guard character >= UInt8(ascii: "0"), character <= UInt8(ascii: "9") else { continue }
            let d = Int(character - UInt8(ascii: "0"))
            if taken == 0 && d == 0 { continue }
            result = result * 10 + d
            taken += 1
            if taken == 2 { break }
        }
        if taken == 0 { return nil }
        return taken == 1 ? result * 10 : result
    }
}

/// Nigrini's conformity verdict for a mean absolute deviation.
public enum BenfordConformity: String, Sendable, Hashable, Codable, CaseIterable {
    case close = "close conformity"
    case acceptable = "acceptable conformity"
    case marginal = "marginally acceptable conformity"
    case nonconformity
}

/// The observed and expected frequency of one digit.
public struct BenfordDigitCount: Sendable, Hashable {
    public var digit: Int
    public var observed: Int
    /// `N · p` under Benford's law.
    public var expected: Double
    public var observedProportion: Double
    public var expectedProportion: Double
    /// Nigrini's Z statistic with the continuity correction: `(|AP − EP| − 1/(2N)) /
    /// √(EP(1 − EP)/N)`, the correction applied only when it is smaller than `|AP − EP|`.
    public var z: Double
}

/// A Benford's-law analysis of a set of amounts on one digit test.
///
/// Only positive amounts count (zero, negative and non-finite amounts are left out and counted
/// in ``excludedCount``); an optional `minimum` drops small amounts (Nigrini drops amounts below
/// 10 for the first-two digits test). Digits come from the amount's decimal text.
///
/// Reproduces R benford.analysis on Nigrini's corporate payments data: for first-two digits of
/// all positive amounts N = 185,083, MAD = 0.002336614, χ² = 32,100.9 (89 df).
public struct BenfordAnalysis: Sendable, Hashable {
    public var test: BenfordDigitTest
    /// N, the amounts analyzed.
    public var count: Int
    /// Amounts left out (not positive, not finite, or below the minimum).
    public var excludedCount: Int
    /// One entry per digit of ``BenfordDigitTest/digits``, in order.
    public var digits: [BenfordDigitCount]
    /// The mean absolute deviation `Σ|AP − EP| / k` over the k digits.
    public var meanAbsoluteDeviation: Double
    /// Pearson's χ² `Σ (O − E)² / E`.
    public var chiSquared: Double
    /// k − 1.
    public var degreesOfFreedom: Int
    /// `P(χ²_{k−1} > chiSquared)`.
    public var chiSquaredPValue: Double
    /// The Kolmogorov–Smirnov distance: the largest gap between cumulative observed and expected
    /// proportions.
    public var kolmogorovSmirnovDistance: Double
    /// Nigrini's verdict on ``meanAbsoluteDeviation``.
    public var conformity: BenfordConformity

    /// Analyzes `amounts` on `test`.
    ///
    /// - Parameters:
    ///   - amounts: the amounts, in any unit.
    ///   - test: which digits to count.
    ///   - minimum: when given, amounts below it are left out.
    /// - Returns: nil when no amount qualifies.
    /// - Complexity: O(n).
    public init?(amounts: some Sequence<Double>, test: BenfordDigitTest, minimum: Double? = nil) {
        let range = test.digits
        var counts = [Int](repeating: 0, count: range.count)
        var excluded = 0
        for amount in amounts {
            guard amount > 0, amount.isFinite, minimum.map({ amount >= $0 }) ?? true,
                let digit = test.digit(of: amount)
            else {
                excluded += 1
                continue
            }
            counts[digit - range.lowerBound] += 1
        }
        let n = counts.reduce(0, +)
        guard n > 0 else { return nil }
        self.init(counts: counts, test: test, excludedCount: excluded)
    }

    /// Builds the analysis from digit counts (index 0 = the test's first digit).
    init(counts: [Int], test: BenfordDigitTest, excludedCount: Int) {
        let n = Double(counts.reduce(0, +))
        var rows: [BenfordDigitCount] = []
        var absoluteSum = 0.0
        var chi = 0.0
        var cumulativeObserved = 0.0
        var cumulativeExpected = 0.0
        var ks = 0.0
        for (offset, digit) in test.digits.enumerated() {
            let ep = test.expectedProportion(of: digit)
            let ap = Double(counts[offset]) / n
            let gap = abs(ap - ep)
            let correction = 1 / (2 * n)
            let z = (gap > correction ? gap - correction : gap) / (ep * (1 - ep) / n).squareRoot()
            let expected = n * ep
            rows.append(BenfordDigitCount(
                digit: digit, observed: counts[offset], expected: expected,
                observedProportion: ap, expectedProportion: ep, z: z))
            absoluteSum += gap
            chi += (Double(counts[offset]) - expected) * (Double(counts[offset]) - expected) / expected
            cumulativeObserved += ap
            cumulativeExpected += ep
            ks = max(ks, abs(cumulativeObserved - cumulativeExpected))
        }
        self.test = test
        self.count = Int(n)
        self.excludedCount = excludedCount
        self.digits = rows
        self.meanAbsoluteDeviation = absoluteSum / Double(rows.count)
        self.chiSquared = chi
        self.degreesOfFreedom = rows.count - 1
        self.chiSquaredPValue =
            (try? ChiSquared(degreesOfFreedom: Double(rows.count - 1)))?.survival(chi) ?? .nan
        self.kolmogorovSmirnovDistance = ks
        let bounds = test.conformityBounds
        let mad = absoluteSum / Double(rows.count)
        self.conformity = mad <= bounds.close ? .close
            : mad <= bounds.acceptable ? .acceptable
            : mad <= bounds.marginal ? .marginal : .nonconformity
    }
}
