import Foundation
import Testing
@testable import FiscalStatistics

struct RegressionFormattingTests {
    static let result: RegressionResult = {
        let spec = ModelSpecification(
            response: "spending", terms: [.log("population"), .numeric("staff"), .categorical("region")], covariance: .hc1)
        return try! LinearRegression.fit(spec, data: RegressionFixtures.panel)
    }()

    @Test func numbersAreFormattedForPeople() {
        #expect(RegressionResult.number(210) == "210.000")
        #expect(RegressionResult.number(-8102.0716) == "-8102.07")
        #expect(RegressionResult.number(0.000012345) == "1.2345e-05")
        #expect(RegressionResult.number(123_456_789) == "123456789")
        #expect(RegressionResult.number(-13_401_234.56) == "-13401235")
        #expect(RegressionResult.number(2.5e15) == "2.5000e+15")
        #expect(RegressionResult.number(0) == "0")
        #expect(RegressionResult.number(.nan) == "NaN")
        #expect(RegressionResult.probability(3e-20) == "<1e-16")
        #expect(RegressionResult.probability(2.5e-7) == "2.50e-07")
        #expect(RegressionResult.probability(0.04321) == "0.0432")
        #expect(RegressionResult.json(0.1) == "0.1")
        #expect(RegressionResult.json(Double.infinity) == "null")
        #expect(RegressionResult.json("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"")
    }

    @Test func jsonRoundTripsEveryFigure() throws {
        let text = Self.result.formatted(.json, includesObservations: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "OLS")
        #expect(object["covariance"] as? String == "HC1")
        #expect(object["dropped_rows"] as? Int == 3)
        #expect((object["reference_levels"] as? [String: String])?["region"] == "东北")
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        // Foundation's JSON parser on Linux is not always correctly rounded: allow a few ulps.
        func same(_ parsed: Any?, _ value: Double?) -> Bool {
            guard let a = parsed as? Double, let b = value else { return false }
            return abs(a - b) <= 4 * b.ulp
        }
        for (parsed, original) in zip(coefficients, Self.result.coefficients) {
            #expect(parsed["name"] as? String == original.name)
            #expect(same(parsed["estimate"], original.estimate))
            #expect(same(parsed["std_error"], original.standardError))
            #expect(same(parsed["p_value"], original.pValue))
        }
        #expect(same(object["aic"], Self.result.aic))
        // The text itself is the shortest representation that reads back exactly.
        #expect(text.contains("\"aic\": \(Self.result.aic)"))
        let covariance = try #require(object["covariance_matrix"] as? [[Double]])
        #expect(covariance.count == Self.result.coefficients.count)
        #expect((object["cooks_distance"] as? [Double])?.count == Self.result.observationCount)
        #expect((object["rows"] as? [Int])?.contains(6) == false)
    }

    @Test func tableAndMarkdownShowTheSummary() {
        let table = Self.result.formatted(.table)
        #expect(table.hasPrefix("OLS regression of spending: 217 observations (3 dropped for missing values)\n"))
        for line in ["Covariance           HC1", "Reference level      region = 东北", "Note: 3 rows with missing values dropped"] {
            #expect(table.contains(line), "missing \(line)")
        }
        let markdown = Self.result.formatted(.markdown)
        #expect(markdown.contains("| term | coef | std err | t | P>\\|t\\| | [0.025 | 0.975] |"))
        #expect(markdown.contains("| C(region)[T.华北] |"))
        #expect(!Self.result.formatted(.json).contains("nan"))
    }
}
