import ArgumentParser
import FiscalDisclosures
import FiscalReports
import Foundation

/// `fiscal extract FILE…`: every figure of each disclosure with its provenance.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the identity and every figure of disclosures (.txt, .docx, .html).",
        discussion: """
            JSON is an array with one object per document; CSV is one row per figure with the \
            document's fields repeated; table is for reading. Money is in yuan. Files that cannot \
            be read are reported on stderr; the exit status is 0 when at least one document was read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, table
    }

    @Argument(help: "The disclosures to read: files, or folders to walk for .txt, .docx and .html files.")
    var files: [String]

    @Option(help: "Output format: json, csv or table.")
    var format: Format = .json

    func run() throws {
        let batch = ExtractionBatch.extract(files)
        let documents = batch.documents
        FileHandle.standardError.write(Data(batch.skipped.map { "fiscal extract: skipped \($0.path): \($0.reason)\n" }.joined().utf8))
        switch format {
        case .json: print(ExtractionRendering.json(documents), terminator: "")
        case .csv: print(ExtractionRendering.csv(documents), terminator: "")
        case .table:
            print(ExtractionRendering.table(documents), terminator: "")
            let notes = documents.flatMap(\.diagnostics).map { "\($0)\n" }.joined()
            FileHandle.standardError.write(Data(notes.utf8))
        }
        if format != .table {
            let failures = documents.filter(\.isUnread).flatMap(\.diagnostics).map { "fiscal extract: \($0)\n" }.joined()
            FileHandle.standardError.write(Data(failures.utf8))
        }
        if !documents.contains(where: { !$0.isUnread }) { throw ExitCode(1) }
    }
}
