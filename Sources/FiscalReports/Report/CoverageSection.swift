import FiscalDisclosures

/// The coverage section: counts of documents, agencies, regions, provinces, years and kinds,
/// and an agency × year matrix of what was disclosed.
enum CoverageSection {
    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        let ingest = context.ingest
        let documents = ingest.documents
        let agencies = Set(documents.compactMap(\.identity.agency))
        let regions = Set(documents.compactMap(\.identity.region))
        let provinces = Set(documents.compactMap { document -> String? in
            document.identity.province ?? document.identity.region.flatMap { context.gazetteer?.region(named: $0)?.province }
        })
        let years = documents.compactMap(\.identity.year)
        let budgets = documents.filter { $0.identity.kind == .budget }.count
        let finals = documents.filter { $0.identity.kind == .final }.count
        let adjusted = documents.filter { $0.identity.kind == .adjusted }.count
        let yearText = years.isEmpty ? "none" : "\(years.min()!)–\(years.max()!)"

        var md = "## Coverage\n\n"
        md += "| measure | count |\n|---|---:|\n"
        md += "| documents ingested | \(ingest.count(.ingested)) |\n"
        md += "| duplicates left out | \(ingest.count(.duplicate)) |\n"
        md += "| failed to read | \(ingest.count(.failed)) |\n"
        md += "| skipped (unsupported, hidden, loops) | \(ingest.count(.skipped)) |\n"
        md += "| agencies | \(agencies.count) |\n"
        md += "| regions | \(regions.count) |\n"
        md += "| provinces | \(provinces.count) |\n"
        md += "| budgets / finals / adjusted | \(budgets) / \(finals) / \(adjusted) |\n"
        md += "| years | \(yearText) |\n"
        md += "| facts | \(documents.reduce(0) { $0 + $1.facts.count }) |\n\n"
        md += "Every input is listed with its status in `tables/ledger.csv`; failures and skips give the reason.\n\n"

        // Matrix: which (agency, year) has a budget (B) or final (F) document; b/f for rows
        // filled only by figures a later document states about that year.
        var documentKinds: [String: [Int: Set<String>]] = [:]
        var regionOf: [String: String] = [:]
        for document in documents {
            guard let agency = document.identity.agency, let year = document.identity.year, let kind = document.identity.kind else { continue }
            documentKinds[agency, default: [:]][year, default: []].insert(kind == .final ? "F" : (kind == .budget ? "B" : "A"))
            if let region = document.identity.region { regionOf[agency] = regionOf[agency] ?? region }
        }
        for row in ingest.panel.rows where documentKinds[row.key.agency]?[row.key.year] == nil || !(documentKinds[row.key.agency]?[row.key.year]?.contains(row.key.kind == .final ? "F" : "B") ?? false) {
            let mark = row.key.kind == .final ? "f" : (row.key.kind == .budget ? "b" : "a")
            documentKinds[row.key.agency, default: [:]][row.key.year, default: []].insert(mark)
        }
        let allYears = Set(documentKinds.values.flatMap(\.keys)).sorted()
        var table = ExportTable(name: "coverage", columns: ["agency", "region", "province"] + allYears.map(String.init))
        for agency in documentKinds.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let region = regionOf[agency]
            let province = region.flatMap { context.gazetteer?.region(named: $0)?.province }
            var cells: [ExportCell] = [.text(agency), region.map(ExportCell.text) ?? .empty, province.map(ExportCell.text) ?? .empty]
            for year in allYears {
                let marks = documentKinds[agency]?[year] ?? []
                let ordered = ["B", "b", "F", "f", "A", "a"].filter(marks.contains)
                cells.append(ordered.isEmpty ? .empty : .text(ordered.joined(separator: " ")))
            }
            table.rows.append(cells)
        }
        md += "### Coverage matrix\n\n"
        md += "B = budget document, F = final-accounts document, A = adjusted budget; lower-case b/f = "
        md += "figures for that year known only from another year's document (e.g. a 2017 budget's comparison with 2016).\n\n"
        if table.rows.isEmpty {
            md += "No document had an agency, year and kind.\n\n"
        } else {
            md += MarkdownText.table(table) + "\n"
        }
        artifacts.sections.append(md)
        artifacts.tables.append(table)
    }
}
