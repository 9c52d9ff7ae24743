import Foundation
import Testing
@testable import FiscalReports

@Suite struct NotebookTests {
    /// A launcher that echoes its arguments, so outputs are predictable.
    static let echo = NotebookRunner { arguments, _ in (0, "| out |\n|---|\n| \(arguments.joined(separator: " ")) |\n", "") }

    static let notebook = """
    # Title

    Some prose.

    ```fiscal
    # a comment
    fiscal report "a b" --out x
    ```

    More prose.

    ```fiscal text
    fiscal read f.txt
    ```
    Tail.

    """

    @Test func runInsertsOutputsAfterEachBlock() throws {
        let outcome = try Self.echo.run(Self.notebook, in: URL(fileURLWithPath: "/tmp"))
        #expect(outcome.staleBlocks == [5, 12])
        #expect(try matchesGolden(outcome.text, "golden/notebook.md"))
    }

    @Test func runIsIdempotentAndCheckFindsNothingStale() throws {
        let first = try Self.echo.run(Self.notebook, in: URL(fileURLWithPath: "/tmp"))
        let second = try Self.echo.run(first.text, in: URL(fileURLWithPath: "/tmp"))
        #expect(second.text == first.text)
        #expect(second.staleBlocks.isEmpty)
    }

    @Test func changedOutputIsStaleAndReplaced() throws {
        let first = try Self.echo.run(Self.notebook, in: URL(fileURLWithPath: "/tmp"))
        let edited = first.text.replacingOccurrences(of: "| report a b --out x |", with: "| old |")
        let again = try Self.echo.run(edited, in: URL(fileURLWithPath: "/tmp"))
        #expect(again.staleBlocks == [5])
        #expect(again.text == first.text)
    }

    @Test func checkModeThrowsStaleAndDoesNotWrite() throws {
        let temp = try TemporaryDirectory()
        defer { temp.cleanUp() }
        try temp.write(Self.notebook, to: "n.md")
        let path = temp.url.path + "/n.md"
        #expect(throws: NotebookError.stale(file: path, blockLine: 5)) { try Self.echo.run(file: path, check: true) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.notebook)
        try Self.echo.run(file: path, check: false)
        try Self.echo.run(file: path, check: true)
    }

    @Test func failingCommandStopsWithItsLineAndStderr() {
        let failing = NotebookRunner { _, _ in (2, "", "Error: no such file\n") }
        #expect(throws: NotebookError.commandFailed(line: 7, command: "fiscal report a b --out x", status: 2, stderr: "Error: no such file")) {
            try failing.run(Self.notebook, in: URL(fileURLWithPath: "/tmp"))
        }
    }

    @Test(arguments: [
        ("```fiscal\nfiscal x\n", NotebookError.unclosedBlock(line: 1)),
        ("```fiscal\nls -la\n```\n", NotebookError.notAFiscalCommand(line: 2, text: "ls -la")),
        ("```fiscal\nfiscal \"open\n```\n", NotebookError.unclosedQuote(line: 2)),
        ("```fiscal\nfiscal x\n```\n<!-- fiscal-output -->\nhalf\n", NotebookError.unclosedOutput(line: 4)),
    ])
    func malformedNotebooksAreReportedWithTheLine(_ text: String, _ error: NotebookError) {
        #expect(throws: error) { try Self.echo.run(text, in: URL(fileURLWithPath: "/tmp")) }
    }

    @Test func shellWordsQuoteAndEscape() throws {
        #expect(try ShellWords.split(#"fiscal report "a b" 'c "d"' e\ f"#, line: 1) == ["fiscal", "report", "a b", #"c "d""#, "e f"])
    }
}
