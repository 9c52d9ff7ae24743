import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: ranking")
struct AnomalyRankingTests {
    @Test("findings come most severe first")
    func ranked() {
        let documents = [
            document("2015.txt", year: 2015, [.money("sangong_reception", 15_800), .count("reception_persons", 200)]),
            document("2016.txt", year: 2016, [.money("sangong_reception", 16_000), .count("reception_persons", 210)]),
            document("2017.txt", year: 2017, [.money("sangong_reception", 1.58), .count("reception_persons", 190)]),
            document("2018.txt", year: 2018, [.money("sangong_reception", 15_500), .money("operating_expenses", 9_000)]),
            document("2019.txt", year: 2019, [.money("sangong_reception", 15_000), .money("operating_expenses", 0)]),
        ]
        let result = AnomalyDetector().findings(in: documents)
        #expect(result.count >= 2)
        #expect(result.first?.check == "panel.magnitude")
        let ranks = result.map(\.severity.rank)
        #expect(ranks == ranks.sorted(by: >))
        #expect(result.contains { $0.check == "panel.missing_count" && $0.year == 2018 })
    }

    @Test("an empty panel has no findings")
    func empty() {
        #expect(AnomalyDetector().findings(in: []).isEmpty)
    }
}
