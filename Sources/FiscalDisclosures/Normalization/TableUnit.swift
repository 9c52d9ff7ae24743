/// Finds the money unit stated by a line such as 单位：万元, 金额单位：万元 or (单位:元).
enum TableUnit {
    /// The unit of `table`: from a cell of its first two rows, else from the last of up to
    /// three normalized lines written just above it.
    static func unit(of table: Table, above: [String]) -> String? {
        for row in table.rows.prefix(2) {
            for cell in row where !cell.isContinuation {
                if let unit = unit(in: cell.text) { return unit }
            }
        }
        for text in above.suffix(3).reversed() {
            if let unit = unit(in: text) { return unit }
        }
        return nil
    }

    /// The unit word (`"万元"`, `"元"`, `"亿元"`, `"千元"`) named after 单位 in normalized text.
    static func unit(in text: String) -> String? {
        guard text.contains("单位") else { return nil }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "单", scalars[index + 1] == "位" else { continue }
            var position = index + 2
            while position < scalars.count, scalars[position] == ":" || scalars[position] == " " || scalars[position] == "为" {
                position += 1
            }
            if let unit = unitWord(scalars, at: position) { return unit }
        }
        return nil
    }

    static func unitWord(_ scalars: [Unicode.Scalar], at position: Int) -> String? {
        guard position < scalars.count else { return nil }
        let first = scalars[position]
        let second: Unicode.Scalar? = position + 1 < scalars.count ? scalars[position + 1] : nil
        switch first {
        case "元": return "元"
        case "万", "亿", "千":
            return second == "元" ? String(first) + "元" : nil
        default: return nil
        }
    }
}
