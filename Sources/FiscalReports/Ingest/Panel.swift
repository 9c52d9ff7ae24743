import FiscalDisclosures

/// The row key of the panel: one agency's figures for one year and kind.
public struct PanelKey: Sendable, Hashable, Comparable {
    public var agency: String
    public var year: Int
    public var kind: DocumentKind

    public init(agency: String, year: Int, kind: DocumentKind) {
        self.agency = agency
        self.year = year
        self.kind = kind
    }

    public static func < (lhs: PanelKey, rhs: PanelKey) -> Bool {
        if lhs.agency != rhs.agency { return lhs.agency.utf8.lexicographicallyPrecedes(rhs.agency.utf8) }
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        return DocumentKind.allCases.firstIndex(of: lhs.kind)! < DocumentKind.allCases.firstIndex(of: rhs.kind)!
    }
}

/// One value of the panel and where it came from.
public struct PanelCell: Sendable, Hashable {
    /// The fact chosen (stated before derived; then the first by source and line).
    public var fact: Fact
    /// Every fact that offered a value for this cell, chosen first.
    public var candidates: [Fact]
    /// True when candidates disagree on the value.
    public var isConflicting: Bool

    public var value: FactValue { fact.value }
}

/// One row of `panel.csv`.
public struct PanelRow: Sendable, Hashable {
    public var key: PanelKey
    public var region: String?
    public var province: String?
    /// The scopes of the documents contributing (usually one).
    public var scopes: [DocumentScope]
    /// Cells by column name (`metric` or `metric[category]`).
    public var cells: [String: PanelCell]
    /// Source files contributing, sorted.
    public var sources: [String]

    /// Column names whose candidates disagree, in column order.
    public var conflicts: [String] {
        cells.filter(\.value.isConflicting).map(\.key).sorted(by: PanelColumns.precedes)
    }

    /// The chosen value of `metric` (with `category`), if the row has one.
    public func value(_ metric: String, category: String? = nil) -> FactValue? {
        cells[PanelColumns.name(metric: metric, category: category)]?.value
    }

    /// The chosen fact of `metric` (with `category`), if the row has one.
    public func fact(_ metric: String, category: String? = nil) -> Fact? {
        cells[PanelColumns.name(metric: metric, category: category)]?.fact
    }
}

/// The multi-year panel: one row per agency × year × kind, one column per metric.
public struct Panel: Sendable, Hashable {
    /// Rows sorted by agency, year, kind.
    public var rows: [PanelRow]
    /// Metric columns in canonical order (VOCABULARY §2), then others alphabetically.
    public var columns: [String]

    public init(rows: [PanelRow], columns: [String]) {
        self.rows = rows
        self.columns = columns
    }

    /// The row for `key`, if any.
    public func row(_ key: PanelKey) -> PanelRow? {
        rows.first { $0.key == key }
    }
}

/// Names and order of panel columns.
public enum PanelColumns {
    /// Canonical metric order (VOCABULARY §2).
    public static let canonicalOrder: [String] = [
        "revenue_total", "revenue_current_year", "revenue_fiscal_appropriation", "revenue_general_budget",
        "revenue_government_fund", "revenue_state_capital", "revenue_superior_subsidy", "revenue_business",
        "revenue_operating", "revenue_other", "revenue_carryover",
        "expenditure_total", "expenditure_current_year", "expenditure_basic", "expenditure_project",
        "expenditure_personnel", "expenditure_public_use", "expenditure_economic", "expenditure_function",
        "expenditure_program",
        "sangong_total", "sangong_outbound", "sangong_vehicle_total", "sangong_vehicle_purchase",
        "sangong_vehicle_operation", "sangong_vehicle_other", "sangong_reception",
        "reception_batches", "reception_persons", "outbound_groups", "outbound_persons",
        "vehicles_count", "vehicles_purchased",
        "operating_expenses", "meeting_expenses", "training_expenses", "procurement_total",
        "fixed_assets_total", "fixed_assets_vehicles",
        "staff_authorized", "staff_actual", "retirees", "temporary_staff",
    ]

    /// Metrics whose categories get their own columns; others keep only the uncategorized
    /// figure (program names are free text, one column each would be unbounded).
    public static let categorizedMetrics: Set<String> = [
        "sangong_reception", "sangong_vehicle_other", "procurement_total", "expenditure_economic", "expenditure_function",
    ]

    /// Whether `category` of `metric` gets a panel column: a categorized metric, and for the
    /// economic and functional classifications a category that reads as a code and a name
    /// (`301 工资福利支出`, VOCABULARY §2), so a mis-read number never becomes a column.
    public static func hasColumn(metric: String, category: String) -> Bool {
        guard categorizedMetrics.contains(metric) else { return false }
        guard metric == "expenditure_economic" || metric == "expenditure_function" else { return true }
        let parts = category.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, (3...7).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let first = parts[1].first, !(first.isASCII && first.isNumber) else { return false }
        return true
    }

    /// `metric` or `metric[category]`.
    public static func name(metric: String, category: String?) -> String {
        guard let category, !category.isEmpty else { return metric }
        return "\(metric)[\(category)]"
    }

    static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: canonicalOrder.enumerated().map { ($1, $0) })

    /// Column order: canonical metric rank, the plain metric before its categories, then by text.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ma = a.split(separator: "[", maxSplits: 1).first.map(String.init) ?? a
        let mb = b.split(separator: "[", maxSplits: 1).first.map(String.init) ?? b
        let ra = rank[ma] ?? Int.max, rb = rank[mb] ?? Int.max
        if ra != rb { return ra < rb }
        if ma != mb { return ma.utf8.lexicographicallyPrecedes(mb.utf8) }
        if a.count != b.count && (a == ma || b == mb) { return a == ma }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
