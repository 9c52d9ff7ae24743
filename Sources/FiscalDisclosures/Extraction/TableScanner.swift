import Foundation
import FiscalFrame

/// Reads the figures of one table: label cells and value cells, with header rows giving each
/// value column its role (预算数/决算数, 本年/上年, 数量/金额, 行次 dropped) — VOCABULARY §6.
///
/// Three shapes are read:
/// - long tables, a label (with an optional classification code) then values on each row,
///   several label/value pairs per row in statement tables (收入 | 金额 | 支出 | 金额);
/// - wide tables, headers naming the metrics and one row of values (the "三公" table);
/// - program tables (绩效目标, 项目明细): a program name and its amount.
///
/// - Complexity: O(cells · L) for labels of at most L scalars.
struct TableScanner {
    let context: ExtractionContext
    let trie = LabelTrie.table

    /// What a column holds, from its header cells.
    struct ColumnRole: Sendable {
        var isSkipped = false
        var isCode = false
        var isCount = false
        var kind: DocumentKind?
        var yearOffset: Int?
        var year: Int?
        /// The metric the header itself names (wide tables, breakdown columns).
        var term: Int?
        var isTotal = false
    }

    /// What makes a row's figure a repeat of one already read from the row: a row states each
    /// metric, category, kind, year and measure once.
    private struct FactKey: Equatable {
        var metric: String
        var category: String
        var kind: String
        var year: Int
        var isCount: Bool
    }

    /// The evidence quoted for a row's figures: its filled cells, joined by " | ".
    static func evidence(of row: [ClassifiedCell]) -> String {
        row.compactMap { if case .empty = $0.value { nil } else { $0.cell.text } }.joined(separator: " | ")
    }

