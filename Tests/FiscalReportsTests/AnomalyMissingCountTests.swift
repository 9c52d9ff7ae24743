import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: money with a missing count")
struct AnomalyMissingCountTests {
    @Test("reception money with no person-times or batches")
    func receptionWithoutCount() throws {
        let documents = [document("a.txt", year: 2017, [.money("sangong_reception", 20_000)])]
        let finding = try #require(findings("panel.missing_count", in: documents).first)
        #expect(finding.severity == .low)
        #expect(finding.actual == 20_000)
        #expect(finding.message.contains("reception_persons"))
    }

    @Test("a count next to zero money")
    func countWithoutMoney() throws {
        let documents = [document("a.txt", year: 2017, [.money("sangong_reception", 0), .count("reception_batches", 12)])]
        let finding = try #require(findings("panel.missing_count", in: documents).first)
        #expect(finding.severity == .medium)
        #expect(finding.evidence.count == 2)
    }

    @Test("money with its count, or zero with no count, is fine")
    func fine() {
        let documents = [
            document("a.txt", year: 2017, [.money("sangong_reception", 20_000), .count("reception_persons", 250)]),
            document("b.txt", year: 2017, [.money("sangong_outbound", 0), .money("sangong_vehicle_operation", 0)]),
        ]
        #expect(findings("panel.missing_count", in: documents).isEmpty)
    }
}
