import FiscalDisclosures
import FiscalFrame

/// The disclosures of a panel indexed for the cross-document checks: one entry per document,
/// and each agency's own stated figures by metric, year and kind.
///
/// An agency is identified by its normalized name, its region and its scope, so an agency's
/// consolidated (汇总) document and its own-unit document form two series. A document's "own"
/// figures are the stated ones that refer to the document's year and kind; figures about other
/// years (prior-year comparisons, a final's 年初预算) are kept as facts of their own.
struct AnomalyPanel {
    struct AgencyKey: Hashable, Comparable {
        var agency: String
        var region: String
        var scope: String

        static func < (lhs: AgencyKey, rhs: AgencyKey) -> Bool {
            (lhs.agency, lhs.region, lhs.scope) < (rhs.agency, rhs.region, rhs.scope)
        }
    }

    /// One document with its identity resolved.
    struct Document {
        var index: Int
        var extraction: DocumentExtraction
        var key: AgencyKey?
        var year: Int?
        var kind: DocumentKind?

        /// The first stated figure of `metric` (no category) that refers to the document's own
        /// year and kind.
        func ownFact(_ metric: String, category: String? = nil) -> Fact? {
            extraction.facts.first { fact in
                fact.metric == metric && fact.category == category && fact.origin == .stated
                    && (fact.year ?? year) == year && (fact.kind ?? kind) == kind
            }
        }
    }

    /// A figure of an agency's series: the value and the fact it came from.
    struct Point {
        var year: Int
        var value: Double
        var fact: Fact
        var document: Int
    }

    var documents: [Document]
    /// Own stated figures: agency → (metric, kind) → points sorted by year (one per year: the
    /// first document of that year wins).
    var series: [AgencyKey: [SeriesKey: [Point]]]

    struct SeriesKey: Hashable {
        var metric: String
        var kind: DocumentKind
    }

    init(_ extractions: [DocumentExtraction]) {
        var documents: [Document] = []
        var series: [AgencyKey: [SeriesKey: [Int: Point]]] = [:]
        for (index, extraction) in extractions.enumerated() {
            let identity = extraction.identity
            let key = identity.agency.map {
                AgencyKey(
                    agency: AgencyClassifier.normalizedName($0), region: identity.region ?? "",
                    scope: (identity.scope ?? .unit).rawValue)
            }
            let document = Document(
                index: index, extraction: extraction, key: key, year: identity.year, kind: identity.kind)
            documents.append(document)
            guard let key, let year = identity.year, let kind = identity.kind else { continue }
            for fact in extraction.facts
            where fact.category == nil && fact.origin == .stated
                && (fact.year ?? year) == year && (fact.kind ?? kind) == kind
            {
                let seriesKey = SeriesKey(metric: fact.metric, kind: kind)
                if series[key, default: [:]][seriesKey, default: [:]][year] == nil {
                    series[key, default: [:]][seriesKey, default: [:]][year] = Point(
                        year: year, value: fact.value.doubleValue, fact: fact, document: index)
                }
            }
        }
        self.documents = documents
        self.series = series.mapValues { bySeries in
            bySeries.mapValues { byYear in byYear.values.sorted { $0.year < $1.year } }
        }
    }

    /// The document of `key` for `year` and `kind`, if the panel has one.
    func document(_ key: AgencyKey, year: Int, kind: DocumentKind) -> Document? {
        documents.first { $0.key == key && $0.year == year && $0.kind == kind }
    }
}

extension Evidence {
    /// The evidence of a figure.
    init(_ fact: Fact) {
        self.init(source: fact.source, line: fact.line, text: fact.evidence)
    }
}
