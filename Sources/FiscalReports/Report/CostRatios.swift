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

    /// Every ratio computable from `panel` (rows with both figures and a non-zero count), in
    /// ratio order, then panel order.
    ///
    /// - Complexity: O(rows × ratios).
    public static func compute(_ panel: Panel) -> [CostRatio] {
        var ratios: [CostRatio] = []
        for definition in CostRatioDefinition.all {
            for row in panel.rows {
                guard let numerator = fact(row, definition.numerator),
                      let denominator = fact(row, definition.denominator),
                      denominator.value.doubleValue > 0 else { continue }
                ratios.append(CostRatio(
                    definition: definition, key: row.key, region: row.region, numerator: numerator,
                    denominator: denominator, value: numerator.value.doubleValue / denominator.value.doubleValue))
            }
        }
        return ratios
    }
}
