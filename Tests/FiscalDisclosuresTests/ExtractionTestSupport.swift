import FiscalFrame
import Foundation
import Testing
@testable import FiscalDisclosures

/// Building documents by hand and finding facts in extractions.
enum ExtractionTestSupport {
    /// A money fact in yuan from `t.txt` (a 2018 budget), its evidence naming its line.
    static func yuanFact(
        _ metric: String, _ category: String? = nil, yuan: Int64, year: Int? = 2018, line: Int = 1,
        origin: FactOrigin = .stated, note: String? = nil
    ) -> Fact {
        Fact(metric: metric, category: category, value: .money(Money(yuan: yuan)), unit: "元", year: year,
             kind: .budget, origin: origin, source: "t.txt", line: line, evidence: "e\(line)", note: note)
    }

    /// A document of one paragraph per line (line numbers from 1).
    static func prose(_ lines: [String], source: String = "test.txt") -> DocumentText {
        DocumentText(
            source: source, encoding: "utf-8", format: .text,
            blocks: lines.enumerated().map { .paragraph(TextLine(text: $0.element, line: $0.offset + 1)) },
            sourceLines: lines)
    }

    /// A document: title lines, then a table of `rows` (one source line per cell), then nothing.
    static func table(title: [String], rows: [[String]], unit: String? = nil, source: String = "table.txt") -> DocumentText {
        var blocks: [Block] = title.enumerated().map { .paragraph(TextLine(text: $0.element, line: $0.offset + 1)) }
        var line = title.count + 1
        let start = line
        let cells = rows.map { row in
            row.map { text -> TableCell in
                defer { line += 1 }
                return TableCell(text: text, line: line)
            }
        }
        blocks.append(.table(Table(rows: cells, unitText: unit, line: start)))
        return DocumentText(source: source, encoding: "utf-8", format: .text, blocks: blocks, sourceLines: title)
    }

    static func fixturePath(_ name: String) throws -> String {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/extraction/\(name)").path
    }

    static func extract(fixture name: String) throws -> DocumentExtraction {
        let extraction = Disclosures.extract(fileAt: try fixturePath(name))
        #expect(!extraction.isUnread, "\(name) could not be read: \(extraction.diagnostics)")
        return extraction
    }
}

extension DocumentExtraction {
    /// The facts with this metric (and category, year, kind, origin when given).
    func facts(
        _ metric: String, category: String?? = nil, year: Int? = nil, kind: DocumentKind? = nil,
        origin: FactOrigin? = nil
    ) -> [Fact] {
        facts.filter { f in
            f.metric == metric && (category == nil || f.category == category!) && (year == nil || f.year == year)
                && (kind == nil || f.kind == kind) && (origin == nil || f.origin == origin)
        }
    }

    /// The single value of a metric (uncategorized unless a category is given), stated unless
    /// an origin is given; nil when absent or ambiguous.
    func value(
        _ metric: String, category: String? = nil, year: Int? = nil, kind: DocumentKind? = nil,
        origin: FactOrigin = .stated
    ) -> FactValue? {
        let found = facts(metric, category: .some(category), year: year, kind: kind, origin: origin)
        let values = Set(found.map(\.value))
        return values.count == 1 ? values.first : nil
    }
}

/// Money in yuan for expectations.
func yuan(_ amount: Int64) -> FactValue { .money(Money(yuan: amount)) }
