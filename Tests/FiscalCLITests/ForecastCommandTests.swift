import Foundation
import Testing

@Suite struct ForecastCommandTests {
    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    @Test func csvHasTheDocumentedColumns() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                        "--by", "agency", "--horizon", "2", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "agency,year,forecast,lo80,hi80,lo95,hi95,method")
        #expect(lines.count == 5)
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first[0] == "信访局" && first[1] == "2023")
        let values = first[2...6].compactMap { Double($0) }
        #expect(values.count == 5)
        #expect(values[3] <= values[1] && values[1] <= values[0] && values[0] <= values[2] && values[2] <= values[4])
    }

    @Test func zeroHeavySeriesUseTheTwoPartForecastAndSaySo() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_outbound",
                                        "--by", "agency", "--horizon", "1", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("信访局,2023,") && result.stdout.contains(",two-part\n"))
        #expect(result.stderr.contains("note: 信访局: 3 of 9 years are zero: two-part forecast"))
    }

    @Test func jsonCarriesRowsAndNotes() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("long_panel.csv"), "--metric", "expenditure_total",
                                        "--by", "region,agency", "--horizon", "1", "--method", "naive", "--level", "90",
                                        "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["region"] as? String == "廊坊市")
        #expect(rows[0]["forecast"] as? Double == 1210)
        #expect(rows[0]["lo90"] != nil && rows[0]["lo80"] == nil)
        let notes = try #require(object["notes"] as? [String])
        #expect(notes.contains { $0.contains("溧阳市/信访局: years 2016–2016 dropped: 2017 is missing") })
    }

    @Test func badInputFailsWithAReadableMessage() throws {
        let missing = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "nope"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no column 'nope'"))
        let method = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total", "--method", "prophet"])
        #expect(method.status != 0)
        #expect(method.stderr.contains("unknown method 'prophet'"))
        let level = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total", "--level", "80,120"])
        #expect(level.status != 0)
        #expect(level.stderr.contains("'120' is not a level between 0 and 100"))
    }

    @Test func backtestScoresEveryMethodOnTheSameOrigins() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                        "--by", "agency", "--horizon", "2", "--backtest", "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let petitions = rows.filter { $0[0] == "信访局" }
        #expect(petitions.count == 9)
        #expect(Set(petitions.map { $0[4] }).count == 1, "one common origin count")
        #expect(petitions.filter { $0[5] == "yes" }.count == 1)
    }

    @Test func knownBreaksAreNotedAndCanBeExcluded() throws {
        let plain = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                       "--by", "agency", "--horizon", "1", "--method", "drift", "--format", "csv"])
        #expect(plain.stderr.contains("known breaks inside 2 series: 2015 budget-law, 2016 vehicle-reform"))
        let treated = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                         "--by", "agency", "--horizon", "1", "--method", "drift", "--break", "2020:exclude",
                                         "--format", "csv"])
        #expect(treated.status == 0)
        // 信访局 2020–2022: 55, 52, 50 → drift −2.5 → 47.50.
        #expect(treated.stdout.contains("信访局,2023,47.50,"))
        #expect(treated.stderr.contains("fitted on 2020–2022 only (break 2020)"))
        #expect(!treated.stderr.contains("known breaks"))
    }

    @Test func markdownTable() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                        "--horizon", "1", "--by", "agency", "--method", "drift", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("| agency | year | forecast | lo80 | hi80 | lo95 | hi95 | method |\n|---|"))
        // Drift for 信访局: 50 + (50 − 80)/8 = 46.25.
        #expect(result.stdout.contains("| 信访局 | 2023 | 46.25 |"))
    }
}

@Suite struct ForecastFinalFromBudgetTests {
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    @Test func predictsThePendingFinal() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("budget_final.csv"), "--metric", "sangong_total",
                                        "--by", "agency", "--final-from-budget", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "agency,year,budget,forecast,lo80,hi80,lo95,hi95,method")
        // 信访局: the same five years and budget 140 as the scipy fixture of the library test.
        let petitions = try #require(lines.first { $0.hasPrefix("信访局,2023,140.00,") })
        #expect(petitions.hasSuffix(",final/budget ratio (5 years)"))
        // 公安局: one past year (72/80) → 81.00 and no interval.
        #expect(lines.contains("公安局,2023,90.00,81.00,,,,,final/budget ratio (1 year)"))
        #expect(result.stderr.contains("公安局 2023: one past year: no interval"))
    }

    @Test func needsTheKindColumn() throws {
        let result = try CLIRunner.run(["forecast", Self.fixture("forecast_panel.csv"), "--metric", "sangong_total",
                                        "--final-from-budget"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no column 'kind'"))
    }
}
