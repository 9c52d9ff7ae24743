import FiscalDisclosures

/// The four ingest outputs as export tables: facts, panel, findings, ledger.
public enum IngestTables {
    /// `facts.csv`: every fact of every ingested document, document fields repeated.
    public static func facts(_ result: IngestResult) -> ExportTable {
        var table = ExportTable(name: "facts", columns: [
            "source", "agency", "region", "province", "document_year", "document_kind", "scope",
            "metric", "category", "value", "unit", "year", "kind", "origin", "line", "evidence", "note",
        ])
        for document in result.documents {
            let identity = document.identity
            for fact in document.facts {
                table.rows.append([
                    .text(fact.source), text(identity.agency), text(identity.region), text(identity.province),
                    identity.year.map(ExportCell.integer) ?? .empty, text(identity.kind?.rawValue), text(identity.scope?.rawValue),
                    .text(fact.metric), text(fact.category), cell(fact.value), .text(fact.unit),
                    fact.year.map(ExportCell.integer) ?? .empty, text(fact.kind?.rawValue), .text(fact.origin.rawValue),
                    .integer(fact.line), .text(fact.evidence), text(fact.note),
                ])
            }
        }
        return table
    }

    /// `panel.csv`: one row per agency × year × kind, one column per metric.
    public static func panel(_ panel: Panel) -> ExportTable {
        var table = ExportTable(name: "panel", columns: ["agency", "region", "province", "year", "kind", "scope"]
                                + panel.columns + ["conflicts", "sources"])
        for row in panel.rows {
            var cells: [ExportCell] = [
                .text(row.key.agency), text(row.region), text(row.province), .integer(row.key.year),
                .text(row.key.kind.rawValue), .text(row.scopes.map(\.rawValue).joined(separator: ";")),
            ]
            for column in panel.columns { cells.append(row.cells[column].map { cell($0.value) } ?? .empty) }
            cells.append(.text(row.conflicts.joined(separator: ";")))
            cells.append(.text(row.sources.joined(separator: ";")))
            table.rows.append(cells)
        }
        return table
    }

    /// `findings.csv`: every finding, most severe first, evidence as `file:line: text` lines.
    public static func findings(_ findings: [Finding]) -> ExportTable {
        var table = ExportTable(name: "findings", columns: [
            "severity", "check", "agency", "year", "source", "message", "expected", "actual", "difference", "evidence",
        ])
        for finding in findings {
            table.rows.append([
                .text(finding.severity.rawValue), .text(finding.check), text(finding.agency),
                finding.year.map(ExportCell.integer) ?? .empty, text(finding.source), .text(finding.message),
                number(finding.expected), number(finding.actual), number(finding.difference),
                .text(finding.evidence.map { "\($0.source):\($0.line): \($0.text)" }.joined(separator: "\n")),
            ])
        }
        return table
    }

    /// `ledger.csv`: every input with its status.
    public static func ledger(_ ledger: [LedgerEntry]) -> ExportTable {
        var table = ExportTable(name: "ledger", columns: ["path", "format", "encoding", "status", "reason", "facts", "duplicate_of"])
        for entry in ledger {
            table.rows.append([
                .text(entry.path), .text(entry.format), .text(entry.encoding), .text(entry.status.rawValue),
                .text(entry.reason), .integer(entry.factCount), text(entry.duplicateOf),
            ])
        }
        return table
    }

    /// Writes the four CSV files (plain UTF-8) into `directory`.
    public static func write(_ result: IngestResult, to directory: OutputDirectory, csv: CSVExport = .plain) throws {
        try directory.write(csv.data(of: facts(result)), to: "facts.csv")
        try directory.write(csv.data(of: panel(result.panel)), to: "panel.csv")
        try directory.write(csv.data(of: findings(result.findings)), to: "findings.csv")
        try directory.write(csv.data(of: ledger(result.ledger)), to: "ledger.csv")
    }

    static func text(_ value: String?) -> ExportCell { value.map(ExportCell.text) ?? .empty }

    static func cell(_ value: FactValue) -> ExportCell {
        switch value {
        case .money(let m): .money(fen: m.fen)
        case .count(let c): .integer(c)
        }
    }

    /// Numbers with up to 6 decimals (finding magnitudes are in yuan).
    static func number(_ value: Double?) -> ExportCell {
        guard let value, value.isFinite else { return .empty }
        return .number(value, decimals: value == value.rounded() ? 0 : 2)
    }
}
