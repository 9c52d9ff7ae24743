import FiscalDisclosures

/// Builds the ``Panel`` from ingested documents.
///
/// A fact lands in the row of its document's agency, the fact's own year and kind (falling
/// back to the document's), so a 2017 budget's "比上年减少 X" figures fill the 2016 row.
/// Within a cell, stated facts win over derived ones; among equals, the first by source path
/// and line. Candidates that disagree on the value mark the cell as conflicting and give a
/// `panel.conflict` finding (medium between stated figures, low when a derived figure
/// disagrees with a stated one).
public enum PanelBuilder {
    /// Facts that could not be placed (no agency, year or kind), per source.
    public typealias Unplaced = [String: Int]

    /// Builds the panel.
    ///
    /// - Parameter documents: Ingested extractions (duplicates already removed).
    /// - Returns: The panel, its conflict findings, and counts of unplaced facts per source.
    /// - Complexity: O(f log f) for f facts.
    public static func build(_ documents: [DocumentExtraction]) -> (panel: Panel, findings: [Finding], unplaced: Unplaced) {
        struct Accumulator {
            var region: String?
            var province: String?
            var scopes: Set<DocumentScope> = []
            var candidates: [String: [Fact]] = [:]
            var sources: Set<String> = []
        }
        var rows: [PanelKey: Accumulator] = [:]
        var unplaced: Unplaced = [:]
        for document in documents {
            let identity = document.identity
            for fact in document.facts {
                guard let agency = identity.agency, let year = fact.year ?? identity.year,
                      let kind = fact.kind ?? identity.kind else {
                    unplaced[document.source, default: 0] += 1
                    continue
                }
                let key = PanelKey(agency: agency, year: year, kind: kind)
                var row = rows[key] ?? Accumulator()
                row.region = row.region ?? identity.region
                row.province = row.province ?? identity.province
                if let scope = identity.scope { row.scopes.insert(scope) }
                let category = fact.category.flatMap { PanelColumns.hasColumn(metric: fact.metric, category: $0) ? $0 : nil }
                // A categorized line of a metric without category columns stays in facts.csv only.
                if fact.category == nil || category != nil {
                    row.candidates[PanelColumns.name(metric: fact.metric, category: category), default: []].append(fact)
                }
                row.sources.insert(document.source)
                rows[key] = row
            }
        }
        var findings: [Finding] = []
        var columns: Set<String> = []
        var panelRows: [PanelRow] = []
        for key in rows.keys.sorted() {
            let accumulator = rows[key]!
            var cells: [String: PanelCell] = [:]
            for (column, facts) in accumulator.candidates {
                let ordered = facts.sorted(by: preferred)
                let chosen = ordered[0]
                let distinct = Set(ordered.map(\.value))
                let conflicting = distinct.count > 1
                cells[column] = PanelCell(fact: chosen, candidates: ordered, isConflicting: conflicting)
                columns.insert(column)
                if conflicting {
                    let statedValues = Set(ordered.filter { $0.origin == .stated }.map(\.value))
                    let severity: Finding.Severity = statedValues.count > 1 ? .medium : .low
                    let values = ordered.map { "\($0.value) (\($0.origin.rawValue), \($0.source):\($0.line))" }
                    findings.append(Finding(
                        check: "panel.conflict", severity: severity,
                        message: "\(key.agency) \(key.year) \(key.kind.rawValue): \(column) has \(distinct.count) different values: \(values.joined(separator: "; ")); the panel uses \(chosen.value)",
                        expected: chosen.value.doubleValue,
                        actual: ordered.first { $0.value != chosen.value }?.value.doubleValue,
                        source: chosen.source, agency: key.agency, year: key.year,
                        evidence: ordered.map { Evidence(source: $0.source, line: $0.line, text: $0.evidence) }))
                }
            }
            panelRows.append(PanelRow(
                key: key, region: accumulator.region, province: accumulator.province,
                scopes: accumulator.scopes.sorted { $0.rawValue < $1.rawValue }, cells: cells,
                sources: accumulator.sources.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }))
        }
        return (Panel(rows: panelRows, columns: columns.sorted(by: PanelColumns.precedes)), findings, unplaced)
    }

    /// Stated before derived, then source path, then line, then value text.
    static func preferred(_ a: Fact, _ b: Fact) -> Bool {
        if a.origin != b.origin { return a.origin == .stated }
        if a.source != b.source { return a.source.utf8.lexicographicallyPrecedes(b.source.utf8) }
        if a.line != b.line { return a.line < b.line }
        return a.value.description < b.value.description
    }
}
