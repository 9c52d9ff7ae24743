import FiscalFrame

/// A year-over-year or budget-vs-final statement: "较2016年减少0.13万元", "同比持平".
package struct ChangeStatement: Sendable, Hashable {
    /// The metric and category the change is about.
    package var metric: String
    package var category: String?
    /// The signed change (this value − the base), in yuan or as a count.
    package var delta: FactValue
    /// The year and kind of the figure that changed (usually the document's).
    package var year: Int?
    package var kind: DocumentKind?
    /// The year and kind of the base it is compared with (the prior year, or the same year's budget).
    package var baseYear: Int?
    package var baseKind: DocumentKind?
    /// True when the statement says 持平 / 无变化.
    package var isFlat: Bool
    /// Index of the stated fact it refers to when it was stated in the same sentence.
    package var factIndex: Int?
    package var line: Int
    package var evidence: String
}

/// A percentage share: "占总支出的68.5%".
package struct ShareStatement: Sendable, Hashable {
    /// Index of the fact whose share is stated.
    package var factIndex: Int
    /// The fact itself, filled in when the records are resolved.
    package var fact: Fact?
    package var percent: Double
    /// The paragraph the share was stated in (shares of one total sit together).
    package var paragraph: Int
    package var line: Int
    package var evidence: String
}

/// A 持平 statement that also states a non-zero change.
package struct FlatConflict: Sendable, Hashable {
    package var metric: String
    package var change: FactValue
    package var line: Int
    package var evidence: String
}

/// Everything the scanners collect from one document before facts are merged and derived.
package struct ExtractionRecords: Sendable {
    package var facts: [Fact] = []
    package var changes: [ChangeStatement] = []
    package var shares: [ShareStatement] = []
    package var flatConflicts: [FlatConflict] = []
    package var diagnostics: [Diagnostic] = []
    package init() {}
}

/// The year (0 when unknown) and kind of a fact: facts are checked and summed within one.
struct YearAndKind: Equatable {
    var year: Int
    var kind: DocumentKind?

    init(_ fact: Fact) {
        year = fact.year ?? 0
        kind = fact.kind
    }
}

/// The document-wide context the scanners need.
struct ExtractionContext: Sendable {
    var source: String
    var year: Int?
    var kind: DocumentKind?
    /// Yuan per unit for table cells without a unit of their own, when no unit line applies.
    var defaultMultiplier: Int64 = 10_000
    var defaultUnit: String = "万元"
}
