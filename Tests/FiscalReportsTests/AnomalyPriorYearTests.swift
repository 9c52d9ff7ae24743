import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: derived prior-year figures")
struct AnomalyPriorYearTests {
    func panel(derived: Double) -> [DocumentExtraction] {
        [
            document("2016.txt", year: 2016, kind: .budget, [.money("sangong_total", 480_000)]),
            document("2017.txt", year: 2017, kind: .budget, [
                .money("sangong_total", 520_000),
                .money("sangong_total", derived, year: 2016, kind: .budget, origin: .derived),
            ]),
        ]
    }

    @Test("a derived figure that disagrees with the prior year's own disclosure")
    func mismatch() throws {
        let result = findings("panel.prior_year", in: panel(derived: 500_000))
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.expected == 480_000)
        #expect(finding.actual == 500_000)
        #expect(finding.difference == 20_000)
        #expect(finding.severity == .medium)
        #expect(finding.year == 2016)
        #expect(finding.evidence.map(\.source) == ["2017.txt", "2016.txt"])
        #expect(finding.evidence[0].line == 2)
    }

    @Test("rounding differences are not findings")
    func withinRounding() {
        #expect(findings("panel.prior_year", in: panel(derived: 480_200)).isEmpty)
    }

    @Test("no prior disclosure, no finding")
    func missingPrior() {
        let documents = Array(panel(derived: 100_000).dropFirst())
        #expect(findings("panel.prior_year", in: documents).isEmpty)
    }
}
