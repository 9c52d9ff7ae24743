import Foundation

/// Text renderings of findings: table, CSV, JSON and Markdown, most severe first.
public enum FindingRendering {
    /// Findings of all documents ranked by severity (stable within a severity: document order).
    public static func ranked(_ documents: [DocumentExtraction]) -> [Finding] {
        documents.flatMap(\.findings).enumerated()
            .sorted { ($0.element.severity.rank, -$0.offset) > ($1.element.severity.rank, -$1.offset) }
            .map(\.element)
    }

    public static let columns = [
        "severity", "check", "source", "agency", "year", "expected", "actual", "difference", "message", "evidence",
    ]

    private static func cells(_ f: Finding) -> [String] {
        [f.severity.rawValue, f.check, f.source ?? "", f.agency ?? "", f.year.map(String.init) ?? "",
         number(f.expected), number(f.actual), number(f.difference), f.message,
         f.evidence.map { "\($0.source):\($0.line): \($0.text)" }.joined(separator: "\n")]
    }

    private static func number(_ v: Double?) -> String { v.map { YuanFormat.text($0) } ?? "" }

    public static func csv(_ findings: [Finding]) -> String {
        CSVText.row(columns) + findings.map { CSVText.row(cells($0)) }.joined()
    }

    public static func json(_ findings: [Finding]) -> String {
        "[" + (findings.isEmpty ? "" : "\n") + findings.map { "  " + ExtractionRendering.findingJSON($0) }.joined(separator: ",\n")
            + (findings.isEmpty ? "" : "\n") + "]\n"
    }

    public static func markdown(_ findings: [Finding]) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = "| severity | check | source | year | expected | actual | difference | message | evidence |\n"
        out += "|---|---|---|---|---:|---:|---:|---|---|\n"
        for f in findings {
            let c = cells(f)
            out += "| " + [c[0], "`\(c[1])`", c[2], c[4], c[5], c[6], c[7], c[8], c[9]].map(escape).joined(separator: " | ") + " |\n"
        }
        if findings.isEmpty { out += "\nNo findings.\n" }
        return out
    }

    public static func table(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings {
            out += "[\(f.severity.rawValue)] \(f.check)  \(f.source ?? "")\(f.year.map { " (\($0))" } ?? "")\n"
            out += "  \(f.message)\n"
            if f.expected != nil || f.actual != nil {
                out += "  expected \(number(f.expected)), actual \(number(f.actual)), difference \(number(f.difference))\n"
            }
            for e in f.evidence { out += "  \(e.source):\(e.line): \(e.text)\n" }
            out += "\n"
        }
        out += "\(findings.count) finding\(findings.count == 1 ? "" : "s")\n"
        return out
    }
}
