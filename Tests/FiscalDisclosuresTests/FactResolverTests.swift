import FiscalFrame
import Testing
@testable import FiscalDisclosures

@Suite struct FactResolverTests {
    func fact(
        _ metric: String, _ category: String? = nil, yuan: Int64, year: Int? = 2018, line: Int,
        origin: FactOrigin = .stated, note: String? = nil
    ) -> Fact {
        ExtractionTestSupport.yuanFact(metric, category, yuan: yuan, year: year, line: line, origin: origin, note: note)
    }

    func deduplicated(_ facts: [Fact]) -> ExtractionRecords {
        var records = ExtractionRecords()
        records.facts = facts
        FactResolver.deduplicate(&records, source: "t.txt")
        return records
    }

    @Test func repeatedFiguresAreKeptOnce() {
        let records = deduplicated([
            fact("sangong_total", yuan: 5, line: 1), fact("sangong_total", yuan: 5, line: 2),
            fact("sangong_total", yuan: 5, year: 2017, line: 3), fact("sangong_total", yuan: 5, line: 4, origin: .derived),
            fact("sangong_total", "domestic", yuan: 5, line: 5),
        ])
        #expect(records.facts.map(\.line) == [1, 3, 4, 5])
        #expect(records.diagnostics.isEmpty)
    }

    @Test func conflictingValuesAreAllKeptWithADiagnostic() {
        let records = deduplicated([
            fact("sangong_total", yuan: 5, line: 1), fact("sangong_total", yuan: 6, line: 2),
            fact("sangong_total", yuan: 6, line: 3), fact("sangong_total", yuan: 7, line: 4),
            fact("sangong_total", yuan: 5, line: 5),
        ])
        #expect(records.facts.map(\.line) == [1, 2, 4])
        #expect(records.diagnostics.map(\.line) == [2, 4])
        #expect(records.diagnostics.first?.message == "sangong_total is stated as 6 here and as 5 on line 1; both are kept")
    }

    @Test func aZeroByAbsenceYieldsToAStatedFigure() {
        let records = deduplicated([
            fact("sangong_outbound", yuan: 0, line: 1, note: "无"), fact("sangong_outbound", yuan: 3, line: 2),
            fact("sangong_outbound", yuan: 4, line: 3),
            fact("sangong_outbound", yuan: 0, line: 4, note: "未安排"),
        ])
        #expect(records.facts.map(\.line) == [2, 3])
        #expect(records.diagnostics.map(\.line) == [3])
    }

    @Test func missingAndEmptyCategoriesAndYearsAreOneKey() {
        let records = deduplicated([
            fact("staff_actual", nil, yuan: 1, year: nil, line: 1), fact("staff_actual", "", yuan: 1, year: 0, line: 2),
            fact("staff_actual", "行政", yuan: 1, line: 3), fact("staff_actual", "行政", yuan: 1, line: 4),
        ])
        #expect(records.facts.map(\.line) == [1, 3])
    }

    @Test func canonicallyEquivalentCategoriesAreOneKey() {
        let records = deduplicated([
            fact("expenditure_function", "Caf\u{E9}", yuan: 1, line: 1),
            fact("expenditure_function", "Cafe\u{301}", yuan: 1, line: 2),
            fact("expenditure_function", "\u{F900}", yuan: 1, line: 3),
            fact("expenditure_function", "\u{8C48}", yuan: 1, line: 4),
        ])
        #expect(records.facts.map(\.line) == [1, 3])
    }
}
