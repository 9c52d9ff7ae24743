import FiscalDisclosures
import FiscalStatistics
import Foundation

/// A per-unit ratio analysts compare across agencies (VOCABULARY §8).
struct PeerRatio {
    var name: String
    var numerator: String
    /// A metric, or `population` for per-resident ratios.
    var denominator: String
    var unit: String

    static let all = [
        PeerRatio(name: "reception per person-time", numerator: "sangong_reception", denominator: "reception_persons", unit: "yuan per person-time"),
        PeerRatio(name: "persons per reception batch", numerator: "reception_persons", denominator: "reception_batches", unit: "persons per batch"),
        PeerRatio(name: "vehicle operation per vehicle", numerator: "sangong_vehicle_operation", denominator: "vehicles_count", unit: "yuan per vehicle"),
        PeerRatio(name: "outbound per person-trip", numerator: "sangong_outbound", denominator: "outbound_persons", unit: "yuan per person-trip"),
        PeerRatio(name: "three-public per staff", numerator: "sangong_total", denominator: "staff_actual", unit: "yuan per staff member"),
        PeerRatio(name: "spending per staff", numerator: "expenditure_total", denominator: "staff_actual", unit: "yuan per staff member"),
        PeerRatio(name: "three-public per resident", numerator: "sangong_total", denominator: "population", unit: "yuan per resident"),
    ]
}

extension AnomalyDetector {
    /// `panel.peer_outlier`: for each ratio, the robust z-score `(log r − median) / (1.4826·MAD)`
    /// of each document's ratio among its peers — documents of the same agency type (from the
    /// name, ``AgencyClassifier/agencyType(of:)``), region level, year and kind, at least
    /// ``Options/minimumPeerGroup`` of them. Logarithms make the ratios' right skew symmetric;
    /// a group whose MAD is zero gives no scores.
    func peerOutlierFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        struct GroupKey: Hashable {
            var type: String
            var level: AgencyClassifier.Level
            var year: Int
            var kind: DocumentKind
        }
        struct Member {
            var document: AnomalyPanel.Document
            var ratio: Double
            var numerator: Fact
            var denominator: Fact?
        }
        var result: [RankedFinding] = []
        for ratio in PeerRatio.all {
            var groups: [GroupKey: [Member]] = [:]
            for document in panel.documents {
                guard let agency = document.extraction.identity.agency, let year = document.year,
                    let kind = document.kind, let numerator = document.ownFact(ratio.numerator),
                    numerator.value.doubleValue > 0
                else { continue }
                var denominatorValue: Double
                var denominatorFact: Fact? = nil
                if ratio.denominator == "population" {
                    guard let region = document.extraction.identity.region,
                        let population = options.populationByRegion[region], population > 0
                    else { continue }
                    denominatorValue = population
                } else {
                    guard let fact = document.ownFact(ratio.denominator), fact.value.doubleValue > 0 else { continue }
                    denominatorValue = fact.value.doubleValue
                    denominatorFact = fact
                }
                let level = AgencyClassifier.level(ofRegion: document.extraction.identity.region)
                let key = GroupKey(type: AgencyClassifier.agencyType(of: agency), level: level, year: year, kind: kind)
                groups[key, default: []].append(Member(
                    document: document, ratio: numerator.value.doubleValue / denominatorValue,
                    numerator: numerator, denominator: denominatorFact))
            }
            for (key, members) in groups where members.count >= options.minimumPeerGroup {
                let logs = members.map { Foundation.log($0.ratio) }
                guard let z = try? RobustStatistics.robustZScores(logs),
                    let center = try? RobustStatistics.median(logs)
                else { continue }
                let typical = Foundation.exp(center)
                for (member, score) in zip(members, z) where abs(score) > options.robustZThreshold {
                    let direction = score > 0 ? "above" : "below"
                    result.append(RankedFinding(
                        finding: Finding(
                            check: "panel.peer_outlier",
                            severity: abs(score) > 2 * options.robustZThreshold ? .high : .medium,
                            message: "\(ratio.name) is \(plainNumber(member.ratio)) \(ratio.unit), \(direction) the median \(plainNumber(typical)) of \(members.count) \(key.type) agencies (\(key.level.rawValue) level, \(key.year) \(key.kind.rawValue)); robust z \(plainNumber(score))",
                            expected: typical, actual: member.ratio, source: member.numerator.source,
                            agency: member.document.extraction.identity.agency, year: key.year,
                            evidence: [Evidence(member.numerator)] + (member.denominator.map { [Evidence($0)] } ?? [])),
                        score: abs(score)))
                }
            }
        }
        return result
    }
}
