import FiscalDisclosures

/// The findings, most severe first, each with its evidence lines.
enum AnomalySection {
    static let shownLimit = 60

    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        let findings = context.ingest.findings
        var md = "## Anomalies and inconsistencies\n\n"
        guard !findings.isEmpty else {
            artifacts.sections.append(md + "No check found anything.\n\n")
            return
        }
        let counts = Finding.Severity.allCases.reversed().map { severity in
            "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)"
        }
        md += "\(findings.count) finding\(findings.count == 1 ? "" : "s") (\(counts.joined(separator: ", "))), most severe first; all are in `tables/findings.csv`.\n\n"
        for (index, finding) in findings.prefix(shownLimit).enumerated() {
            var heading = "\(index + 1). **\(finding.severity.rawValue)** `\(finding.check)`"
            if let agency = finding.agency { heading += " — \(MarkdownText.escaped(agency))" }
            if let year = finding.year { heading += " \(year)" }
            md += heading + ": " + MarkdownText.escaped(finding.message) + "\n"
            if let expected = finding.expected, let actual = finding.actual {
                md += "   - expected \(DisplayNumber.fixed(expected, decimals: 2, grouping: true)), stated \(DisplayNumber.fixed(actual, decimals: 2, grouping: true)), difference \(DisplayNumber.fixed(actual - expected, decimals: 2, grouping: true))\n"
            }
            for evidence in finding.evidence.prefix(8) {
                md += "   - `\(evidence.source.replacingOccurrences(of: "`", with: "'")):\(evidence.line)` \(MarkdownText.escaped(String(evidence.text.prefix(160))))\n"
            }
            if finding.evidence.count > 8 { md += "   - … \(finding.evidence.count - 8) more evidence lines in tables/findings.csv\n" }
        }
        if findings.count > shownLimit { md += "\n… \(findings.count - shownLimit) more in `tables/findings.csv`.\n" }
        artifacts.sections.append(md + "\n")
    }
}

/// How each number was computed.
enum MethodsSection {
    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        var md = "## Methods\n\n"
        md += "- **Inputs.** Every file under the given paths is listed in `tables/ledger.csv` (ingested, duplicate, failed or skipped, with the reason). "
        md += "Supported formats: .txt, .docx, .html/.htm. Duplicates are files whose extracted content (identity and every figure with its evidence) "
        md += "matches an earlier file in path order.\n"
        md += "- **Facts.** Each figure is read with its file, line, the text it came from, its unit and whether it is stated or derived "
        md += "(e.g. a prior-year value from “比上年减少…”); money is exact to the fen (`tables/facts.csv`).\n"
        md += "- **Panel.** One row per agency × year × kind (`tables/panel.csv`). A cell takes the stated figure before a derived one, "
        md += "then the first by file and line; disagreeing figures are listed in the `conflicts` column and as `panel.conflict` findings.\n"
        md += "- **Unit costs.** Figure ÷ count of the same agency-year-kind row (VOCABULARY §8), e.g. reception per person-time = "
        md += "sangong_reception ÷ reception_persons. Results are rounded half away from zero for display only; the CSV keeps full precision.\n"
        if let gazetteer = context.gazetteer {
            md += "- **Per resident.** Figure ÷ resident population of the agency's region from `\(MarkdownText.escaped(gazetteer.file))`, with the source given per region.\n"
        } else {
            md += "- **Per resident.** Not computed: no gazetteer.\n"
        }
        md += "- **Trends.** CAGR over the years between the first and last value; forecasts by `FiscalStatistics.Forecaster` (automatic method, non-negative) from the consecutive years ending with the latest, with 80 % and 95 % intervals; region series sum the “三公”经费 finals of the agencies disclosing each year, and `tables/region_trends.csv` gives file:line of every figure summed.\n"
        md += "- **Cities.** Sums of “三公”经费 and staff over a region's agencies stating both, for its latest year (file:line of each in the evidence column); OLS of log(三公) on log(population) and log(staff) "
        md += "(rank-revealing least squares; a rank-deficient design is refused), standard errors from σ²(XᵀX)⁻¹, studentized residuals with leverage.\n"
        md += "- **Checks.** Single-document identities (VOCABULARY §7) and cross-document checks; findings are sorted by severity, then agency and year.\n"
        md += "- **Tables.** Every table is in `tables/` as CSV (UTF-8; Excel users: `tables/report.xlsx`, one sheet per table). "
        md += "Text cells that a spreadsheet would treat as a formula are escaped.\n"
        artifacts.sections.append(md)
    }
}
