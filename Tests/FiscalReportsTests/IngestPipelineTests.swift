import Foundation
import Testing
import FiscalDisclosures
@testable import FiscalReports

@Suite struct IngestPipelineTests {
    /// A corpus with two real-looking documents, a copy, a failure, a skip and many fillers.
    func corpus() throws -> TemporaryDirectory {
        let temp = try TemporaryDirectory()
        try temp.write(SampleCorpus.liyang, to: "in/liyang-2014.txt")
        try temp.write(SampleCorpus.liyang, to: "in/copy/liyang-2014-copy.txt")
        try temp.write(SampleCorpus.langfang, to: "in/langfang-2017.txt")
        try temp.write("fail truncated archive", to: "in/broken.docx")
        try temp.write("a,b", to: "in/notes.csv")
        for i in 0..<24 {
            try temp.write("agency 机构\(i % 5)\nyear \(2010 + i / 5)\nkind final\nfact sangong_total \(1000 * (i + 1)) 元\n",
                           to: "in/bulk/doc-\(i).html")
        }
        return temp
    }

    @Test func ledgerAccountsForEveryInput() throws {
        let temp = try corpus()
        defer { temp.cleanUp() }
        let result = IngestPipeline(extractor: FakeExtractor.extractor, threads: 2).run([temp.url.path + "/in"])
        #expect(result.ledger.count == 29)
        #expect(result.count(.ingested) == 26)
        #expect(result.count(.duplicate) == 1)
        #expect(result.count(.failed) == 1)
        #expect(result.count(.skipped) == 1)
        let duplicate = try #require(result.ledger.first { $0.status == .duplicate })
        // The first by path ("in/copy/…" sorts before "in/liyang…") is the original.
        #expect(duplicate.path.hasSuffix("in/liyang-2014.txt"))
        #expect(duplicate.duplicateOf?.hasSuffix("in/copy/liyang-2014-copy.txt") == true)
        #expect(duplicate.reason == "same content as \(duplicate.duplicateOf ?? "")")
        let failed = try #require(result.ledger.first { $0.status == .failed })
        #expect(failed.reason == "truncated archive")
        #expect(result.diagnostics.contains { $0.file == failed.path && $0.severity == .error })
    }

    @Test func outputsAreIdenticalForOneAndManyThreadsAndAcrossRuns() throws {
        let temp = try corpus()
        defer { temp.cleanUp() }
        func csv(_ threads: Int) -> [String] {
            let result = IngestPipeline(extractor: FakeExtractor.extractor, threads: threads).run([temp.url.path + "/in"])
            return [IngestTables.facts(result), IngestTables.panel(result.panel), IngestTables.findings(result.findings),
                    IngestTables.ledger(result.ledger)].map(CSVExport.plain.text(of:))
        }
        let one = csv(1)
        #expect(one == csv(4))
        #expect(one == csv(7))
        #expect(one == csv(1))
    }

    @Test func relativePathsStayRelativeInOutputs() throws {
        let temp = try corpus()
        defer { temp.cleanUp() }
        let result = IngestPipeline(extractor: FakeExtractor.extractor, threads: 1)
            .run(["in/liyang-2014.txt"], relativeTo: temp.url)
        let facts = result.documents.flatMap(\.facts)
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { $0.source == "in/liyang-2014.txt" })
    }

    @Test func extractorFindingsAndCrossDocumentChecksAreMergedMostSevereFirst() throws {
        let temp = try corpus()
        defer { temp.cleanUp() }
        let check: CrossDocumentCheck = { documents, panel in
            [Finding(check: "test.cross", severity: .high, message: "\(documents.count) documents, \(panel.rows.count) rows")]
        }
        let result = IngestPipeline(extractor: FakeExtractor.extractor, crossDocumentChecks: [check], threads: 2)
            .run([temp.url.path + "/in"])
        #expect(result.findings.first?.check == "test.cross")
        #expect(result.findings.first?.message == "26 documents, 27 rows")
        #expect(result.findings.contains { $0.check == "panel.conflict" })
        let severities = result.findings.map(\.severity.rank)
        #expect(severities == severities.sorted(by: >))
    }
}
