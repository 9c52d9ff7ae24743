import FiscalDisclosures

/// Per-unit and per-resident costs, each with the file and line of both figures.
enum UnitCostSection {
    static func build(_ context: ReportContext, into artifacts: inout ReportArtifacts) {
        let ratios = CostRatio.compute(context.ingest.panel)
        var md = "## Unit costs\n\n"
        md += "Each ratio divides a stated (or derived) figure by a count from the same agency, year and kind, both from the same document "
        md += "(two documents for one agency-year give two ratios); rows without the count, or with a count of zero, are left out. "
        md += "The evidence column gives file:line of numerator and denominator (a file is named once, then its lines). Long lists show the highest and lowest values; "
        md += "`tables/unit_costs.csv` has every row.\n\n"
        var table = ExportTable(name: "unit_costs", columns: [
            "ratio", "agency", "region", "year", "kind", "numerator", "denominator", "value", "numerator_evidence", "denominator_evidence",
        ])
        for definition in CostRatioDefinition.all {
            let rows = ratios.filter { $0.definition == definition }
            guard !rows.isEmpty else { continue }
            var shown = ExportTable(name: definition.name, columns: ["agency", "year", "kind", definition.numerator, definition.denominator, "ratio", "evidence"])
            for ratio in rows {
                let cells: [ExportCell] = [
                    .text(ratio.key.agency), .integer(ratio.key.year), .text(ratio.key.kind.rawValue),
                    IngestTables.cell(ratio.numerator.value), IngestTables.cell(ratio.denominator.value),
                    .number(ratio.value, decimals: definition.decimals),
                ]
                shown.rows.append(cells + [.text(compactReferences([reference(ratio.numerator), reference(ratio.denominator)]))])
                table.rows.append([.text(definition.name), .text(ratio.key.agency), ratio.region.map(ExportCell.text) ?? .empty,
                                   .integer(ratio.key.year), .text(ratio.key.kind.rawValue),
                                   IngestTables.cell(ratio.numerator.value), IngestTables.cell(ratio.denominator.value),
                                   .number(ratio.value, decimals: definition.decimals),
                                   .text(reference(ratio.numerator)), .text(reference(ratio.denominator))])
            }
            md += "### \(definition.label)\n\n"
            if rows.count > 1 {
                let values = rows.map(\.value).sorted()
                let median = values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
                md += "\(rows.count) agency-years; median \(DisplayNumber.fixed(median, decimals: definition.decimals, grouping: true)), "
                md += "range \(DisplayNumber.fixed(values.first!, decimals: definition.decimals, grouping: true))–\(DisplayNumber.fixed(values.last!, decimals: definition.decimals, grouping: true)).\n\n"
            }
            if shown.rows.count <= 20 {
                md += MarkdownText.table(shown) + "\n"
            } else {
                let order = shown.rows.indices.sorted { rows[$0].value != rows[$1].value ? rows[$0].value > rows[$1].value : $0 < $1 }
                var highest = shown, lowest = shown
                highest.rows = order.prefix(10).map { shown.rows[$0] }
                lowest.rows = order.suffix(5).reversed().map { shown.rows[$0] }
                md += "Highest 10:\n\n" + MarkdownText.table(highest) + "\nLowest 5:\n\n" + MarkdownText.table(lowest) + "\n"
            }
        }
        if ratios.isEmpty { md += "No agency-year states both a cost and its count.\n\n" }
        artifacts.tables.append(table)
        md += perResident(context, into: &artifacts)
        artifacts.sections.append(md)
    }

    /// Sangong and expenditure per resident of the agency's region.
    static func perResident(_ context: ReportContext, into artifacts: inout ReportArtifacts) -> String {
        var md = "### Per resident\n\n"
        guard let gazetteer = context.gazetteer else {
            return md + "No gazetteer was given or found (`--gazetteer FILE`), so no per-resident figures.\n\n"
        }
        var table = ExportTable(name: "per_resident", columns: [
            "agency", "region", "year", "kind", "metric", "value", "population", "population_year", "per_resident", "evidence", "population_source",
        ])
        var missing: Set<String> = []
        for row in context.ingest.panel.rows {
            for metric in ["sangong_total", "expenditure_total"] {
                guard let fact = row.fact(metric) else { continue }
                guard let region = context.region(of: row), let population = region.population else {
                    if let name = row.region { missing.insert(name) }
                    continue
                }
                table.rows.append([
                    .text(row.key.agency), .text(region.name), .integer(row.key.year), .text(row.key.kind.rawValue), .text(metric),
                    IngestTables.cell(fact.value), .integer(population), region.populationYear.map(ExportCell.integer) ?? .empty,
                    .number(fact.value.doubleValue / Double(population), decimals: 4), .text(reference(fact)), .text(region.populationSource),
                ])
            }
        }
        md += "Population: resident population from `\(MarkdownText.escaped(gazetteer.file))` (column `population`, with its `population_source`). "
        md += "An agency's figure is divided by the population of the region it belongs to.\n\n"
        if table.rows.isEmpty {
            md += "No agency's region has a population in the gazetteer.\n\n"
        } else {
            let shown = ExportTable(name: "per_resident", columns: ["agency", "region", "year", "kind", "metric", "value", "population", "per resident", "evidence"],
                                    rows: table.rows.map { [$0[0], $0[1], $0[2], $0[3], $0[4], $0[5], $0[6], $0[8], $0[9]] })
            md += MarkdownText.table(limited(shown, to: 40)) + "\n"
            let sources = Set(table.rows.compactMap { row -> String? in if case .text(let s) = row[10] { return "\(row[1].plainText): \(s)" } else { return nil } })
            md += "Population sources: " + sources.sorted().map(MarkdownText.escaped).joined(separator: "; ") + ".\n\n"
        }
        if !missing.isEmpty {
            md += "No population in the gazetteer for: " + missing.sorted().map(MarkdownText.escaped).joined(separator: ", ") + ".\n\n"
        }
        artifacts.tables.append(table)
        return md
    }

    /// The first `limit` rows, with a note row when more exist (the CSV keeps all).
    static func limited(_ table: ExportTable, to limit: Int) -> ExportTable {
        guard table.rows.count > limit else { return table }
        var copy = table
        copy.rows = Array(table.rows.prefix(limit))
        copy.rows.append([.text("… \(table.rows.count - limit) more rows in tables/")])
        return copy
    }
}
