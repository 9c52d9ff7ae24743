import FiscalDisclosures

/// One unit cost: a figure divided by a count (VOCABULARY §8).
public struct CostRatioDefinition: Sendable, Hashable {
    /// Stable identifier, e.g. `reception_per_person_time`.
    public var name: String
    /// What it reads as, e.g. `接待费/人次 (yuan per person-time)`.
    public var label: String
    public var numerator: String
    public var denominator: String
    /// Decimals shown.
    public var decimals: Int

    /// The ratios computed for every panel row that has both figures.
    public static let all: [CostRatioDefinition] = [
        .init(name: "reception_per_person_time", label: "公务接待费/人次 (yuan per person-time)",
              numerator: "sangong_reception", denominator: "reception_persons", decimals: 2),
        .init(name: "reception_per_batch", label: "公务接待费/批次 (yuan per batch)",
              numerator: "sangong_reception", denominator: "reception_batches", decimals: 2),
        .init(name: "persons_per_batch", label: "人次/批次 (persons per batch)",
              numerator: "reception_persons", denominator: "reception_batches", decimals: 2),
        .init(name: "vehicle_operation_per_vehicle", label: "公务用车运行费/辆 (yuan per vehicle)",
              numerator: "sangong_vehicle_operation", denominator: "vehicles_count", decimals: 2),
        .init(name: "outbound_per_person_trip", label: "因公出国(境)费/人次 (yuan per person-trip)",
              numerator: "sangong_outbound", denominator: "outbound_persons", decimals: 2),
        .init(name: "sangong_per_staff", label: "“三公”经费/实有人数 (yuan per staff)",
              numerator: "sangong_total", denominator: "staff_actual", decimals: 2),
        .init(name: "expenditure_per_staff", label: "支出总计/实有人数 (yuan per staff)",
              numerator: "expenditure_total", denominator: "staff_actual", decimals: 2),
    ]
}

/// A unit cost of one panel row, with the facts it came from.
public struct CostRatio: Sendable, Hashable {
    public var definition: CostRatioDefinition
    public var key: PanelKey
    public var region: String?
    public var numerator: Fact
    public var denominator: Fact
    public var value: Double
}

extension CostRatio {
    /// The fact a row offers for `metric`: the plain figure, or for reception the domestic one
    /// when only that is stated.
    static func fact(_ row: PanelRow, _ metric: String) -> Fact? {
        if let fact = row.fact(metric) { return fact }
        if metric == "sangong_reception" { return row.fact(metric, category: "domestic") }
        return nil
    }

    /// The candidate facts a row offers for `metric` (see ``fact(_:_:)``), chosen first.
    static func candidates(_ row: PanelRow, _ metric: String) -> [Fact] {
        if let cell = row.cells[metric] { return cell.candidates }
        if metric == "sangong_reception", let cell = row.cells[PanelColumns.name(metric: metric, category: "domestic")] {
            return cell.candidates
        }
        return []
    }

    /// Every ratio computable from `panel`, in ratio order, then panel order.
    ///
    /// Numerator and denominator come from the same document: when two documents disclose the
    /// same agency, year and kind (a conflict in the panel), each gives its own ratio. A row
    /// whose figures come only from different documents uses the panel's chosen values. Counts
    /// of zero give no ratio.
    ///
    /// - Complexity: O(rows × ratios × candidates).
    public static func compute(_ panel: Panel) -> [CostRatio] {
        var ratios: [CostRatio] = []
        for definition in CostRatioDefinition.all {
            for row in panel.rows {
                let numerators = candidates(row, definition.numerator)
                let denominators = candidates(row, definition.denominator)
                guard !numerators.isEmpty, !denominators.isEmpty else { continue }
                var pairs: [(Fact, Fact)] = []
                var seenSources: Set<String> = []
                for numerator in numerators where !seenSources.contains(numerator.source) {
                    guard let denominator = denominators.first(where: { $0.source == numerator.source }) else { continue }
                    seenSources.insert(numerator.source)
                    pairs.append((numerator, denominator))
                }
                if pairs.isEmpty, let n = fact(row, definition.numerator), let d = fact(row, definition.denominator) {
                    pairs.append((n, d))
                }
                for (numerator, denominator) in pairs where denominator.value.doubleValue > 0 {
                    ratios.append(CostRatio(
                        definition: definition, key: row.key, region: row.region, numerator: numerator,
                        denominator: denominator, value: numerator.value.doubleValue / denominator.value.doubleValue))
                }
            }
        }
        return ratios
    }
}