    /// Scans `table`, whose title is given by the few paragraphs before it.
    func scan(_ table: Table, title: String, into records: inout ExtractionRecords) {
        let rows = table.rows.map { row in row.map { ClassifiedCell(value: classify($0.text), cell: $0) } }
        let unitSource = (table.unitText ?? "") + " " + title
        let tableUnit = TableScanner.unit(in: unitSource)
        // Header rows: the leading rows with no number in them.
        var headerCount = 0
        for row in rows {
            // A number makes a data row, unless it is a classification code leading the row.
            let firstFilled = row.firstIndex { if case .empty = $0.value { return false } else { return true } }
            let hasValue = row.indices.contains { j in
                guard case .number(let n) = row[j].value else { return false }
                return !(isCodeLike(n) && j == firstFilled)
            }
            if hasValue { break }
            headerCount += 1
        }
        if headerCount == rows.count { return }
        let header = Array(rows.prefix(headerCount))
        let width = rows.map(\.count).max() ?? 0
        var roles = (0..<width).map { role(column: $0, header: header) }
        let headerText = header.flatMap { $0.compactMap { if case .text(let t, _) = $0.value { t } else { nil } } }.joined()
        let isProgramTable = title.includes("绩效") || headerText.includes("项目名称")
            || (title.includes("项目") && (title.includes("明细") || title.includes("支出表")))
        let tableYear = TableScanner.asOfYear(in: title + headerText)
        let totalMetric = TableScanner.totalMetric(title: title) ?? TableScanner.totalMetric(title: headerText)
        let unit = tableUnit ?? TableScanner.unit(in: headerText)
        // Money columns whose header carries its own unit (价值（金额单位：万元）).
        let columnUnits = (0..<width).map { TableScanner.unit(in: columnHeader($0, header)) }
        for j in roles.indices where columnUnits[j] != nil { roles[j].isCount = false }

        let leaves = wideLeaves(header)

        for row in rows.dropFirst(headerCount) {
            if let leaves, scanWideRow(row, leaves: leaves, totalMetric: totalMetric, unit: unit, into: &records) {
                continue
            }
            var rowText: String?  // the evidence, joined once the row yields a fact
            var label: (term: Int?, text: String, category: String?, metric: String?)?
            var usedKeys: [FactKey] = []
            var rowIsTotal = false
            for (j, classified) in row.enumerated() {
                let cell = classified.cell
                if cell.isContinuation { continue }
                let role = j < roles.count ? roles[j] : ColumnRole()
                switch classified.value {
                case .empty:
                    continue
                case .text(let raw, let scalars):
                    if raw.utf8.count > 180 {  // a description, not a label
                        label = (nil, "", nil, nil)
                        continue
                    }
                    let parsed = parseLabel(scalars)
                    if parsed.isTotal { rowIsTotal = true; label = (nil, parsed.text, nil, nil); continue }
                    if let code = parsed.code, let cls = Glossary.budgetCategory(code: code, statedName: parsed.text) {
                        label = (nil, parsed.text, cls.category, cls.metric)
                    } else if let term = matchTerm(parsed) {
                        label = (term, parsed.text, Glossary.terms[term].category, nil)
                    } else if label?.category != nil, label?.text.isEmpty == true, let current = label {
                        // A name cell after a bare code cell.
                        if let code = current.category, let cls = Glossary.budgetCategory(code: code, statedName: parsed.text) {
                            label = (nil, parsed.text, cls.category, cls.metric)
                        }
                    } else {
                        label = (nil, parsed.text, nil, nil)
                    }
                case .number(let n):
                    if role.isSkipped { continue }
                    if role.isCode || (isCodeLike(n) && label == nil) {
                        if let cls = Glossary.budgetCategory(code: n.digits, statedName: "") {
                            label = (nil, "", n.digits, nil)
                            _ = cls
                        }
                        continue
                    }
                    var metric: String?
                    var category: String?
                    var term: Term?
                    if let current = label {
                        if let m = current.metric {
                            metric = m
                            category = current.category
                        } else if let t = current.term {
                            term = Glossary.terms[t]
                        } else if current.text.isEmpty, let code = current.category,
                            let cls = Glossary.budgetCategory(code: code, statedName: "")
                        {
                            metric = cls.metric
                            category = cls.category
                        }
                    }
                    // Breakdown columns of a total row, and wide tables without row labels.
                    if let columnTerm = role.term, label == nil || rowIsTotal, metric == nil {
                        term = Glossary.terms[columnTerm]
                    }
                    if rowIsTotal || (label == nil && role.isTotal), term == nil, metric == nil, role.term == nil,
                        let totalMetric
                    {
                        metric = totalMetric
                    }
                    if let current = label, metric == nil, term == nil, isProgramTable, !rowIsTotal,
                        !current.text.isEmpty, n.unitClass == nil || n.unitClass == .money
                    {
                        metric = "expenditure_program"
                        category = current.text
                    }
                    let isCount = role.isCount || (n.unitClass != nil && n.unitClass != .money)
                        || (term != nil && term?.money == nil && metric == nil)
                    if let term {
                        metric = isCount ? (term.count ?? term.countByUnit.values.sorted().first) : term.money
                        category = term.category
                    }
                    guard let metric else { continue }
                    let value: FactValue
                    let unitText: String
                    if isCount {
                        guard let k = n.count else { continue }
                        value = .count(k)
                        unitText = TableScanner.countUnit(for: metric)
                    } else {
                        let columnUnit = (j < columnUnits.count ? columnUnits[j] : nil) ?? unit
                        let multiplier = columnUnit?.multiplier ?? context.defaultMultiplier
                        guard let money = n.money(defaultMultiplier: multiplier) else { continue }
                        value = .money(money)
                        unitText = n.unit.isEmpty ? (columnUnit?.text ?? context.defaultUnit) : n.unit
                    }
                    let kind = role.kind ?? context.kind
                    let year = role.year ?? role.yearOffset.flatMap { o in context.year.map { $0 + o } }
                        ?? tableYear ?? context.year
                    let key = FactKey(
                        metric: metric, category: category ?? "", kind: kind?.rawValue ?? "", year: year ?? 0, isCount: isCount)
                    if usedKeys.contains(key) { continue }
                    usedKeys.append(key)
                    let evidence = rowText ?? TableScanner.evidence(of: row)
                    rowText = evidence
                    records.facts.append(
                        Fact(
                            metric: metric, category: category, value: value, unit: unitText, year: year, kind: kind,
                            source: context.source, line: cell.line, evidence: evidence))
                }
            }
        }
    }
}
