import Foundation
import Testing

/// `fiscal extract` run as a program: formats, golden JSON, exit status, stderr.
@Suite struct ExtractCommandTests {
    static var fixtures: URL {
        get throws { try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures") }
    }

    @Test func jsonMatchesTheGoldenFile() throws {
        let result = try CLIRunner.run(["extract", "liyang-petitions-bureau-2014-final.txt"], in: Self.fixtures)
        #expect(result.status == 0)
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("liyang-extract.json"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func jsonIsAnArrayWithTheDocumentFieldsInOrder() throws {
        let result = try CLIRunner.run(
            ["extract", "langfang-petitions-bureau-2017-budget.txt", "liyang-petitions-bureau-2014-final.txt"],
            in: Self.fixtures)
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let documents = try #require(parsed)
        #expect(documents.count == 2)
        #expect(documents[0]["agency"] as? String == "中共廊坊市委信访局")
        #expect(documents[1]["province"] as? String == "江苏省")
        let findings = try #require(documents[0]["findings"] as? [[String: Any]])
        #expect(findings.first?["check"] as? String == "identity.sangong_total")
        let keys = ["\"source\"", "\"encoding\"", "\"agency\"", "\"region\"", "\"province\"", "\"year\"", "\"kind\"",
                    "\"scope\"", "\"facts\"", "\"findings\"", "\"diagnostics\""]
        let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func csvIsTidyWithDocumentFieldsOnEveryRow() throws {
        let result = try CLIRunner.run(["extract", "--format", "csv", "liyang-petitions-bureau-2014-final.txt"], in: Self.fixtures)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasPrefix("source,encoding,agency,region,province,doc_year,doc_kind,scope,metric,") == true)
        #expect(lines.count == 24)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("liyang-petitions-bureau-2014-final.txt,utf-8,溧阳市信访局,溧阳市,江苏省,2014,final,unit,") })
        #expect(lines.contains { $0.contains(",sangong_total,,35400,万元,2014,final,stated,71,") })
    }

    @Test func tableModeSendsDiagnosticsToStderr() throws {
        let result = try CLIRunner.run(["extract", "--format", "table", "langfang-petitions-bureau-2017-budget.txt"], in: Self.fixtures)
        #expect(result.status == 0)
        #expect(result.stdout.contains("agency: 中共廊坊市委信访局"))
        #expect(result.stdout.contains("sangong_total"))
        #expect(result.stderr.contains("langfang-petitions-bureau-2017-budget.txt"))
    }

    @Test func unreadableFilesDoNotStopTheBatch() throws {
        let ok = try CLIRunner.run(["extract", "missing.txt", "liyang-petitions-bureau-2014-final.txt"], in: Self.fixtures)
        #expect(ok.status == 0)
        #expect(ok.stderr.contains("missing.txt"))
        #expect(ok.stdout.contains("\"source\": \"missing.txt\""))
        let none = try CLIRunner.run(["extract", "missing.txt"], in: Self.fixtures)
        #expect(none.status == 1)
    }

    @Test func foldersAreWalkedForDisclosures() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fiscal-extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("2014"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try Self.fixtures.appendingPathComponent("liyang-petitions-bureau-2014-final.txt"),
                                         to: folder.appendingPathComponent("2014/liyang.txt"))
        try Data("year,value\n".utf8).write(to: folder.appendingPathComponent("notes.csv"))
        let walked = try CLIRunner.run(["extract", "--format", "csv", folder.lastPathComponent], in: folder.deletingLastPathComponent())
        #expect(walked.status == 0)
        let rows = walked.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 23)
        #expect(rows.allSatisfy { $0.hasPrefix("\(folder.lastPathComponent)/2014/liyang.txt,utf-8,溧阳市信访局,") })
        #expect(walked.stderr.contains("skipped \(folder.lastPathComponent)/notes.csv: unsupported format .csv"))
    }
}
