import Foundation
import Testing

@Suite struct TrendCommandTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    @Test func summaryPerGroup() throws {
        let result = try CLIRunner.run(["trend", Self.fixture("long_panel.csv"), "--metric", "expenditure_total",
                                        "--by", "agency", "--sum", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "agency,first_year,last_year,first,last,change_pct,cagr_pct,slope,slope_lo95,slope_hi95,r2,growth_pct,growth_lo95,growth_hi95,breaks")
        // 公安局 only in 廊坊市: 500, 520, 540 → slope 20, exact line, CAGR (540/500)^(1/2) − 1.
        let police = try #require(lines.first { $0.hasPrefix("公安局,") }).split(separator: ",", omittingEmptySubsequences: false)
        #expect(police[1] == "2016" && police[2] == "2018")
        #expect(police[6] == "3.92")
        #expect(police[7] == "20.00" && police[8] == "20.00" && police[9] == "20.00")
        #expect(police[14] == "")
    }

    @Test func yearlyDetailWithSharesAndBreaks() throws {
        let result = try CLIRunner.run(["trend", Self.fixture("forecast_panel.csv"), "--metric", "sangong_outbound",
                                        "--by", "agency", "--yearly", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("信访局,2014,12.50,,,29.41,\n"))
        #expect(result.stdout.contains("信访局,2020,0.00,-8.80,-100.00,0.00,covid\n"))
    }

    @Test func duplicateYearsWithoutSumAreAnError() throws {
        let result = try CLIRunner.run(["trend", Self.fixture("long_panel.csv"), "--metric", "expenditure_total", "--by", "region"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("廊坊市 has more than one value for 2016 (rows 1, 4)"))
    }
}
