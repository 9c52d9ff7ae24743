/// GitHub-flavored Markdown building blocks with escaping.
public enum MarkdownText {
    /// Escapes text for a table cell or running text: `|`, `\`, `*`, `_`, backticks, `[`, `]`,
    /// `<`, `>` and `&` are neutralized and newlines become spaces, so a hostile agency name
    /// cannot break the table or inject HTML.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "*", "_", "`", "[", "]", "#": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}": out += " "
            default:
                if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { out += " " }
                else { out.append(c) }
            }
        }
        return out
    }

    /// A GFM table of `table`: text cells escaped and left-aligned, numeric cells right-aligned
    /// and formatted with thousands commas (integers from 10,000 up, so years stay `2014`).
    public static func table(_ table: ExportTable) -> String {
        let numeric = table.columns.indices.map { index in
            !table.rows.isEmpty && table.rows.allSatisfy { row in
                guard index < row.count else { return true }
                switch row[index] {
                case .text: return false
                default: return true
                }
            }
        }
        var lines: [String] = []
        lines.append("| " + table.columns.map(escaped).joined(separator: " | ") + " |")
        lines.append("|" + numeric.map { $0 ? "---:|" : "---|" }.joined())
        for row in table.rows {
            let cells = table.columns.indices.map { index -> String in
                let cell = index < row.count ? row[index] : .empty
                switch cell {
                case .text(let s): return escaped(s)
                case .integer(let i): return i.magnitude >= 10_000 ? DisplayNumber.grouped(String(i.magnitude)).withSign(i < 0) : String(i)
                case .number(let v, let d): return DisplayNumber.fixed(v, decimals: d, grouping: true)
                case .money(let fen): return DisplayNumber.money(fen: fen, grouping: true)
                case .empty: return ""
                }
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func withSign(_ negative: Bool) -> String { negative ? "-" + self : self }
}
