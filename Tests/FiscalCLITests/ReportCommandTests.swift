import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func reportOnTheSeedsHasTheLiyangUnitCostsChartsAndTables() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 0)
        let gazetteer = CLIScratch.repositoryRoot.appendingPathComponent("Datasets/regions.csv").path
        let result = try CLIRunner.run(["report", "corpus", "--out", "report", "--gazetteer", gazetteer], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: scratch.url.path + "/report/report.md", encoding: .utf8)
        #expect(markdown.contains("| 溧阳市信访局 | 2014 | final | 35,400 | 466 | 75.97 | corpus/seeds/liyang-petitions-bureau-2014-final.txt:"))
        #expect(markdown.contains("| 溧阳市信访局 | 2014 | final | 35,400 | 57 | 621.05 |"))
        #expect(markdown.contains("identity.sangong_total"), "the Langfang inconsistency is reported")
        for section in ["## Coverage", "## Unit costs", "## Trends and forecasts", "## Comparison of cities", "## Anomalies", "## Methods"] {
            #expect(markdown.contains(section))
        }
        let tables = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/report/tables")
        #expect(tables.contains("report.xlsx") && tables.contains("facts.csv") && tables.contains("ledger.csv"))
        #expect(result.stderr.contains("inputs:"))
    }

    @Test func excelPresetWritesBOM() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 0)
        #expect(try CLIRunner.run(["report", "corpus", "--out", "report", "--csv", "excel"], in: scratch.url).status == 0)
        let data = try Data(contentsOf: scratch.url.appendingPathComponent("report/tables/facts.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func unknownSectionAndMissingGazetteerAreErrorsNamingThem() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 0)
        let section = try CLIRunner.run(["report", "corpus", "--out", "r", "--print", "everything"], in: scratch.url)
        #expect(section.status != 0)
        #expect(section.stderr.contains("everything"))
        let gazetteer = try CLIRunner.run(["report", "corpus", "--out", "r", "--gazetteer", "nowhere.csv"], in: scratch.url)
        #expect(gazetteer.status != 0)
        #expect(gazetteer.stderr.contains("nowhere.csv"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/r"), "nothing is written on error")
    }
}
