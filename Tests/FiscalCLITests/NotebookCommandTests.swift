import Foundation
import Testing

@Suite struct NotebookCommandTests {
    static let fence = String(repeating: "`", count: 3)

    /// The notebooks in Notebooks-md/ (files holding a fiscal block).
    static var notebooks: [String] {
        let folder = CLIScratch.repositoryRoot.appendingPathComponent("Notebooks-md")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().filter { name in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").contains { $0.hasPrefix(fence + "fiscal") }
        }
    }

    @Test func thereAreAtLeastFourNotebooks() {
        #expect(Self.notebooks.count >= 4)
    }

    /// Keeps the notebooks true: their stored outputs must match a fresh run.
    @Test(arguments: notebooks)
    func storedOutputsAreCurrent(_ name: String) throws {
        let path = CLIScratch.repositoryRoot.appendingPathComponent("Notebooks-md/\(name)").path
        let result = try CLIRunner.run(["notebook", "run", path, "--check"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func runWritesOutputsAndCheckDetectsStaleness() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 0)
        let f = Self.fence
        try scratch.write("""
        # Test

        \(f)fiscal
        fiscal report corpus/seeds/liyang-petitions-bureau-2014-final.txt --out out --print unit-costs
        \(f)

        End.

        """, to: "n.md")
        let path = scratch.url.path + "/n.md"
        #expect(try CLIRunner.run(["notebook", "run", path, "--check"]).status == 1)
        let run = try CLIRunner.run(["notebook", "run", path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("| 溧阳市信访局 | 2014 | final | 35,400 | 466 | 75.97 |"))
        #expect(text.contains("<!-- /fiscal-output -->\n\nEnd.\n"))
        #expect(try CLIRunner.run(["notebook", "run", path, "--check"]).status == 0)
        #expect(try CLIRunner.run(["notebook", "run", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "running again changes nothing")
        try text.replacingOccurrences(of: "75.97", with: "75.00").write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CLIRunner.run(["notebook", "run", path, "--check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("line 3"))
        #expect(check.stderr.contains("stale"))
    }

    @Test func failingCommandNamesItsLine() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        let f = Self.fence
        try scratch.write("\(f)fiscal\nfiscal report missing-folder --out out --gazetteer nowhere.csv\n\(f)\n", to: "n.md")
        let result = try CLIRunner.run(["notebook", "run", scratch.url.path + "/n.md"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 2"))
        #expect(result.stderr.contains("nowhere.csv"))
    }
}
