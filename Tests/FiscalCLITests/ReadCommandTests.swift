import Foundation
import Testing

@Suite struct ReadCommandTests {
    static var fixtures: URL {
        get throws { try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/read") }
    }

    @Test func printsBlocksWithSourceLines() throws {
        let folder = try Self.fixtures
        let result = try CLIRunner.run(["read", "layout-d.txt"], in: folder)
        #expect(result.status == 0)
        let expected = try String(contentsOf: folder.appendingPathComponent("layout-d.expected"), encoding: .utf8)
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty)
    }

    @Test func unreadableFileIsReportedAndTheOthersAreRead() throws {
        let folder = try Self.fixtures
        let result = try CLIRunner.run(["read", "--summary", "missing.txt", "layout-d.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "fiscal read: missing.txt: cannot read the file: No such file or directory\n")
        #expect(result.stdout == "layout-d.txt: txt, utf-8, 7 lines, 2 paragraphs, 1 tables, 0 diagnostics\n")
    }

    @Test func rejectsAnUnknownEncoding() throws {
        let result = try CLIRunner.run(["read", "--encoding", "latin1", "x.txt"], in: try Self.fixtures)
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown encoding 'latin1'"))
    }
}
