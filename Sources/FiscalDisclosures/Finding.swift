/// The result of a check: an inconsistency or an outlier, with the evidence of every figure
/// involved. Findings are results, not failures.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case info, low, medium, high

        public var rank: Int {
            switch self {
            case .info: 0
            case .low: 1
            case .medium: 2
            case .high: 3
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A stable identifier of the check, e.g. `identity.sangong_total`, `benford.first_two`.
    public var check: String
    public var severity: Severity
    /// A sentence an analyst can read.
    public var message: String
    /// What the identity or model expects, when the check compares numbers.
    public var expected: Double?
    /// What the document states.
    public var actual: Double?
    /// The source file the finding is about (the first one, when it spans documents).
    public var source: String?
    /// The agency and year the finding is about, when known.
    public var agency: String?
    public var year: Int?
    /// Every figure involved: file, line and text.
    public var evidence: [Evidence]

    /// `actual − expected`, when both exist.
    public var difference: Double? {
        guard let expected, let actual else { return nil }
        return actual - expected
    }

    public init(
        check: String, severity: Severity, message: String, expected: Double? = nil,
        actual: Double? = nil, source: String? = nil, agency: String? = nil, year: Int? = nil,
        evidence: [Evidence] = []
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.expected = expected
        self.actual = actual
        self.source = source
        self.agency = agency
        self.year = year
        self.evidence = evidence
    }
}

/// Where a figure came from.
public struct Evidence: Sendable, Hashable, Codable {
    public var source: String
    public var line: Int
    public var text: String
    public init(source: String, line: Int, text: String) {
        self.source = source
        self.line = line
        self.text = text
    }
}
