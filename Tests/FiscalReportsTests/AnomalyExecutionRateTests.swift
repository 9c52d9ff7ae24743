import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: execution rate")
struct AnomalyExecutionRateTests {
    /// Budgets of 1,000,000 and finals at the given rates, 2010 onward.
    func panel(rates: [Double]) -> [DocumentExtraction] {
        rates.enumerated().flatMap { offset, rate in
            let year = 2010 + offset
            return [
                document("b\(year).txt", year: year, kind: .budget, [.money("expenditure_total", 1_000_000)]),
                document("f\(year).txt", year: year, kind: .final, [.money("expenditure_total", 1_000_000 * rate)]),
            ]
        }
    }

    @Test("a rate far from the agency's other years")
    func outlier() throws {
        let result = findings("panel.execution_rate", in: panel(rates: [0.97, 1.01, 0.95, 0.99, 0.40]))
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.year == 2014)
        #expect(finding.expected == 1_000_000)
        #expect(finding.actual == 400_000)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("40.0%"))
        #expect(Set(finding.evidence.map(\.source)) == ["b2014.txt", "f2014.txt"])
    }

    @Test("steady rates give no finding")
    func steady() {
        #expect(findings("panel.execution_rate", in: panel(rates: [0.97, 1.01, 0.95, 0.99, 0.98])).isEmpty)
    }

    @Test("without history only rates outside the broad bounds, at low severity")
    func noHistory() throws {
        #expect(findings("panel.execution_rate", in: panel(rates: [1.2])).isEmpty)
        let finding = try #require(findings("panel.execution_rate", in: panel(rates: [2.5])).first)
        #expect(finding.severity == .low)
    }

    @Test("a final's own 年初预算 serves as the budget")
    func budgetInsideFinal() throws {
        let documents = [
            document("f.txt", year: 2016, kind: .final, [
                .money("sangong_total", 900_000), .money("sangong_total", 300_000, kind: .budget),
            ]),
        ]
        let finding = try #require(findings("panel.execution_rate", in: documents).first)
        #expect(finding.expected == 300_000)
        #expect(finding.actual == 900_000)
    }
}
