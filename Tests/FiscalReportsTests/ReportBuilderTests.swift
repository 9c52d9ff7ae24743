import Foundation
import Testing
import ZIPFoundation
@testable import FiscalReports

@Suite struct ReportBuilderTests {
    @Test func reportMatchesGolden() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let artifacts = ReportBuilder.artifacts(for: try ReportCorpus.context(temp))
        #expect(try matchesGolden(artifacts.sections.joined(), "golden/report.md"))
    }

    @Test func liyangReceptionPerPersonTimeAndPerBatch() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let context = try ReportCorpus.context(temp)
        let ratios = CostRatio.compute(context.ingest.panel).filter { $0.key.agency == "溧阳市信访局" }
        let perPerson = try #require(ratios.first { $0.definition.name == "reception_per_person_time" })
        #expect(abs(perPerson.value - 35_400.0 / 466) < 1e-12)
        #expect(DisplayNumber.fixed(perPerson.value, decimals: 2) == "75.97")
        #expect(perPerson.numerator.line == 6 && perPerson.denominator.line == 7)
        let perBatch = try #require(ratios.first { $0.definition.name == "reception_per_batch" })
        #expect(DisplayNumber.fixed(perBatch.value, decimals: 2) == "621.05")
        #expect(!ratios.contains { $0.definition.name == "vehicle_operation_per_vehicle" }, "a zero count gives no ratio")
        let markdown = ReportBuilder.artifacts(for: context).sections.joined()
        #expect(markdown.contains("| 溧阳市信访局 | 2014 | final | 35,400 | 466 | 75.97 | corpus/liyang/2014-final.txt:6,7 |"))
    }

    @Test func writtenReportHasChartsTablesAndWorkbook() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let context = try ReportCorpus.context(temp)
        let directory = try OutputDirectory(destination: temp.url.appendingPathComponent("report"))
        try ReportBuilder.write(context, to: directory)
        try directory.commit()
        let root = temp.url.appendingPathComponent("report")
        let markdown = try String(contentsOf: root.appendingPathComponent("report.md"), encoding: .utf8)
        let charts = try FileManager.default.contentsOfDirectory(atPath: root.path + "/charts").sorted()
        #expect(!charts.isEmpty)
        for chart in charts { #expect(markdown.contains("](charts/\(chart))"), "\(chart) is referenced relatively") }
        let tables = try FileManager.default.contentsOfDirectory(atPath: root.path + "/tables").sorted()
        for name in ["facts.csv", "panel.csv", "findings.csv", "ledger.csv", "unit_costs.csv", "cities.csv", "regression.csv", "report.xlsx"] {
            #expect(tables.contains(name), "\(name) is written")
        }
        let archive = try Archive(url: root.appendingPathComponent("tables/report.xlsx"), accessMode: .read)
        #expect(archive["xl/worksheets/sheet1.xml"] != nil)
    }

    @Test func reportIsIdenticalForOneAndManyThreads() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        defer { a.cleanUp(); b.cleanUp() }
        let one = ReportBuilder.artifacts(for: try ReportCorpus.context(a, threads: 1))
        let many = ReportBuilder.artifacts(for: try ReportCorpus.context(b, threads: 5))
        #expect(one.sections == many.sections)
        #expect(one.charts.map(\.svg) == many.charts.map(\.svg))
        #expect(one.tables == many.tables)
    }

    @Test func citiesAreRankedAndTheRegressionIsReported() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        let context = try ReportCorpus.context(temp)
        let cities = CitySection.cityYears(context)
        #expect(cities.map(\.region.name).sorted() == ["保定市", "常州市", "淮安市", "芜湖市", "廊坊市"].sorted())
        #expect(cities.allSatisfy { $0.year == 2019 && $0.kind == .final })
        let markdown = ReportBuilder.artifacts(for: context).sections.joined()
        #expect(markdown.contains("| log(population) |"))
        #expect(markdown.contains("n = 5,"))
    }
}
