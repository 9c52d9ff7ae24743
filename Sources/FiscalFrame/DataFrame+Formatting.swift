/// How frames print for people.
public struct TableFormattingOptions: Sendable, Equatable {
    /// Rows shown before eliding the middle; `nil` shows all.
    public var maximumRows: Int? = nil
    /// Decimals for double cells; `nil` prints the shortest text that reads back exactly.
    public var fractionDigits: Int? = nil
    /// Whether doubles and money group thousands with commas (`12,345.6`); integers, which are
    /// often years or codes, never do.
    public var groupsThousands: Bool = false
    /// The text of a missing cell.
    public var nilText: String = "null"
    /// Cells wider than this many terminal columns are cut with `…` (terminal tables only).
    public var maximumCellWidth: Int = 40

    /// Creates the default options.
    public init() {}
}

extension DataFrame {
    /// The text of one cell for people.
    package func displayText(column: AnyColumn, row: Int, options: TableFormattingOptions) -> String {
        guard let cell = column[row] else { return options.nilText }
        switch cell {
        case .double(let v):
            if let digits = options.fractionDigits { return NumberText.fixed(v, digits: digits, grouping: options.groupsThousands) }
            return options.groupsThousands ? Self.grouped(NumberText.plain(v)) : NumberText.plain(v)
        case .int(let v): return String(v)
        case .money(let v):
            let text = options.fractionDigits.map { Self.fixedMoney(v, digits: $0) } ?? v.description
            return options.groupsThousands ? Self.grouped(text) : text
        default: return cell.description
        }
    }

    /// Exact money text with `digits` decimals (rounded half away from zero below two).
    private static func fixedMoney(_ money: Money, digits: Int) -> String {
        if digits < 2 { return NumberText.fixed(money.yuan, digits: digits) }
        let magnitude = money.fen.magnitude
        let cents = magnitude % 100
        let text = "\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)" + String(repeating: "0", count: digits - 2)
        return (money.fen < 0 ? "-" : "") + text
    }

    private static func grouped(_ text: String) -> String {
        guard !text.contains("e") else { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var out = ""
        for (i, ch) in parts[0].reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (negative ? "-" : "") + String(out.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// The rows to show: all, or the first and last halves of `maximumRows` with `nil` marking
    /// the elided middle.
    private func shownRows(_ options: TableFormattingOptions) -> [Int?] {
        guard let limit = options.maximumRows, rowCount > limit else { return Array(0..<rowCount) }
        let top = (limit + 1) / 2, bottom = limit / 2
        return Array(0..<top) + [nil] + Array((rowCount - bottom)..<rowCount)
    }

    /// An aligned plain-text table for terminals: text left-aligned, numbers right-aligned,
    /// widths counted in terminal columns so Chinese text (two columns per character) lines up.
    ///
    /// ```
    /// agency  year  amount
    /// ------  ----  ------
    /// 信访局  2015    12.5
    /// ```
    public func formattedTable(options: TableFormattingOptions = .init()) -> String {
        let shown = shownRows(options)
        var grid: [[String]] = []
        for column in columns {
            var cells = [Self.cut(column.name, options.maximumCellWidth)]
            for row in shown {
                guard let row else { cells.append("…"); continue }
                let text = displayText(column: column, row: row, options: options)
                cells.append(Self.cut(Self.singleLine(text), options.maximumCellWidth))
            }
            grid.append(cells)
        }
        let widths = grid.map { $0.map { DisplayWidth.of($0) }.max() ?? 0 }
        var lines: [String] = []
        for line in 0..<(shown.count + 1) {
            var parts: [String] = []
            for (c, column) in columns.enumerated() {
                let right = column.dataType.isNumeric && line > 0
                parts.append(DisplayWidth.pad(grid[c][line], to: widths[c], alignRight: right))
            }
            lines.append(Self.trimTrailing(parts.joined(separator: "  ")))
            if line == 0 {
                lines.append(widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: "  "))
            }
        }
        if shown.contains(where: { $0 == nil }) {
            lines.append("(\(rowCount) rows × \(columnCount) columns)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured Markdown table (numbers right-aligned; `|` escaped; line breaks as
    /// `<br>`).
    public func markdownTable(options: TableFormattingOptions = .init()) -> String {
        var options = options
        if options.nilText == "null" { options.nilText = "" }
        func escape(_ s: String) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "|": out += "\\|"
                case "\n", "\r\n": out += "<br>"
                case "\r": out += "<br>"
                default: out.append(ch)
                }
            }
            return out
        }
        var lines = ["| " + columns.map { escape($0.name) }.joined(separator: " | ") + " |"]
        lines.append("|" + columns.map { $0.dataType.isNumeric ? " ---: |" : " --- |" }.joined())
        for row in shownRows(options) {
            guard let row else {
                lines.append("| " + columns.map { _ in "…" }.joined(separator: " | ") + " |")
                continue
            }
            lines.append("| " + columns.map { escape(displayText(column: $0, row: row, options: options)) }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows as a JSON array of objects, keys in column order. Missing cells and non-finite
    /// doubles are `null`; money is an exact decimal number.
    public func jsonRecords() -> String {
        var out = "["
        for row in 0..<rowCount {
            out += row == 0 ? "\n  {" : ",\n  {"
            for (c, column) in columns.enumerated() {
                if c > 0 { out += ", " }
                out += Self.jsonString(column.name) + ": "
                switch column[row] {
                case nil: out += "null"
                case .int(let v)?: out += String(v)
                case .double(let v)?: out += v.isFinite ? NumberText.plain(v) : "null"
                case .money(let v)?: out += v.description
                case .bool(let v)?: out += v ? "true" : "false"
                case .string(let v)?: out += Self.jsonString(v)
                }
            }
            out += "}"
        }
        out += rowCount == 0 ? "]\n" : "\n]\n"
        return out
    }

    package static func jsonString(_ s: String) -> String { JSONText.quoted(s) }

    private static func singleLine(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) else { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "\n", "\r\n", "\r": out += "↵"
            case "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    private static func cut(_ s: String, _ limit: Int) -> String {
        guard DisplayWidth.of(s) > limit else { return s }
        var out = "", width = 0
        for ch in s {
            let w = DisplayWidth.of(String(ch))
            if width + w > limit - 1 { break }
            out.append(ch)
            width += w
        }
        return out + "…"
    }

    private static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
