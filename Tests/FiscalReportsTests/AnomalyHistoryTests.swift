import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: jumps, zeros and unit magnitude across years")
struct AnomalyHistoryTests {
    func series(_ metric: String, _ values: [Int: Double], kind: DocumentKind = .final) -> [DocumentExtraction] {
        values.keys.sorted().map { year in
            document("\(year).txt", year: year, kind: kind, [.money(metric, values[year]!)])
        }
    }

    @Test("a one-year spike is one jump: the way back is not reported")
    func spike() throws {
        let documents = series("sangong_reception", [2020: 51_000, 2021: 50_000, 2022: 300_000, 2023: 49_000, 2024: 52_000])
        let result = findings("panel.jump", in: documents)
        #expect(result.map(\.year) == [2022])
    }

    @Test("a jump beyond the agency's own history")
    func jump() throws {
        let documents = series("sangong_reception", [2020: 51_000, 2021: 50_000, 2022: 52_000, 2023: 49_000, 2024: 400_000])
        let result = findings("panel.jump", in: documents)
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.year == 2024)
        #expect(finding.expected == 49_000)
        #expect(finding.actual == 400_000)
        #expect(finding.severity == .medium)
        #expect(finding.evidence.map(\.source) == ["2023.txt", "2024.txt"])
    }

    @Test("ordinary year-to-year changes are not jumps")
    func ordinary() {
        let documents = series("sangong_reception", [2020: 51_000, 2021: 60_000, 2022: 52_000, 2023: 70_000])
        #expect(findings("panel.jump", in: documents).isEmpty)
    }

    @Test("the vehicle reform explains (and silences) a 2016 drop in vehicle operation")
    func vehicleReform() throws {
        let documents = series("sangong_vehicle_operation", [2015: 300_000, 2016: 60_000])
        #expect(findings("panel.jump", in: documents).isEmpty)
        // The same drop outside the reform years is a finding.
        let later = series("sangong_vehicle_operation", [2021: 300_000, 2022: 60_000])
        #expect(findings("panel.jump", in: later).first?.severity == .medium)
    }

    @Test("COVID explains outbound falling to zero and resuming")
    func covid() throws {
        let documents = series("sangong_outbound", [2019: 200_000, 2020: 0, 2021: 0, 2022: 0, 2023: 150_000])
        #expect(findings("panel.jump", in: documents).isEmpty)
        let resumed = try #require(findings("panel.zero_to_nonzero", in: documents).first)
        #expect(resumed.year == 2023)
        #expect(resumed.severity == .info)
    }

    @Test("a zero that turns non-zero")
    func zeroToNonzero() throws {
        let documents = series("sangong_reception", [2021: 0, 2022: 30_000])
        let finding = try #require(findings("panel.zero_to_nonzero", in: documents).first)
        #expect(finding.severity == .low)
        #expect(finding.expected == 0)
        #expect(finding.actual == 30_000)
    }

    @Test("a value 10⁴ off its own history is a unit slip, and its neighbours are not jumps")
    func magnitude() throws {
        let documents = series("sangong_reception", [2015: 15_800, 2016: 16_000, 2017: 1.58, 2018: 15_500])
        let result = findings("panel.magnitude", in: documents)
        let finding = try #require(result.first)
        #expect(result.count == 1)
        #expect(finding.year == 2017)
        #expect(finding.severity == .high)
        #expect(finding.actual == 1.58)
        #expect(finding.expected == 15_800)
        #expect(findings("panel.jump", in: documents).isEmpty)
    }
}
