/// Everything FiscalLens read from one disclosure: its identity, its figures, the findings of
/// the single-document checks and the diagnostics met on the way.
public struct DocumentExtraction: Sendable, Hashable {
    public var source: String
    public var encoding: String
    public var format: SourceFormat
    public var identity: DocumentIdentity
    public var facts: [Fact]
    public var findings: [Finding]
    public var diagnostics: [Diagnostic]

    public init(
        source: String, encoding: String, format: SourceFormat, identity: DocumentIdentity,
        facts: [Fact], findings: [Finding] = [], diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.encoding = encoding
        self.format = format
        self.identity = identity
        self.facts = facts
        self.findings = findings
        self.diagnostics = diagnostics
    }
}

/// Who disclosed, for which year, what kind of document (VOCABULARY §1).
public struct DocumentIdentity: Sendable, Hashable {
    public var agency: String?
    public var region: String?
    public var province: String?
    public var year: Int?
    public var kind: DocumentKind?
    public var scope: DocumentScope?

    public init(
        agency: String? = nil, region: String? = nil, province: String? = nil, year: Int? = nil,
        kind: DocumentKind? = nil, scope: DocumentScope? = nil
    ) {
        self.agency = agency
        self.region = region
        self.province = province
        self.year = year
        self.kind = kind
        self.scope = scope
    }
}
