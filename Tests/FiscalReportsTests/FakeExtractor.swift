import Foundation
import FiscalDisclosures
import FiscalFrame
@testable import FiscalReports

/// A tiny stand-in for the disclosure extractor, reading a line format tests can write:
///
///     agency 溧阳市信访局
///     region 溧阳市
///     year 2014
///     kind final
///     fact sangong_reception 35400.00 元 [category=domestic] [origin=derived] [year=2013] [kind=budget]
///     count reception_persons 466 人次
///     fail reason text            (throws)
enum FakeExtractor {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let extractor: DocumentExtractor = { url in try extract(url) }

    static func extract(_ url: URL) throws -> DocumentExtraction {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw Failure(description: "\(url.path): not UTF-8") }
        var identity = DocumentIdentity()
        var facts: [Fact] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            switch head {
            case "agency": identity.agency = words.dropFirst().joined(separator: " ")
            case "region": identity.region = words.dropFirst().joined(separator: " ")
            case "year": identity.year = Int(words[1])
            case "kind": identity.kind = DocumentKind(rawValue: words[1])
            case "scope": identity.scope = DocumentScope(rawValue: words[1])
            case "fail": throw Failure(description: words.dropFirst().joined(separator: " "))
            case "fact", "count":
                var options: [String: String] = [:]
                for word in words.dropFirst(4) {
                    let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
                    if pair.count == 2 { options[pair[0]] = pair[1] }
                }
                let value: FactValue = head == "fact"
                    ? .money(Money(decimalText: words[2])!) : .count(Int(words[2])!)
                facts.append(Fact(
                    metric: words[1], category: options["category"], value: value, unit: words[3],
                    year: options["year"].flatMap(Int.init) ?? identity.year,
                    kind: options["kind"].flatMap(DocumentKind.init(rawValue:)) ?? identity.kind,
                    origin: options["origin"].flatMap(FactOrigin.init(rawValue:)) ?? .stated,
                    source: url.path, line: index + 1, evidence: String(line)))
            default: continue
            }
        }
        return DocumentExtraction(source: url.path, encoding: "utf-8", format: .text, identity: identity, facts: facts,
                                  findings: [], diagnostics: [])
    }
}

/// Writes files under a temporary directory.
extension TemporaryDirectory {
    func write(_ text: String, to relativePath: String) throws {
        let url = self.url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

enum SampleCorpus {
    static let liyang = """
    agency 溧阳市信访局
    region 溧阳市
    year 2014
    kind final
    fact sangong_total 45000 元
    fact sangong_reception 35400 元
    count reception_persons 466 人次
    count reception_batches 57 批次
    fact sangong_reception 35400 元
    """
    static let langfang = """
    agency 中共廊坊市委信访局
    region 廊坊市
    year 2017
    kind budget
    fact sangong_total 327800 元
    fact sangong_total 387800 元
    fact sangong_reception 50000 元 category=domestic
    fact sangong_total 400000 元 origin=derived year=2016
    fact expenditure_program 10000 元 category=维稳
    """
}
