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
    /// Whether the ratio is a unit cost that does not depend on the kind of agency (so peers of
    /// other types can stand in when an agency type has too few members).
    var isUnitCost: Bool = false

    static let all = [
        PeerRatio(name: "reception per person-time", numerator: "sangong_reception", denominator: "reception_persons", unit: "yuan per person-time", isUnitCost: true),
        PeerRatio(name: "persons per reception batch", numerator: "reception_persons", denominator: "reception_batches", unit: "persons per batch", isUnitCost: true),
        PeerRatio(name: "vehicle operation per vehicle", numerator: "sangong_vehicle_operation", denominator: "vehicles_count", unit: "yuan per vehicle", isUnitCost: true),
        PeerRatio(name: "outbound per person-trip", numerator: "sangong_outbound", denominator: "outbound_persons", unit: "yuan per person-trip", isUnitCost: true),
        PeerRatio(name: "three-public per staff", numerator: "sangong_total", denominator: "staff_actual", unit: "yuan per staff member"),
        PeerRatio(name: "spending per staff", numerator: "expenditure_total", denominator: "staff_actual", unit: "yuan per staff member"),
        PeerRatio(name: "three-public per resident", numerator: "sangong_total", denominator: "population", unit: "yuan per resident"),
    ]
}

extension AnomalyDetector {
    /// `panel.peer_outlier`: for each ratio, the robust z-score `(log r − median) / (1.4826·MAD)`
    /// of each document's ratio among its peers: documents of the same agency type (from the
    /// name, ``AgencyClassifier/agencyType(of:)``), region level, year and kind. When that group
    /// has fewer than ``Options/minimumPeerGroup`` members the same type in any level is used,
    /// and for unit costs (per person-time, per batch, per vehicle, per trip) then all agencies
    /// of the year and kind; the message names the group. Logarithms make the ratios' right
    /// skew symmetric; a group whose MAD is zero gives no scores.
    func peerOutlierFindings(_ panel: AnomalyPanel) -> [RankedFinding] {
        struct Member {
            var document: AnomalyPanel.Document
            var ratio: Double
            var numerator: Fact
            var denominator: Fact?
            var type: String
            var level: AgencyClassifier.Level
            var year: Int
            var kind: DocumentKind
        }
        var result: [RankedFinding] = []
        for ratio in PeerRatio.all {
            var members: [Member] = []
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
                members.append(Member(
                    document: document, ratio: numerator.value.doubleValue / denominatorValue,
                    numerator: numerator, denominator: denominatorFact,
                    type: AgencyClassifier.agencyType(of: agency),
                    level: AgencyClassifier.level(ofRegion: document.extraction.identity.region),
                    year: year, kind: kind))
            }
            // Finest group first; each member is scored in the finest group large enough.
            let groupings: [(Member) -> String] = [
                { "\($0.type) agencies (\($0.level.rawValue) level, \($0.year) \($0.kind.rawValue))" },
                { "\($0.type) agencies (all levels, \($0.year) \($0.kind.rawValue))" },
            ] + (ratio.isUnitCost ? [{ "agencies of all types (\($0.year) \($0.kind.rawValue))" }] : [])
            var scored = Set<Int>()
            for grouping in groupings {
                var groups: [String: [Int]] = [:]
                var order: [String] = []
                for (index, member) in members.enumerated() {
                    let key = grouping(member)
                    if groups[key] == nil { order.append(key) }
                    groups[key, default: []].append(index)
                }
                for key in order {
                    guard let indices = groups[key], indices.count >= options.minimumPeerGroup,
                        indices.contains(where: { !scored.contains($0) })
                    else { continue }
                    let logs = indices.map { Foundation.log(members[$0].ratio) }
                    guard let z = try? RobustStatistics.robustZScores(logs),
                        let center = try? RobustStatistics.median(logs)
                    else { continue }
                    let typical = Foundation.exp(center)
                    for (index, score) in zip(indices, z) where !scored.contains(index) {
                        scored.insert(index)
                        guard abs(score) > options.robustZThreshold else { continue }
                        let member = members[index]
                        let direction = score > 0 ? "above" : "below"
                        result.append(RankedFinding(
                            finding: Finding(
                                check: "panel.peer_outlier",
                                severity: abs(score) > 2 * options.robustZThreshold ? .high : .medium,
                                message: "\(ratio.name) is \(plainNumber(member.ratio)) \(ratio.unit), \(direction) the median \(plainNumber(typical)) of \(indices.count) \(key); robust z \(plainNumber(score))",
                                expected: typical, actual: member.ratio, source: member.numerator.source,
                                agency: member.document.extraction.identity.agency, year: member.year,
                                evidence: [Evidence(member.numerator)] + (member.denominator.map { [Evidence($0)] } ?? [])),
                            score: abs(score)))
                    }
                }
            }
        }
        return result
    }
}
