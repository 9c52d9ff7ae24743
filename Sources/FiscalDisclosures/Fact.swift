import FiscalFrame

/// One figure a disclosure states or implies, with its provenance.
///
/// This is the extract contract of `shared` VOCABULARY §2–§4: `metric` is a canonical name such as
/// `sangong_reception`; money is in yuan (exact, as `Money`), counts are whole numbers.
public struct Fact: Sendable, Hashable {
    /// Canonical metric name (VOCABULARY §2).
    public var metric: String
    /// Optional sub-key: an economic or functional code and name, a program name,
    /// `domestic`/`foreign`, `goods`/`works`/`services`.
    public var category: String?
    /// The value: money in yuan or a count.
    public var value: FactValue
    /// The unit the document stated the figure in (`万元`, `元`, `亿元`, `千元`, `人`, `辆`, …).
    public var unit: String
    /// The year the figure refers to (a prior-year comparison carries the prior year).
    public var year: Int?
    /// `budget`, `final` or `adjusted`: which kind of figure it is (a final's 年初预算 is a budget).
    public var kind: DocumentKind?
    /// `stated` or `derived`.
    public var origin: FactOrigin
    /// The source file.
    public var source: String
    /// The 1-based source line of the evidence.
    public var line: Int
    /// The text the figure was read from.
    public var evidence: String
    /// How the zero was stated when the document says so by absence (无, 未安排, …), else nil.
    public var note: String?

    public init(
        metric: String, category: String? = nil, value: FactValue, unit: String, year: Int?,
        kind: DocumentKind?, origin: FactOrigin = .stated, source: String, line: Int,
        evidence: String, note: String? = nil
    ) {
        self.metric = metric
        self.category = category
        self.value = value
        self.unit = unit
        self.year = year
        self.kind = kind
        self.origin = origin
        self.source = source
        self.line = line
        self.evidence = evidence
        self.note = note
    }
}

/// A figure's value: exact money or a count.
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
    case money(Money)
    case count(Int)

    /// The value as a `Double` (yuan for money).
    public var doubleValue: Double {
        switch self {
        case .money(let m): m.yuan
        case .count(let c): Double(c)
        }
    }

    public var description: String {
        switch self {
        case .money(let m): m.description
        case .count(let c): String(c)
        }
    }
}

/// Whether a figure is written in the document or follows from a statement (VOCABULARY §3).
public enum FactOrigin: String, Sendable, Hashable, Codable {
    case stated, derived
}

/// The kind of a document or figure (VOCABULARY §1).
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case budget, final, adjusted
}

/// The scope of a document (VOCABULARY §1).
public enum DocumentScope: String, Sendable, Hashable, Codable, CaseIterable {
    case unit, consolidated, aggregate
}
