import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: peer outliers")
struct AnomalyPeerOutlierTests {
    static let counties = ["溧阳市", "三门县", "渝中区", "宜兴市", "金坛区", "天台县", "仙居县", "临海市"]

    /// Petitions bureaus of county-level regions, reception per person-time from `ratios`.
    func bureaus(_ ratios: [Double], year: Int = 2017) -> [DocumentExtraction] {
        zip(Self.counties, ratios).map { region, ratio in
            document("\(region).txt", agency: "\(region)信访局", region: region, year: year, [
                .money("sangong_reception", 200 * ratio), .count("reception_persons", 200),
            ])
        }
    }

    @Test("one bureau's reception per person-time far above its peers'")
    func outlier() throws {
        let result = findings("panel.peer_outlier", in: bureaus([80, 95, 110, 100, 90, 120, 2_000, 105]))
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.agency == "仙居县信访局")
        #expect(finding.actual == 2_000)
        // The median of the logarithms of 80…120 and 2,000: √(100·105).
        #expect(abs(try #require(finding.expected) - 10_500.0.squareRoot()) < 1e-9)
        #expect(finding.severity == .high)
        #expect(finding.message.contains("reception per person-time"))
        #expect(finding.evidence.count == 2)
    }

    @Test("similar peers give no finding; a group below the minimum size gives none")
    func noOutlier() {
        #expect(findings("panel.peer_outlier", in: bureaus([80, 95, 110, 100, 90, 120, 85, 105])).isEmpty)
        #expect(findings("panel.peer_outlier", in: bureaus([80, 95, 2_000, 100])).isEmpty)
    }

    @Test("peers are compared within one year only")
    func separateYears() {
        let documents = bureaus([80, 95, 110, 100], year: 2016) + bureaus([2_000, 2_100, 1_900, 2_050], year: 2017)
        #expect(findings("panel.peer_outlier", in: documents).isEmpty)
    }
}
