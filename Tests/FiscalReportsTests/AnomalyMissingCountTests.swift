import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: money with a missing count")
struct AnomalyMissingCountTests {
    /// Another agency's final that states its reception counts.
    static let counted = document(
        "other.txt", agency: "宜兴市信访局", region: "宜兴市", year: 2017,
        [.money("sangong_reception", 30_000), .count("reception_persons", 300)])

    @Test("reception money with no person-times or batches, where other finals state them")
    func receptionWithoutCount() throws {
        let documents = [document("a.txt", year: 2017, [.money("sangong_reception", 20_000)]), Self.counted]
        let result = findings("panel.missing_count", in: documents)
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.severity == .low)
        #expect(finding.actual == 20_000)
        #expect(finding.message.contains("reception_persons"))
    }

    @Test("the agency's own other final states the counts: medium")
    func agencyStatesCountsElsewhere() throws {
        let documents = [
            document("a2016.txt", year: 2016, [.money("sangong_reception", 25_000), .count("reception_batches", 20)]),
            document("a2017.txt", year: 2017, [.money("sangong_reception", 20_000)]),
        ]
        let result = findings("panel.missing_count", in: documents)
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.year == 2017)
        #expect(finding.severity == .medium)
    }

    @Test("immaterial money, or a panel whose finals never state the counts, gives none")
    func immaterialOrNeverCounted() {
        let small = [document("a.txt", year: 2017, [.money("sangong_reception", 9_000)]), Self.counted]
        #expect(findings("panel.missing_count", in: small).isEmpty)
        let uncounted = [
            document("a.txt", year: 2017, [.money("sangong_reception", 20_000)]),
            document("b.txt", agency: "宜兴市信访局", region: "宜兴市", year: 2017, [.money("sangong_reception", 40_000)]),
        ]
        #expect(findings("panel.missing_count", in: uncounted).isEmpty)
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
