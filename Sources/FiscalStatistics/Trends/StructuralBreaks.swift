/// Known breaks in Chinese agency fiscal series (VOCABULARY.md §9).
///
/// Each break names the first year of the new regime and the metrics it moves. Analyses can
/// mark these years, exclude the years before them, or model a level shift.
public struct KnownBreak: Sendable, Hashable {
    /// A short identifier, e.g. `vehicle-reform`.
    public var id: String
    /// The first year of the new regime.
    public var year: Int
    /// What happened.
    public var summary: String
    /// Metric-name prefixes affected; empty means every metric.
    public var metricPrefixes: [String]

    /// Whether this break concerns `metric`.
    public func affects(_ metric: String) -> Bool {
        metricPrefixes.isEmpty || metricPrefixes.contains { metric.hasPrefix($0) }
    }

    /// The breaks of VOCABULARY §9, in year order.
    public static let catalog: [KnownBreak] = [
        KnownBreak(id: "austerity-rules", year: 2013,
                   summary: "Dec 2012 austerity rules (八项规定)",
                   metricPrefixes: ["sangong_", "reception_", "outbound_", "meeting_", "training_"]),
        KnownBreak(id: "budget-law", year: 2015, summary: "2014 Budget Law in force", metricPrefixes: []),
        KnownBreak(id: "vehicle-reform", year: 2016,
                   summary: "2015–2017 vehicle reform (公车改革): vehicles sold, counts drop",
                   metricPrefixes: ["sangong_vehicle", "sangong_total", "vehicles_", "fixed_assets_vehicles"]),
        KnownBreak(id: "institutional-reform", year: 2019,
                   summary: "2018–2019 institutional reform: agencies merged and renamed", metricPrefixes: []),
        KnownBreak(id: "covid", year: 2020,
                   summary: "2020–2022 COVID: outbound spending near zero",
                   metricPrefixes: ["sangong_outbound", "outbound_", "sangong_total", "sangong_reception", "reception_"]),
    ]

    /// The catalogued breaks that affect `metric` and fall strictly inside `years`
    /// (so that there are years on both sides).
    public static func breaks(for metric: String, within years: ClosedRange<Int>) -> [KnownBreak] {
        catalog.filter { $0.affects(metric) && $0.year > years.lowerBound && $0.year <= years.upperBound }
    }
}
