import FiscalFrame
import Testing
@testable import FiscalDisclosures

/// Fixture disclosures in the genre, read from files: text layouts, encodings, .docx, .html.
@Suite struct ExtractionFixtureTests {
    @Test func consolidatedFinalInProse() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "sanmen-police-2018-final.txt")
        #expect(doc.identity.agency == "三门县公安局")
        #expect(doc.identity.province == "浙江省")
        #expect(doc.identity.scope == .consolidated)
        #expect(doc.identity.kind == .final)
        #expect(doc.value("revenue_total") == yuan(86_504_000))
        #expect(doc.value("revenue_current_year") == yuan(82_104_000))
        #expect(doc.value("revenue_carryover") == yuan(4_400_000))
        #expect(doc.value("staff_actual") == .count(135))
        #expect(doc.value("reception_batches") == .count(210))
        #expect(doc.value("reception_persons") == .count(1_850))
        #expect(doc.value("reception_batches", category: "foreign") == .count(0))
        #expect(doc.value("procurement_total", category: "services") == yuan(1_206_000))
        #expect(doc.value("vehicles_count", year: 2018) == .count(36))
        // 比年初预算减少: the same year's budget; 较上年: the prior year's final.
        #expect(doc.value("sangong_total", year: 2018, kind: .budget, origin: .derived) == yuan(1_000_000))
        #expect(doc.value("sangong_vehicle_total", year: 2017, origin: .derived) == yuan(680_000))
        #expect(doc.value("sangong_reception", year: 2017, origin: .derived) == yuan(180_000))
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func gb18030ReadsTheSameFacts() throws {
        let utf8 = try ExtractionTestSupport.extract(fixture: "sanmen-police-2018-final.txt")
        let gb = try ExtractionTestSupport.extract(fixture: "sanmen-police-2018-final.gb18030.txt")
        #expect(gb.encoding == "gb18030")
        #expect(gb.facts.map(\.value) == utf8.facts.map(\.value))
        #expect(gb.facts.map(\.metric) == utf8.facts.map(\.metric))
        #expect(gb.identity == utf8.identity)
    }

    @Test func trapsOfUnitsYearsAndFlatStatements() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "yuzhong-culture-2019-budget.utf16be.txt")
        #expect(doc.encoding.hasPrefix("utf-16"))
        #expect(doc.identity.year == 2019)
        #expect(doc.identity.region == "渝中区")
        #expect(doc.identity.province == "重庆市")
        #expect(doc.value("revenue_total") == yuan(15_600_000))
        #expect(doc.value("revenue_current_year") == yuan(15_000_000))
        #expect(doc.value("sangong_outbound") == yuan(0))
        #expect(doc.facts("sangong_outbound").first?.unit == "元")
        #expect(doc.value("sangong_reception") == .money(Money(fen: 250)))
        #expect(doc.value("sangong_total", year: 2018, origin: .derived) == yuan(125_000))
        let checks = Set(doc.findings.map(\.check))
        #expect(checks == ["identity.sangong_total", "magnitude.unit", "statement.flat_with_change"])
        let magnitude = try #require(doc.findings.first { $0.check == "magnitude.unit" })
        #expect(magnitude.expected == 25_000)
    }

    @Test func budgetAndFinalColumnsFromHTMLText() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "tongji-2016-final-columns.txt")
        #expect(doc.value("expenditure_basic", kind: .budget) == yuan(3_005_000))
        #expect(doc.value("expenditure_basic", kind: .final) == yuan(3_102_000))
        #expect(doc.value("expenditure_total", kind: .final) == yuan(4_086_000))
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func economicCodesFromTabLedDocxText() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "lishui-audit-2020-economic.txt")
        #expect(doc.identity.province == "江苏省")
        #expect(doc.value("expenditure_economic", category: "301 工资福利支出") == yuan(5_203_000))
        #expect(doc.value("expenditure_basic") == yuan(6_125_000))
        #expect(doc.value("expenditure_personnel") == yuan(5_323_000))
        #expect(doc.value("expenditure_public_use") == yuan(802_000))
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func wideSangongTableFromHTML() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "xihu-health-2021-budget.html")
        #expect(doc.format == .html)
        #expect(doc.identity.region == "西湖区")
        #expect(doc.identity.province == "浙江省")
        #expect(doc.value("sangong_total") == yuan(256_000))
        #expect(doc.value("sangong_vehicle_total") == yuan(180_000))
        #expect(doc.value("sangong_vehicle_operation") == yuan(180_000))
        #expect(doc.value("sangong_reception") == yuan(76_000))
        #expect(doc.value("operating_expenses", year: 2020, origin: .derived) == yuan(1_240_000))
        // The script's text is not read.
        #expect(!doc.facts.contains { $0.value == yuan(990_000) })
        #expect(doc.findings.isEmpty)
    }

    @Test func docxTableAndParagraphs() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "yuelu-urban-2019-final.docx")
        #expect(doc.format == .docx)
        #expect(doc.identity.agency == "长沙市岳麓区城市管理和综合执法局")
        #expect(doc.identity.province == "湖南省")
        #expect(doc.value("revenue_total") == yuan(12_345_600))
        #expect(doc.value("revenue_current_year") == yuan(12_000_000))
        #expect(doc.value("sangong_reception") == yuan(56_000))
    }

    @Test func unreadableFileIsReportedAndNamed() {
        let doc = Disclosures.extract(fileAt: "/nonexistent/2017年部门预算.txt")
        #expect(doc.isUnread)
        #expect(doc.diagnostics.first?.severity == .error)
        #expect(doc.diagnostics.first?.file == "/nonexistent/2017年部门预算.txt")
    }

    @Test func extractionIsDeterministic() throws {
        let first = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        let second = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        #expect(first == second)
    }
}
