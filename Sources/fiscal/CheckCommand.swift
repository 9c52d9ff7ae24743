import ArgumentParser
import FiscalDisclosures
import FiscalReports
import Foundation

/// `fiscal check FILE…`: the single-document checks, findings ranked by severity.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check each disclosure's own identities (三公 items, basic + project, units, shares, 持平).",
        discussion: """
            Findings are results, not failures: the exit status is 0 when findings exist, and 1 only \
            when no document could be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, markdown
    }

    @Argument(help: "The disclosures to check: files, or folders to walk for .txt, .docx and .html files.")
    var files: [String]

    @Option(help: "Output format: table, csv, json or markdown.")
    var format: Format = .table

    func run() throws {
        let batch = ExtractionBatch.extract(files)
        let documents = batch.documents
        FileHandle.standardError.write(Data(batch.skipped.map { "fiscal check: skipped \($0.path): \($0.reason)\n" }.joined().utf8))
        let findings = FindingRendering.ranked(documents)
        switch format {
        case .table: print(FindingRendering.table(findings), terminator: "")
        case .csv: print(FindingRendering.csv(findings), terminator: "")
        case .json: print(FindingRendering.json(findings), terminator: "")
        case .markdown: print(FindingRendering.markdown(findings), terminator: "")
        }
        let failures = documents.filter(\.isUnread).flatMap(\.diagnostics).map { "fiscal check: \($0)\n" }.joined()
        FileHandle.standardError.write(Data(failures.utf8))
        if !documents.contains(where: { !$0.isUnread }) { throw ExitCode(1) }
    }
}
