import FiscalDisclosures
import FiscalFrame
@testable import FiscalReports

/// Hand-built disclosures for the panel checks.
struct Figure {
    var metric: String
    var value: FactValue
    var category: String? = nil
    var year: Int? = nil
    var kind: DocumentKind? = nil
    var origin: FactOrigin = .stated

    static func money(
        _ metric: String, _ yuan: Double, year: Int? = nil, kind: DocumentKind? = nil,
        origin: FactOrigin = .stated
    ) -> Figure {
        Figure(metric: metric, value: .money(Money(fen: Int64((yuan * 100).rounded()))), year: year, kind: kind, origin: origin)
    }

    static func count(_ metric: String, _ value: Int) -> Figure {
        Figure(metric: metric, value: .count(value))
    }
}

func document(
    _ source: String, agency: String = "溧阳市信访局", region: String? = "溧阳市", year: Int,
    kind: DocumentKind = .final, _ figures: [Figure]
) -> DocumentExtraction {
    let facts = figures.enumerated().map { index, figure in
        Fact(
            metric: figure.metric, category: figure.category, value: figure.value,
            unit: figure.value.isCount ? "人" : "元", year: figure.year ?? year, kind: figure.kind ?? kind,
            origin: figure.origin, source: source, line: index + 1,
            evidence: "\(figure.metric) \(figure.value)")
    }
    return DocumentExtraction(
        source: source, encoding: "utf-8", format: .text,
        identity: DocumentIdentity(agency: agency, region: region, year: year, kind: kind, scope: .unit),
        facts: facts)
}

extension FactValue {
    var isCount: Bool {
        if case .count = self { return true }
        return false
    }
}

/// The findings of one check.
func findings(_ check: String, in documents: [DocumentExtraction], options: AnomalyDetector.Options = .init()) -> [Finding] {
    AnomalyDetector(options: options).findings(in: documents).filter { $0.check == check }
}
