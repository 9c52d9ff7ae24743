import Foundation

/// A money unit and its multiplier in yuan.
struct MoneyUnit: Sendable, Hashable {
    var text: String
    var multiplier: Int64
}

/// A table cell once read: empty, a number, or folded text (as a string and as scalars).
enum CellValueBox {
    case empty
    case number(ScannedNumber)
    case text(String, scalars: [UInt32])
}

/// A table cell and what it holds, as the scanner reads it.
struct ClassifiedCell {
    var value: CellValueBox
    var cell: TableCell
}

extension TableScanner {
    /// Classifies a cell: empty (blank or dashes), a number (with an optional unit) or text.
    func classify(_ raw: String) -> CellValueBox {
        if raw.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .empty }
        let (folded, isChanged) = ScalarText.foldedReportingChange(raw)
        if folded.allSatisfy(TableScanner.isDash) { return .empty }
        // Most cells fold to themselves: their text is kept rather than encoded again.
        let text = { isChanged ? ScalarText.string(folded) : raw }
        if folded.count > 60 { return .text(text(), scalars: folded) }
        if let n = NumberScanner.scan(folded, at: 0), n.end == folded.count,
            n.unitClass == nil || n.unitClass == .money || n.unitClass == .persons || n.unitClass == .vehicles
                || n.unitClass == .batches || n.unitClass == .groups
        {
            return .number(n)
        }
        return .text(text(), scalars: folded)
    }

    /// The dashes, slashes and ellipses that fill an empty cell (— - / * ～ ~ …).
    @inline(__always)
    private static func isDash(_ v: UInt32) -> Bool {
        switch v {
        case 0x2014, 0x2D, 0x2F, 0x2A, 0xFF5E, 0x7E, 0x2026: true
        default: false
        }
    }

    /// A bare classification code in a code column (301, 20101, 2010101).
    func isCodeLike(_ n: ScannedNumber) -> Bool {
        let digits = n.digits.utf8
        guard n.unit.isEmpty, digits.count == 3 || digits.count == 5 || digits.count == 7, !digits.contains(0x2E),
            let first = digits.first, first == 0x32 || first == 0x33 || first == 0x35
        else { return false }
        return true
    }

    /// All header text of column `j`, top to bottom.
    func columnHeader(_ j: Int, _ header: [[ClassifiedCell]]) -> String {
        header.compactMap { row in j < row.count ? row[j].cell.text : nil }.joined()
    }

    /// The role of column `j` from its header cells.
    func role(column j: Int, header: [[ClassifiedCell]]) -> ColumnRole {
        var role = ColumnRole()
        let text = ScalarText.string(ScalarText.folded(columnHeader(j, header)))
        if text.isEmpty { return role }
        let words = HeaderWords.present(in: text)
        if words.contains(.index) { role.isSkipped = true; return role }
        if words.contains(.code) { role.isCode = true; return role }
        if words.contains(.change) {
            role.isSkipped = true
            return role
        }
        if words.contains(.adjusted) { role.kind = .adjusted }
        else if words.contains(.final) { role.kind = .final }
        else if words.contains(.budget) { role.kind = .budget }
        if words.contains(.prior) { role.yearOffset = -1 }
        else if words.contains(.current) { role.yearOffset = 0 }
        if let year = TableScanner.firstYear(in: text) { role.year = year }
        if words.contains(.count) && !words.contains(.amount) { role.isCount = true }
        if words.contains(.total) { role.isTotal = true }
        // The bottom-most header cell that names a metric (breakdown columns, wide tables).
        for row in header.reversed() where j < row.count {
            guard case .text(_, let scalars) = row[j].value else { continue }
            let parsed = parseLabel(scalars)
            if parsed.isTotal { continue }
            if let term = matchTerm(parsed) { role.term = term; break }
        }
        return role
    }

    /// The money unit named in a unit line or header (单位：万元, 金额单位：元).
    static func unit(in text: String) -> MoneyUnit? {
        // Every unit ends in 元: most headers and titles are passed over with one search.
        guard text.includes("元") else { return nil }
        if let after = text.after("单位") {
            let tail = String(after.prefix(8))
            for unit in moneyUnits where tail.includes(unit.text) { return unit }
        }
        for (unit, bracketed) in zip(moneyUnits, bracketedMoneyUnits)
        where text.includes(bracketed.ascii) || text.includes(bracketed.fullWidth) {
            return unit
        }
        return nil
    }

    /// The money units, in the order they are looked for.
    private static let moneyUnits = [
        MoneyUnit(text: "亿元", multiplier: 100_000_000), MoneyUnit(text: "千元", multiplier: 1_000),
        MoneyUnit(text: "万元", multiplier: 10_000), MoneyUnit(text: "元", multiplier: 1),
    ]
    /// Each money unit in ASCII and in full-width parentheses: (万元), （万元）.
    private static let bracketedMoneyUnits = moneyUnits.map { (ascii: "(\($0.text))", fullWidth: "（\($0.text)）") }

    /// The year of a 截至/截止 date in a table's title (asset tables are as of a year end).
    static func asOfYear(in text: String) -> Int? {
        for marker in ["截至", "截止"] {
            if let after = text.after(marker), let y = firstYear(in: String(after.prefix(16))) {
                return y
            }
        }
        return nil
    }

    static func firstYear(in text: String) -> Int? {
        let scalars = ScalarText.folded(text)
        var i = 0
        while i < scalars.count {
            if NumberScanner.isDigit(scalars[i]), let n = NumberScanner.scan(scalars, at: i) {
                if let y = n.yearValue { return y }
                i = n.end
            } else {
                i += 1
            }
        }
        return nil
    }

    /// The metric of a 合计 row in a table whose title names one total.
    static func totalMetric(title: String) -> String? {
        if title.includes("三公") { return "sangong_total" }
        if title.includes("采购") { return "procurement_total" }
        if title.includes("资产") { return "fixed_assets_total" }
        if title.includes("基本支出") { return "expenditure_basic" }
        if title.includes("项目支出") { return "expenditure_project" }
        let revenue = title.includes("收入"), expenditure = title.includes("支出")
        if expenditure && !revenue { return "expenditure_total" }
        if revenue && !expenditure { return "revenue_total" }
        return nil
    }

    static func countUnit(for metric: String) -> String {
        switch metric {
        case "vehicles_count", "vehicles_purchased": "辆"
        case "reception_batches": "批次"
        case "reception_persons", "outbound_persons": "人次"
        case "outbound_groups": "个"
        default: "人"
        }
    }
}
