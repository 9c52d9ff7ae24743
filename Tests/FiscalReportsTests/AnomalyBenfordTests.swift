import FiscalDisclosures
import Foundation
import Testing
@testable import FiscalReports

@Suite("Anomalies: Benford's law on the panel's amounts")
struct AnomalyBenfordTests {
    func panel(_ amounts: [Double]) -> [DocumentExtraction] {
        stride(from: 0, to: amounts.count, by: 100).map { start in
            document("d\(start).txt", agency: "机构\(start)", year: 2017,
                     amounts[start..<min(start + 100, amounts.count)].map { .money("expenditure_program", $0) })
        }
    }

    @Test("amounts that follow Benford's law conform")
    func conforming() throws {
        let amounts = (0..<2_000).map { (Foundation.pow(10, 2 + 4 * (Double($0) + 0.5) / 2_000) * 100).rounded() / 100 }
        let finding = try #require(findings("benford.first_two", in: panel(amounts)).first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("2000 amounts"))
    }

    @Test("amounts crowded on one leading digit do not")
    func crowded() throws {
        let amounts = (0..<500).map { 5_000 + Double($0 % 97) * 10 }
        let finding = try #require(findings("benford.first_digit", in: panel(amounts)).first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("nonconformity"))
        #expect(finding.evidence.count == 5)
    }

    @Test("too few amounts: no Benford finding")
    func tooFew() {
        let result = AnomalyDetector().findings(in: panel([1, 2, 3])).filter { $0.check.hasPrefix("benford") }
        #expect(result.isEmpty)
    }
}
