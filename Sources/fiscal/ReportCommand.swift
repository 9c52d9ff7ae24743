import ArgumentParser
import FiscalReports
import Foundation

/// `fiscal report PATH… --out DIR`: the analyst report with charts and tables.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Ingest disclosures and write report.md with charts/*.svg and tables/*.csv and tables/report.xlsx.",
        discussion: """
        The report covers coverage, unit costs (per person-time, per batch, per vehicle, per staff, per resident), \
        trends with forecasts and intervals, a comparison of cities with a log-log regression, the anomalies with \
        their evidence, and the methods. Every figure cites the file and line it comes from. The output folder is \
        replaced as a whole only when the run succeeds.
        """
    )

    @OptionGroup var arguments: MainJobArguments

    @Option(name: .customLong("print"), help: ArgumentHelp(
        "Also print these sections of the report on standard output, with chart links relative to the working directory.",
        valueName: ReportBuilder.printableSections.joined(separator: "|")))
    var printedSections: [String] = []

    func validate() throws {
        for name in printedSections where !ReportBuilder.printableSections.contains(name) {
            throw ValidationError("unknown section '\(name)'; use one of \(ReportBuilder.printableSections.joined(separator: ", "))")
        }
    }

    func run() throws {
        let start = Date()
        let (result, artifacts) = try MainJob.report(arguments.options, gazetteer: arguments.gazetteer)
        for name in printedSections {
            if name == "panel" {
                print(PanelView.markdown(result.panel), terminator: "")
            } else if let section = artifacts.section(named: name, chartPrefix: arguments.out) {
                print(section, terminator: section.hasSuffix("\n") ? "" : "\n")
            }
        }
        FileHandle.standardError.write(Data((MainJob.summary(result, seconds: Date().timeIntervalSince(start), output: arguments.out) + "\n").utf8))
    }
}
