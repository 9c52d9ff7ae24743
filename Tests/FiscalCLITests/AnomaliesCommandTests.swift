import Foundation
import Testing

@Suite("fiscal anomalies")
struct AnomaliesCommandTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/anomalies/\(name)", withExtension: nil))
        return url.path
    }

    @Test("a facts table: the unit slip is the top finding, exit status 0")
    func factsTable() throws {
        let result = try CLIRunner.run(["anomalies", try Self.fixture("facts.csv"), "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("severity,check,source,agency,year,expected,actual,difference,message,evidence") == true)
        #expect(lines.count == 2)  // the slip alone: its neighbours are not reported as jumps
        #expect(lines[1].hasPrefix("high,panel.magnitude,2017-final.txt,溧阳市信访局,2017,"))
        #expect(result.stderr.isEmpty)
    }

    @Test("json output carries the evidence of every figure")
    func json() throws {
        let result = try CLIRunner.run(["anomalies", try Self.fixture("facts.csv"), "--format", "json"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let first = try #require(array.first)
        #expect(first["check"] as? String == "panel.magnitude")
        let evidence = try #require(first["evidence"] as? [[String: Any]])
        #expect(evidence.first?["line"] as? Int == 12)
        #expect(evidence.first?["source"] as? String == "2017-final.txt")
    }

    @Test("nothing readable: exit status 1 and the reason on stderr")
    func unreadable() throws {
        let result = try CLIRunner.run(["anomalies", "/nonexistent/folder", "--format", "table"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/folder: no such file or folder"))
    }
}
