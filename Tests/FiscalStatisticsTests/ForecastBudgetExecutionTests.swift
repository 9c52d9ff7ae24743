import FiscalFrame
import Foundation
import Testing
@testable import FiscalStatistics

/// Budget → final predictions against scipy's t quantiles (fixture from `Fixtures/trend_reference.py`).
@Suite struct ForecastBudgetExecutionTests {
    struct Execution: Decodable {
        var budget, final: [Double]
        var new_budget, point: Double
        var intervals: [String: [Double]]
    }
    struct Reference: Decodable { var execution: Execution }

    @Test func matchesTheTPredictionInterval() throws {
        let url = try #require(Bundle.module.url(forResource: "trend_reference", withExtension: "json", subdirectory: "Fixtures"))
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).execution
        let history = zip(reference.budget, reference.final).enumerated().map {
            ExecutionRecord(year: 2017 + $0.offset, budget: $0.element.0, final: $0.element.1)
        }
        let prediction = try BudgetExecution.predictFinal(budget: reference.new_budget, year: 2022, history: history)
        #expect(abs(prediction.final - reference.point) < 1e-9)
        for interval in prediction.intervals {
            let expected = try #require(reference.intervals[String(Int(interval.level))])
            #expect(abs(interval.lower[0] - expected[0]) < 1e-8)
            #expect(abs(interval.upper[0] - expected[1]) < 1e-8)
        }
        #expect(prediction.historyCount == 5)
    }

    @Test func oneYearGivesAPointWithoutInterval() throws {
        let prediction = try BudgetExecution.predictFinal(
            budget: 200, year: 2021, history: [ExecutionRecord(year: 2020, budget: 100, final: 90)])
        #expect(abs(prediction.final - 180) < 1e-9)
        #expect(prediction.intervals.isEmpty)
        #expect(prediction.notes == ["one past year: no interval"])
    }

    @Test func skipsUnusableYearsAndRefusesBadInput() throws {
        let history = [ExecutionRecord(year: 2019, budget: 0, final: 5), ExecutionRecord(year: 2020, budget: 10, final: 11),
                       ExecutionRecord(year: 2021, budget: 10, final: 9)]
        let prediction = try BudgetExecution.predictFinal(budget: 10, year: 2022, history: history)
        #expect(prediction.historyCount == 2)
        #expect(prediction.notes.first?.contains("skipped") == true)
        #expect(throws: ForecastError.notApplicable(method: "budget-to-final", reason: "the budget must be positive")) {
            try BudgetExecution.predictFinal(budget: -1, year: 2022, history: history)
        }
        #expect(throws: ForecastError.tooShort(method: "budget-to-final", needed: 1, got: 0)) {
            try BudgetExecution.predictFinal(budget: 10, year: 2022, history: [])
        }
    }
}

@Suite struct ForecastBudgetPairsTests {
    @Test func pairsBudgetsWithFinalsAndFindsPendingYears() throws {
        let text = "agency,year,kind,v\nA,2020,budget,10\nA,2020,final,9\nA,2021,budget,12\nA,2021,adjusted,13\nB,2021,final,5\n"
        let frame = try CSVReader.read(text: text).frame
        let pairs = try BudgetExecution.pairs(from: frame, metric: "v", by: ["agency"])
        #expect(pairs.count == 1, "B has no budget")
        #expect(pairs[0].history == [ExecutionRecord(year: 2020, budget: 10, final: 9)])
        #expect(pairs[0].pending.map(\.year) == [2021])
        #expect(pairs[0].pending.map(\.budget) == [12])
    }

    @Test func duplicateBudgetsNameTheirRows() throws {
        let frame = try CSVReader.read(text: "year,kind,v\n2020,budget,10\n2020,budget,11\n").frame
        #expect(throws: PanelSeriesError.duplicateYear(key: [], year: 2020, rows: [1, 2])) {
            try BudgetExecution.pairs(from: frame, metric: "v")
        }
    }
}
