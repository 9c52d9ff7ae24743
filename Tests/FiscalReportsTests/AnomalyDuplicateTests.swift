import FiscalDisclosures
import Testing
@testable import FiscalReports

@Suite("Anomalies: duplicate documents")
struct AnomalyDuplicateTests {
    let figures: [Figure] = [
        .money("sangong_total", 327_800), .money("sangong_reception", 27_800), .count("reception_persons", 300),
    ]

    @Test("the same figures under another agency are a high finding")
    func copiedUnderAnotherName() throws {
        let documents = [
            document("a.txt", year: 2017, figures),
            document("b.html", agency: "溧阳市公安局", year: 2017, figures),
        ]
        let finding = try #require(findings("panel.duplicate", in: documents).first)
        #expect(finding.severity == .high)
        #expect(finding.source == "b.html")
        #expect(finding.evidence.map(\.source) == ["a.txt", "b.html"])
    }

    @Test("a re-post under the same identity is low; the longer name is the copy")
    func repost() throws {
        let documents = [document("a-copy.txt", year: 2017, figures), document("a.txt", year: 2017, figures)]
        let result = findings("panel.duplicate", in: documents)
        #expect(result.count == 1)
        #expect(result.first?.severity == .low)
        #expect(result.first?.source == "a-copy.txt")
    }

    @Test("a re-rendering in Traditional characters is the mirror copy")
    func mirror() throws {
        var traditional = document("m/a.html", year: 2017, figures)
        for index in traditional.facts.indices { traditional.facts[index].evidence = "經費 \(index)" }
        let documents = [traditional, document("docs/a.txt", year: 2017, figures)]
        let finding = try #require(findings("panel.mirror_copy", in: documents).first)
        #expect(finding.source == "m/a.html")
        #expect(findings("panel.duplicate", in: documents).isEmpty)
    }

    @Test("one differing figure is not a duplicate")
    func different() {
        var changed = figures
        changed[1] = .money("sangong_reception", 27_900)
        let documents = [document("a.txt", year: 2017, figures), document("b.txt", year: 2017, changed)]
        #expect(findings("panel.duplicate", in: documents).isEmpty)
    }
}
