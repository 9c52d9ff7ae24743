import Foundation
import Testing
@testable import FiscalStatistics

/// Nigrini's corporate payments amounts (`Fixtures/benford/corporate_payment_amount_counts.csv`:
/// each distinct decimal text of the 189,470 amounts with its multiplicity) and the figures R
/// benford.analysis publishes for them (`corporate_payment_worked_example.json`).
struct CorporatePayments {
    var amounts: [Double]

    static func load() throws -> CorporatePayments {
        let url = try #require(Bundle.module.url(
            forResource: "Fixtures/benford/corporate_payment_amount_counts", withExtension: "csv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var amounts: [Double] = []
        amounts.reserveCapacity(190_000)
        for line in text.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            let amount = try #require(Double(String(parts[0])))
            let count = try #require(Int(String(parts[1])))
            amounts.append(contentsOf: repeatElement(amount, count: count))
        }
        return CorporatePayments(amounts: amounts)
    }

    struct Published: Decodable {
        var n_used: Int
        var first_two_digits: Test
        var first_digit: Test
        var second_digit: Test
        struct Test: Decodable {
            var MAD: Double
            var chi2: Double
            var df: Int
            var KS_D: Double?
            var z_nigrini: [String: Double]
            var counts: [String: Int]
        }
    }

    static func published() throws -> [String: Published] {
        let url = try #require(Bundle.module.url(
            forResource: "Fixtures/benford/corporate_payment_worked_example", withExtension: "json"))
        struct File: Decodable { var all_positive: Published; var ge_10: Published }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return ["all_positive": file.all_positive, "ge_10": file.ge_10]
    }
}

@Suite("Benford analysis")
struct BenfordTests {
    @Test("expected proportions sum to one", arguments: BenfordDigitTest.allCases)
    func expectedProportions(test: BenfordDigitTest) {
        let total = test.digits.map(test.expectedProportion(of:)).reduce(0, +)
        #expect(abs(total - 1) < 1e-14)
    }

    @Test("digits come from the decimal text", arguments: [
        (36.08, 36), (0.35, 35), (8.0, 80), (600_000.0, 60), (1e-5, 10), (26_763_475.78, 26),
        (-4.02, 40),
    ])
    func digits(amount: Double, firstTwo: Int) {
        #expect(BenfordDigitTest.firstTwoDigits.digit(of: amount) == firstTwo)
        #expect(BenfordDigitTest.firstDigit.digit(of: amount) == firstTwo / 10)
        #expect(BenfordDigitTest.secondDigit.digit(of: amount) == firstTwo % 10)
    }

    @Test("corporate payments reproduce R benford.analysis", arguments: [
        ("all_positive", nil as Double?), ("ge_10", 10.0),
    ])
    func corporatePayments(subset: String, minimum: Double?) throws {
        let data = try CorporatePayments.load()
        #expect(data.amounts.count == 189_470)
        let published = try #require(try CorporatePayments.published()[subset])
        for (test, reference) in [
            (BenfordDigitTest.firstTwoDigits, published.first_two_digits),
            (.firstDigit, published.first_digit), (.secondDigit, published.second_digit),
        ] {
            let analysis = try #require(BenfordAnalysis(amounts: data.amounts, test: test, minimum: minimum))
            #expect(analysis.count == published.n_used)
            #expect(analysis.degreesOfFreedom == reference.df)
            for row in analysis.digits {
                #expect(row.observed == reference.counts[String(row.digit)], "\(test) digit \(row.digit)")
                let z = try #require(reference.z_nigrini[String(row.digit)])
                #expect(abs(row.z - z) <= 1e-9 * max(1, abs(z)), "\(test) Z of \(row.digit)")
            }
            #expect(abs(analysis.meanAbsoluteDeviation - reference.MAD) <= 1e-12 * reference.MAD)
            #expect(abs(analysis.chiSquared - reference.chi2) <= 1e-9 * reference.chi2)
            if let ks = reference.KS_D {
                #expect(abs(analysis.kolmogorovSmirnovDistance - ks) <= 1e-9)
            }
            // MAD 0.0023 (first two) and 0.0142 (second) are beyond Nigrini's bands; the first
            // digit's 0.0132 (0.0146 for amounts ≥ 10) is marginally acceptable.
            #expect(analysis.conformity == (test == .firstDigit ? .marginal : .nonconformity))
        }
    }

    @Test("headline figure: first-two digits, N = 185,083, MAD 0.002336614")
    func headline() throws {
        let data = try CorporatePayments.load()
        let analysis = try #require(BenfordAnalysis(amounts: data.amounts, test: .firstTwoDigits))
        #expect(analysis.count == 185_083)
        #expect(String(format: "%.9f", analysis.meanAbsoluteDeviation) == "0.002336614")
        #expect(analysis.excludedCount == 189_470 - 185_083)
    }

    @Test("a Benford sample conforms closely; nothing to analyze gives nil")
    func conformingSample() throws {
        // 10^u for u on a fine regular grid of [0, 4) follows Benford's law almost exactly.
        let amounts = (0..<20_000).map { Foundation.pow(10, 4 * (Double($0) + 0.5) / 20_000) }
        let analysis = try #require(BenfordAnalysis(amounts: amounts, test: .firstDigit))
        #expect(analysis.conformity == .close)
        #expect(analysis.meanAbsoluteDeviation < 0.001)
        #expect(BenfordAnalysis(amounts: [0, -3, .nan], test: .firstDigit) == nil)
    }
}
