import Foundation
import FiscalDisclosures

/// Builds the analyst report: `report.md`, `charts/*.svg`, `tables/*.csv` and
/// `tables/report.xlsx`, plus the ingest outputs in `tables/`.
public enum ReportBuilder {
    /// The report's pieces, computed from `context`.
    ///
    /// - Complexity: dominated by forecasting, O(series × optimizer evaluations).
    public static func artifacts(for context: ReportContext) -> ReportArtifacts {
        var artifacts = ReportArtifacts()
        var header = "# FiscalLens report\n\n"
        if !context.inputs.isEmpty {
            header += "Inputs: " + context.inputs.map { "`\($0.replacingOccurrences(of: "`", with: "'"))`" }.joined(separator: ", ") + ". "
        }
        header += "Contents: coverage, unit costs, trends and forecasts, comparison of cities, anomalies, methods. "
        header += "Each figure cites `file:line` of the facts it comes from.\n\n"
        artifacts.sections.append(header)
        artifacts.sectionNames.append("header")
        let builders: [(String, (ReportContext, inout ReportArtifacts) -> Void)] = [
            ("coverage", CoverageSection.build), ("unit-costs", UnitCostSection.build), ("trends", TrendSection.build),
            ("cities", CitySection.build), ("anomalies", AnomalySection.build), ("methods", MethodsSection.build),
        ]
        for (name, build) in builders {
            let before = artifacts.sections.count
            build(context, &artifacts)
            artifacts.sectionNames += Array(repeating: name, count: artifacts.sections.count - before)
        }
        return artifacts
    }

    /// The names ``ReportArtifacts/section(named:chartPrefix:)`` accepts, plus `panel`.
    public static let printableSections = ["coverage", "unit-costs", "trends", "cities", "anomalies", "methods", "panel"]

    /// Writes the report into `directory` (not committed: the caller commits).
    ///
    /// - Returns: The artifacts written.
    /// - Throws: ``OutputError``.
    @discardableResult
    public static func write(_ context: ReportContext, to directory: OutputDirectory, csv: CSVExport = .plain) throws -> ReportArtifacts {
        let artifacts = artifacts(for: context)
        try directory.write(artifacts.sections.joined(), to: "report.md")
        for chart in artifacts.charts { try directory.write(chart.svg, to: "charts/" + chart.name) }
        var names = SafeFileName()
        let ingestTables = [IngestTables.facts(context.ingest), IngestTables.panel(context.ingest.panel),
                            IngestTables.findings(context.ingest.findings), IngestTables.ledger(context.ingest.ledger)]
        for table in ingestTables + artifacts.tables {
            try directory.write(csv.data(of: table), to: "tables/" + names.unique(table.name, fileExtension: "csv"))
        }
        // The workbook holds the report's own tables plus the panel and findings (facts can be large).
        let sheets = artifacts.tables + [ingestTables[1], ingestTables[2]]
        try directory.write(try XLSXWriter().data(for: sheets), to: "tables/report.xlsx")
        return artifacts
    }
}
