import Foundation
import Testing

@Suite struct TableCommandTests {
    static func fixture(_ name: String) throws -> String {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/table").appendingPathComponent(name).path
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOfFile: try fixture(name), encoding: .utf8)
    }

    static let grouped = ["--where", "metric == 'sangong_total'", "--group-by", "agency", "--sum", "value",
                          "--mean", "value", "--size", "--sort", "-value_sum"]

    @Test(arguments: [
        ([], "grouped.txt"), (["--format", "markdown", "--digits", "2"], "grouped.md"), (["--format", "csv"], "grouped.csv"),
    ] as [([String], String)])
    func groupedQueryMatchesGolden(extra: [String], golden: String) throws {
        let result = try CLIRunner.run(["table", try Self.fixture("facts.csv")] + Self.grouped + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Self.golden(golden)))
        #expect(result.stderr.isEmpty)
    }

    @Test func detectsGB18030AndSaysSo() throws {
        let path = try Self.fixture("facts-gb18030.csv")
        let result = try CLIRunner.run(["table", path, "--select", "agency,year", "--head", "2", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout == "[\n  {\"agency\": \"中共廊坊市委信访局\", \"year\": 2015},\n  {\"agency\": \"中共廊坊市委信访局\", \"year\": 2016}\n]\n")
        #expect(result.stderr.contains("gb18030"))
    }

    @Test func excelOutputHasBOMAndEscapesFormulasIntoAFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["table", try Self.fixture("facts.csv"), "--select", "code,note", "--format", "csv",
                                        "--excel", "--output", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let bytes = try Data(contentsOf: out)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("0521,'=1+2\r\n"))
        #expect(text.contains("0320,\"含\"\"公务接待\"\", 出国\"\r\n"))
    }

    @Test(arguments: [
        (["--sort", "nope"], "unknown column 'nope'"),
        (["--where", "year >"], "bad expression at character 7"),
        (["--where", "agency > 3"], "cannot apply >"),
        (["--sum", "agency"], "column 'agency' holds string values"),
        (["--type", "year=bool"], "facts.csv, line 2, row 1: column 'year': cannot read \"2015\" as bool"),
        (["--encoding", "latin1"], "unknown encoding"),
    ] as [([String], String)])
    func reportsReadableErrors(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["table", try Self.fixture("facts.csv")] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unreadableFileIsNamed() throws {
        let result = try CLIRunner.run(["table", "/no/such/file.csv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/file.csv: cannot read the file"))
    }
}
