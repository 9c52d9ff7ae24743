import FiscalFrame
import Foundation

/// Text renderings of extractions for the command line and for files: JSON (stable key order),
/// tidy CSV (document fields repeated per fact), and an aligned table for people.
public enum ExtractionRendering {
    /// The documents as a JSON array, one object per document, keys in a fixed order:
    /// `source, encoding, agency, region, province, year, kind, scope, facts, findings,
    /// diagnostics`. Money values are exact yuan numbers (`29415900`, `75.97`).
    public static func json(_ documents: [DocumentExtraction]) -> String {
        var out = "[\n"
        for (d, doc) in documents.enumerated() {
            let id = doc.identity
            out += "  {\n"
            out += "    \"source\": \(JSON.string(doc.source)),\n"
            out += "    \"encoding\": \(doc.encoding.isEmpty ? "null" : JSON.string(doc.encoding)),\n"
            out += "    \"agency\": \(JSON.optional(id.agency)),\n"
            out += "    \"region\": \(JSON.optional(id.region)),\n"
            out += "    \"province\": \(JSON.optional(id.province)),\n"
            out += "    \"year\": \(id.year.map(String.init) ?? "null"),\n"
            out += "    \"kind\": \(JSON.optional(id.kind?.rawValue)),\n"
            out += "    \"scope\": \(JSON.optional(id.scope?.rawValue)),\n"
            out += "    \"facts\": [" + (doc.facts.isEmpty ? "" : "\n")
            out += doc.facts.map { "      " + factJSON($0) }.joined(separator: ",\n")
            out += (doc.facts.isEmpty ? "" : "\n    ") + "],\n"
            out += "    \"findings\": [" + (doc.findings.isEmpty ? "" : "\n")
            out += doc.findings.map { "      " + findingJSON($0) }.joined(separator: ",\n")
            out += (doc.findings.isEmpty ? "" : "\n    ") + "],\n"
            out += "    \"diagnostics\": [" + (doc.diagnostics.isEmpty ? "" : "\n")
            out += doc.diagnostics.map { "      " + diagnosticJSON($0) }.joined(separator: ",\n")
            out += (doc.diagnostics.isEmpty ? "" : "\n    ") + "]\n"
            out += "  }" + (d == documents.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }

    static func factJSON(_ f: Fact) -> String {
        "{\"metric\": \(JSON.string(f.metric)), \"category\": \(JSON.optional(f.category)), "
            + "\"value\": \(f.value.description), \"unit\": \(JSON.string(f.unit)), "
            + "\"year\": \(f.year.map(String.init) ?? "null"), \"kind\": \(JSON.optional(f.kind?.rawValue)), "
            + "\"origin\": \(JSON.string(f.origin.rawValue)), \"line\": \(f.line), "
            + "\"evidence\": \(JSON.string(f.evidence))"
            + (f.note.map { ", \"note\": \(JSON.string($0))" } ?? "") + "}"
    }

    static func findingJSON(_ f: Finding) -> String {
        let evidence = f.evidence.map {
            "{\"source\": \(JSON.string($0.source)), \"line\": \($0.line), \"text\": \(JSON.string($0.text))}"
        }.joined(separator: ", ")
        return "{\"check\": \(JSON.string(f.check)), \"severity\": \(JSON.string(f.severity.rawValue)), "
            + "\"message\": \(JSON.string(f.message)), \"expected\": \(JSON.number(f.expected)), "
            + "\"actual\": \(JSON.number(f.actual)), \"difference\": \(JSON.number(f.difference)), "
            + "\"source\": \(JSON.optional(f.source)), \"agency\": \(JSON.optional(f.agency)), "
            + "\"year\": \(f.year.map(String.init) ?? "null"), \"evidence\": [\(evidence)]}"
    }

    static func diagnosticJSON(_ d: Diagnostic) -> String {
        "{\"severity\": \(JSON.string(d.severity.rawValue)), \"file\": \(JSON.string(d.file)), "
            + "\"line\": \(d.line.map(String.init) ?? "null"), \"message\": \(JSON.string(d.message))}"
    }

    /// The columns of the tidy CSV of facts.
    public static let factColumns = [
        "source", "encoding", "agency", "region", "province", "doc_year", "doc_kind", "scope", "metric",
        "category", "value", "unit", "year", "kind", "origin", "line", "evidence", "note",
    ]

    /// The facts of all documents as one tidy CSV (RFC 4180, header row, CRLF line ends).
    public static func csv(_ documents: [DocumentExtraction]) -> String {
        var out = CSVText.row(factColumns)
        for doc in documents {
            let id = doc.identity
            let head = [
                doc.source, doc.encoding, id.agency ?? "", id.region ?? "", id.province ?? "",
                id.year.map(String.init) ?? "", id.kind?.rawValue ?? "", id.scope?.rawValue ?? "",
            ]
            for f in doc.facts {
                out += CSVText.row(
                    head + [
                        f.metric, f.category ?? "", f.value.description, f.unit, f.year.map(String.init) ?? "",
                        f.kind?.rawValue ?? "", f.origin.rawValue, String(f.line), f.evidence, f.note ?? "",
                    ])
            }
        }
        return out
    }

    /// A table for people: one block per document, its identity and one line per fact.
    public static func table(_ documents: [DocumentExtraction]) -> String {
        var out = ""
        for doc in documents {
            let id = doc.identity
            out += "\(doc.source) [\(doc.encoding.isEmpty ? "unread" : doc.encoding)]\n"
            out += "  agency: \(id.agency ?? "-")  region: \(id.region ?? "-")  province: \(id.province ?? "-")  "
                + "year: \(id.year.map(String.init) ?? "-")  kind: \(id.kind?.rawValue ?? "-")  scope: \(id.scope?.rawValue ?? "-")\n"
            let rows = doc.facts.map { f -> [String] in
                [f.metric, f.category ?? "", f.value.description, f.unit, f.year.map(String.init) ?? "",
                 f.kind?.rawValue ?? "", f.origin.rawValue, String(f.line)]
            }
            out += TextTable.render(header: ["metric", "category", "value", "unit", "year", "kind", "origin", "line"],
                                    rows: rows, rightAligned: [2, 7], indent: "  ")
            out += "  \(doc.facts.count) facts, \(doc.findings.count) findings\n\n"
        }
        return out
    }
}

/// Minimal JSON text helpers (strings escaped per RFC 8259).
enum JSON {
    static func string(_ s: String) -> String { JSONText.quoted(s) }

    static func optional(_ s: String?) -> String { s.map(string) ?? "null" }

    /// A number for JSON: exact to the fen for money-sized values, never an exponent.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return YuanFormat.text(value, groupsThousands: false)
    }
}

/// RFC 4180 rows: fields quoted when they hold a comma, quote or line break.
enum CSVText {
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}

/// Plain aligned text tables; widths count East Asian characters as two columns.
enum TextTable {
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && $1.value <= 0x115F) || ($1.value >= 0x2E80 && $1.value <= 0xA4CF) || ($1.value >= 0xAC00 && $1.value <= 0xD7A3) || ($1.value >= 0xF900 && $1.value <= 0xFAFF) || ($1.value >= 0xFE30 && $1.value <= 0xFE4F) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) || ($1.value >= 0xFFE0 && $1.value <= 0xFFE6) ? 2 : 1) }
    }

    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [], indent: String = "") -> String {
        var widths = header.map(width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - width(cell)))
                parts.append(rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            return indent + parts.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        var out = line(header)
        out += indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) }
        return out
    }
}
