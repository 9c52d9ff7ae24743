import Foundation
import Testing
import FiscalDisclosures
import FiscalFrame
@testable import FiscalReports

@Suite struct PanelBuilderTests {
    func documents() throws -> [DocumentExtraction] {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write(SampleCorpus.liyang, to: "liyang.txt")
        try temp.write(SampleCorpus.langfang, to: "langfang.txt")
        return try ["langfang.txt", "liyang.txt"].map {
            try FakeExtractor.extract(temp.url.appendingPathComponent($0)).relocated(from: temp.url.path + "/" + $0, to: $0)
        }
    }

    @Test func rowsPerAgencyYearKindWithDerivedPriorYear() throws {
        let built = PanelBuilder.build(try documents())
        #expect(built.panel.rows.map { "\($0.key.agency) \($0.key.year) \($0.key.kind.rawValue)" } == [
            "中共廊坊市委信访局 2016 budget", "中共廊坊市委信访局 2017 budget", "溧阳市信访局 2014 final",
        ])
        let prior = try #require(built.panel.rows.first)
        #expect(prior.value("sangong_total") == .money(Money(yuan: 400_000)))
        #expect(prior.fact("sangong_total")?.origin == .derived)
    }

    @Test func statedConflictIsFlaggedAndFirstStatedWins() throws {
        let built = PanelBuilder.build(try documents())
        let row = try #require(built.panel.row(PanelKey(agency: "中共廊坊市委信访局", year: 2017, kind: .budget)))
        #expect(row.value("sangong_total") == .money(Money(yuan: 327_800)))
        #expect(row.conflicts == ["sangong_total"])
        let finding = try #require(built.findings.first)
        #expect(finding.check == "panel.conflict" && finding.severity == .medium)
        #expect(finding.evidence.map(\.line) == [5, 6])
        #expect(finding.evidence.allSatisfy { $0.source == "langfang.txt" })
    }

    @Test func repeatedEqualValuesAreNotAConflict() throws {
        let built = PanelBuilder.build(try documents())
        let row = try #require(built.panel.row(PanelKey(agency: "溧阳市信访局", year: 2014, kind: .final)))
        #expect(row.conflicts.isEmpty)
        #expect(row.cells["sangong_reception"]?.candidates.count == 2)
        #expect(row.value("reception_persons") == .count(466))
    }

    @Test func categoryColumnsOnlyForMainMetrics() throws {
        let built = PanelBuilder.build(try documents())
        #expect(built.panel.columns.contains("sangong_reception[domestic]"))
        #expect(!built.panel.columns.contains { $0.hasPrefix("expenditure_program") })
        #expect(built.panel.columns == built.panel.columns.sorted(by: PanelColumns.precedes))
        #expect(built.panel.columns.firstIndex(of: "sangong_total")! < built.panel.columns.firstIndex(of: "reception_persons")!)
    }

    @Test func factsWithoutIdentityAreCountedAsUnplaced() throws {
        var document = try documents()[1]
        document.identity.agency = nil
        let built = PanelBuilder.build([document])
        #expect(built.panel.rows.isEmpty)
        #expect(built.unplaced["liyang.txt"] == 5)
    }

    @Test(arguments: [
        ("expenditure_economic", "301 工资福利支出", true), ("expenditure_function", "201 一般公共服务", true), ("expenditure_function", "2080501 行政单位离退休", true),
        ("expenditure_economic", "32.46", false), ("expenditure_economic", "33900 2016年决算数", false),
        ("sangong_reception", "domestic", true), ("expenditure_program", "维稳", false),
    ])
    func categoryColumnsNeedACodeAndName(_ metric: String, _ category: String, _ expected: Bool) {
        #expect(PanelColumns.hasColumn(metric: metric, category: category) == expected)
    }

    @Test func columnOrderPutsPlainMetricBeforeCategories() {
        #expect(PanelColumns.precedes("sangong_reception", "sangong_reception[domestic]"))
        #expect(!PanelColumns.precedes("sangong_reception[domestic]", "sangong_reception"))
        #expect(PanelColumns.precedes("revenue_total", "zzz_unknown"))
    }
}
