import ArgumentParser
import FiscalReports
import Foundation

/// Options shared by `fiscal ingest` and `fiscal report`.
struct MainJobArguments: ParsableArguments {
    @Argument(help: "Files and folders of disclosures (.txt, .docx, .html, .htm); folders are walked.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The output folder; it is replaced as a whole when the run succeeds.")
    var out: String

    @Option(help: "Documents read in parallel (outputs are the same for any value).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(inversion: .prefixedNo, help: "Show a progress bar on standard error (default: when it is a terminal).")
    var progress: Bool?

    @Option(help: "The region gazetteer CSV (name, province, population, population_source, …); default: a regions.csv found under the paths.")
    var gazetteer: String?

    @Option(help: "CSV flavour: plain (UTF-8, LF) or excel (UTF-8 with BOM, CRLF). Formula-like text is escaped in both.")
    var csv: CSVPreset = .plain

    @Option(help: ArgumentHelp("Milliseconds to pause after each document (for testing interruption).", visibility: .hidden))
    var delayPerDocument: Int = 0

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard delayPerDocument >= 0 else { throw ValidationError("--delay-per-document must not be negative") }
    }

    var options: MainJob.Options {
        var options = MainJob.Options(paths: paths, output: URL(fileURLWithPath: out), threads: threads, showsProgress: progress,
                                      delayPerDocument: delayPerDocument)
        options.csv = csv == .excel ? .excel : .plain
        return options
    }
}

/// The `--csv` choices.
enum CSVPreset: String, ExpressibleByArgument, CaseIterable {
    case plain, excel
}

/// `fiscal ingest PATH… --out DIR`: facts, panel, findings and ledger as CSV.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read every disclosure under the paths into facts.csv, panel.csv, findings.csv and ledger.csv.",
        discussion: """
        Files are read in parallel; the outputs are sorted and identical for any thread count and across re-runs. \
        The output folder is built beside the destination and swapped in at the end, so an interrupted run \
        (Ctrl-C, SIGTERM, a kill) leaves the previous outputs intact. Every input appears in ledger.csv with its \
        status: ingested, duplicate, failed (with the reason) or skipped.
        """
    )

    @OptionGroup var arguments: MainJobArguments

    func run() throws {
        let start = Date()
        let result = try MainJob.ingest(arguments.options, gazetteer: arguments.gazetteer)
        FileHandle.standardError.write(Data((MainJob.summary(result, seconds: Date().timeIntervalSince(start), output: arguments.out) + "\n").utf8))
    }
}

