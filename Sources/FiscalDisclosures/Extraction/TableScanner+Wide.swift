/// Wide tables whose header names the metrics and whose rows are kinds or years:
///
///     项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费
///          |      |               | 小计 | 购置费 | 运行费 |
///     2012年预算数 | 61.23 | 0 | 0 | 0 | 0 | 61.23
///     2012年决算数 | 59.40 | 0 | 0 | 0 | 0 | 59.40
///
/// Text converted from .docx or PDF often loses the column spans, so the header's leaves are
/// rebuilt from the two header rows (the spanning cell followed by its sub-cells) and matched
/// to the values of a row by position when the counts agree.
extension TableScanner {
    /// A leaf column of a wide header.
    enum Leaf {
        case term(Int)
        case total
    }

    /// The leaves of a one- or two-row header, or nil when the header does not name metrics.
    func wideLeaves(_ header: [[ClassifiedCell]]) -> [Leaf]? {
        func texts(_ row: [ClassifiedCell]) -> [[UInt32]] {
            row.compactMap { if case .text(_, let scalars) = $0.value, !$0.cell.isContinuation { scalars } else { nil } }
        }
        guard let upperRow = header.first else { return nil }
        var upper = texts(upperRow)
        if let first = upper.first.map(parseLabel), matchTerm(first) == nil, !first.isTotal {
            upper.removeFirst()  // 项目 / 科目
        }
        guard upper.count >= 2 else { return nil }
        func leaf(_ scalars: [UInt32]) -> Leaf? {
            let parsed = parseLabel(scalars)
            if parsed.isTotal { return .total }
            return matchTerm(parsed).map { .term($0) }
        }
        var leaves = upper.compactMap(leaf)
        guard leaves.count == upper.count else { return nil }
        // A 小计 after other leaves, followed by vehicle purchase/operation, is the vehicle subtotal.
        if let vehicleTotal = Glossary.terms.firstIndex(where: { $0.money == "sangong_vehicle_total" }) {
            for k in leaves.indices.dropFirst() {
                guard case .total = leaves[k], k + 1 < leaves.count, case .term(let next) = leaves[k + 1] else { continue }
                if Glossary.terms[next].money?.hasPrefix("sangong_vehicle_") == true { leaves[k] = .term(vehicleTotal) }
            }
        }
        if header.count >= 2 {
            let lower = texts(header[1])
            guard !lower.isEmpty else { return leaves }
            let lowerLeaves = lower.compactMap(leaf)
            guard lowerLeaves.count == lower.count else { return nil }
            // The spanning parent: the vehicle total, else the first upper term with a 小计 below.
            let parent = leaves.firstIndex {
                if case .term(let t) = $0 { return Glossary.terms[t].money == "sangong_vehicle_total" }
                return false
            }
            guard let parent else { return nil }
            var children = lowerLeaves
            if case .total = children.first { children.removeFirst() }
            leaves.insert(contentsOf: children, at: parent + 1)
        }
        return leaves
    }

    /// Reads a row whose label is a kind or year (2012年预算数, 决算数, 上年) against the leaves.
    /// Returns false when the row is not of that shape.
    func scanWideRow(
        _ row: [ClassifiedCell], leaves: [Leaf], totalMetric: String?, unit: MoneyUnit?,
        into records: inout ExtractionRecords
    ) -> Bool {
        var label: String?
        var labelScalars: [UInt32] = []
        var values: [(ScannedNumber, TableCell)] = []
        for classified in row where !classified.cell.isContinuation {
            let cell = classified.cell
            switch classified.value {
            case .text(let t, let scalars):
                guard label == nil, values.isEmpty else { return false }
                label = t
                labelScalars = scalars
            case .number(let n): values.append((n, cell))
            case .empty: continue
            }
        }
        guard values.count == leaves.count else { return false }
        var kind = context.kind
        var year = context.year
        if let label {
            guard matchTerm(parseLabel(labelScalars)) == nil, label.unicodeScalars.count <= 14 else { return false }
            let isMarker = label.includes("预算") || label.includes("决算") || label.includes("上年") || label.includes("本年")
                || TableScanner.firstYear(in: label) != nil
            guard isMarker else { return false }
            if label.includes("调整") { kind = .adjusted } else if label.includes("决算") || label.includes("执行") { kind = .final }
            else if label.includes("预算") { kind = .budget }
            if let y = TableScanner.firstYear(in: label) { year = y }
            else if label.includes("上年") { year = context.year.map { $0 - 1 } }
        }
        let rowText = TableScanner.evidence(of: row)
        for (leaf, (n, cell)) in zip(leaves, values) {
            var metric: String?
            var category: String?
            switch leaf {
            case .total: metric = totalMetric
            case .term(let t):
                metric = Glossary.terms[t].money
                category = Glossary.terms[t].category
            }
            guard let metric, let money = n.money(defaultMultiplier: unit?.multiplier ?? context.defaultMultiplier) else { continue }
            records.facts.append(
                Fact(
                    metric: metric, category: category, value: .money(money),
                    unit: n.unit.isEmpty ? (unit?.text ?? context.defaultUnit) : n.unit, year: year, kind: kind,
                    source: context.source, line: cell.line, evidence: rowText))
        }
        return true
    }
}
