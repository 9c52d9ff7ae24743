import Foundation
import Testing

@Suite struct IngestCommandTests {
    @Test func writesTheFourOutputsAndASummaryLine() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 3)
        let result = try CLIRunner.run(["ingest", "corpus", "--out", "out"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path + "/out").sorted()
                == ["facts.csv", "findings.csv", "ledger.csv", "panel.csv"])
        #expect(result.stderr.contains("7 inputs:"))
        #expect(result.stderr.contains("→ out"))
        #expect(!result.stderr.contains("\r"), "no progress bar when stderr is not a terminal")
    }

    @Test func ledgerAccountsForEveryInputIncludingFailures() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 3)
        _ = try CLIRunner.run(["ingest", "corpus", "--out", "out"], in: scratch.url)
        let ledger = try String(contentsOfFile: scratch.url.path + "/out/ledger.csv", encoding: .utf8)
        let lines = ledger.split(separator: "\n")
        #expect(lines.first == "path,format,encoding,status,reason,facts,duplicate_of")
        #expect(lines.count == 1 + 7)
        #expect(lines.contains { $0.hasPrefix("corpus/empty.txt,txt,,failed,") })
        #expect(lines.contains { $0.hasPrefix("corpus/notes.pdf,pdf,,skipped,unsupported format .pdf") })
        #expect(!ledger.contains(scratch.url.path), "paths are named as given, not absolutized")
    }

    @Test func outputsAreByteIdenticalAcrossThreadCountsAndReruns() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 12)
        #expect(try CLIRunner.run(["ingest", "corpus", "--out", "one", "--threads", "1"], in: scratch.url).status == 0)
        #expect(try CLIRunner.run(["ingest", "corpus", "--out", "many", "--threads", "6"], in: scratch.url).status == 0)
        let one = try scratch.snapshot("one")
        #expect(!one.isEmpty)
        #expect(one == (try scratch.snapshot("many")))
        #expect(try CLIRunner.run(["ingest", "corpus", "--out", "one", "--threads", "3"], in: scratch.url).status == 0)
        #expect(one == (try scratch.snapshot("one")))
    }

    @Test(arguments: [("ingest", SIGTERM), ("ingest", SIGINT), ("report", SIGTERM)])
    func interruptedRunLeavesPreviousOutputsIntactAndNoPartialFiles(_ command: String, _ signalNumber: Int32) throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 30)
        #expect(try CLIRunner.run([command, "corpus", "--out", "out"], in: scratch.url).status == 0)
        let before = try scratch.snapshot("out")
        try scratch.write("2016年度新局决算\n", to: "corpus/extra/new.txt")
        let process = try CLIRunner.start([command, "corpus", "--out", "out", "--threads", "1", "--delay-per-document", "40"], in: scratch.url)
        // The run needs about 33 × 40 ms; interrupt it once its staging folder exists, while
        // documents are being read.
        #expect(try scratch.waitForStaging(of: "out"))
        #expect(process.isRunning)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signalNumber)
        #expect(try scratch.snapshot("out") == before)
        let entries = try scratch.entries()
        #expect(entries == ["corpus", "out"], "no staging folder or temporary file is left")
    }

    @Test func killedRunLeavesPreviousOutputsAndTheNextRunCleansUp() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 30)
        #expect(try CLIRunner.run(["ingest", "corpus", "--out", "out"], in: scratch.url).status == 0)
        let before = try scratch.snapshot("out")
        let process = try CLIRunner.start(["ingest", "corpus", "--out", "out", "--threads", "1", "--delay-per-document", "40"], in: scratch.url)
        #expect(try scratch.waitForStaging(of: "out"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try scratch.snapshot("out") == before)
        let leftovers = try scratch.entries().filter { $0.hasPrefix(".out.partial-") }
        #expect(leftovers.count == 1, "SIGKILL cannot be caught: the hidden staging folder stays until the next run")
        #expect(try CLIRunner.run(["ingest", "corpus", "--out", "out"], in: scratch.url).status == 0)
        #expect(try scratch.entries() == ["corpus", "out"])
    }

    @Test func anOutputPathThatIsAFileIsRefusedWithItsName() throws {
        let scratch = try CLIScratch()
        defer { scratch.cleanUp() }
        try scratch.makeCorpus(count: 1)
        try scratch.write("keep", to: "taken")
        let result = try CLIRunner.run(["ingest", "corpus", "--out", "taken"], in: scratch.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("taken"))
        #expect(result.stderr.contains("not a directory"))
        #expect(try String(contentsOfFile: scratch.url.path + "/taken", encoding: .utf8) == "keep")
    }
}
