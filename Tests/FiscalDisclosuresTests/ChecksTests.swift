import FiscalFrame
import Testing
@testable import FiscalDisclosures

/// Each single-document check on a case that must be found and one that must not.
@Suite struct ChecksTests {
    static let title = ["某某县财政局2018年部门预算公开"]

    func checks(_ lines: [String]) -> [String] {
        DisclosureExtractor().extract(ExtractionTestSupport.prose(Self.title + lines)).findings.map(\.check)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var check: String
        var failing: [String]
        var passing: [String]
        var testDescription: String { check }
    }

    static let cases: [Case] = [
        Case(check: "identity.sangong_total",
             failing: ["“三公”经费12.00万元，其中因公出国(境)费0万元，公务用车购置及运行费8.00万元，公务接待费5.00万元。"],
             passing: ["“三公”经费12.00万元，其中因公出国(境)费0万元，公务用车购置及运行费8.00万元，公务接待费4.00万元。"]),
        Case(check: "identity.sangong_vehicle_total",
             failing: ["公务用车购置及运行费8.00万元，其中公务用车购置费3.00万元，公务用车运行维护费4.00万元。"],
             passing: ["公务用车购置及运行费8.00万元，其中公务用车购置费3.00万元，公务用车运行维护费5.00万元。"]),
        Case(check: "identity.expenditure_split",
             failing: ["支出总计100.00万元，其中基本支出60.00万元，项目支出30.00万元。"],
             passing: ["支出总计100.00万元，其中基本支出60.00万元，项目支出40.00万元。"]),
        Case(check: "identity.basic_split",
             failing: ["基本支出60.00万元，其中人员经费50.00万元，日常公用经费12.00万元。"],
             passing: ["基本支出60.00万元，其中人员经费50.00万元，日常公用经费10.00万元。"]),
        Case(check: "identity.economic_classes",
             failing: ["基本支出60.00万元，其中工资福利支出50.00万元，商品和服务支出20.00万元。"],
             passing: ["基本支出60.00万元，其中工资福利支出40.00万元，商品和服务支出10.00万元。"]),
        Case(check: "identity.function_lines",
             failing: ["支出总计100.00万元。", "按功能分类：一般公共服务支出80.00万元，住房保障支出10.00万元。"],
             passing: ["支出总计100.00万元。", "按功能分类：一般公共服务支出90.00万元，住房保障支出10.00万元。"]),
        Case(check: "identity.budget_balance",
             failing: ["收入总计100.00万元。", "支出总计90.00万元。"],
             passing: ["收入总计100.00万元。", "支出总计100.00万元。"]),
        Case(check: "identity.shares",
             failing: ["基本支出60.00万元，占60%；项目支出40.00万元，占45%。"],
             passing: ["基本支出60.00万元，占60%；项目支出40.00万元，占40%。"]),
        Case(check: "statement.flat_with_change",
             failing: ["会议费3.20万元，与上年持平，增加0.40万元。"],
             passing: ["会议费3.20万元，与上年持平。"]),
        Case(check: "magnitude.unit",
             failing: ["收入总计100.00万元。", "基本支出60.00万元，项目支出40.00万元。", "公务接待费1.58元。"],
             passing: ["收入总计100.00万元。", "基本支出60.00万元，项目支出40.00万元。", "公务接待费0元。"]),
    ]

    @Test(arguments: cases)
    func check(_ c: Case) {
        #expect(checks(c.failing).contains(c.check), "\(checks(c.failing))")
        #expect(!checks(c.passing).contains(c.check), "\(checks(c.passing))")
    }

    @Test func roundingWithinTolerancePasses() {
        // 0.01万元 per term: 33.34 + 33.33 + 33.33 = 100.00, and 100.01 is within rounding.
        #expect(checks(["“三公”经费100.01万元，其中因公出国(境)费33.34万元，公务用车购置及运行费33.33万元，公务接待费33.33万元。"]).isEmpty)
    }

    @Test func incompleteItemsOnlyFailWhenTheyExceed() {
        #expect(checks(["“三公”经费12.00万元，其中公务接待费5.00万元。"]).isEmpty)
        #expect(checks(["“三公”经费12.00万元，其中公务接待费15.00万元。"]) == ["identity.sangong_total"])
    }

    @Test func findingCarriesEvidenceOfEveryFigure() throws {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose(Self.title + [
            "支出总计100.00万元。", "基本支出60.00万元。", "项目支出30.00万元。",
        ]))
        let finding = try #require(doc.findings.first)
        #expect(finding.evidence.map(\.line) == [2, 3, 4])
        #expect(finding.expected == 900_000)
        #expect(finding.actual == 1_000_000)
        #expect(finding.difference == 100_000)
        #expect(finding.agency == "某某县财政局")
        #expect(finding.year == 2018)
    }

    @Test func findingsAreRankedBySeverity() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose(Self.title + [
            "会议费3.20万元，与上年持平，增加0.40万元。",
            "支出总计100.00万元，其中基本支出60.00万元，项目支出30.00万元。",
        ]))
        #expect(doc.findings.map(\.severity) == [.high, .medium])
    }

    @Test func budgetAndFinalFiguresAreCheckedApart() {
        // Budget items add up to the budget total, final items to the final total.
        #expect(checks([
            "“三公”经费年初预算12.00万元，决算10.00万元。",
            "公务接待费年初预算4.00万元，决算2.00万元。",
            "公务用车购置及运行费年初预算8.00万元，决算8.00万元。",
            "因公出国(境)费年初预算0万元，决算0万元。",
        ]).isEmpty)
    }

    @Test(arguments: [
        (0.0, "0", "0"), (0.004, "0", "0"), (-0.004, "0", "0"), (0.05, "0.05", "0.05"), (0.1, "0.1", "0.1"),
        (0.57, "0.57", "0.57"), (999, "999", "999"), (1_000, "1,000", "1000"), (-1_000.5, "-1,000.5", "-1000.5"),
        (123_456.78, "123,456.78", "123456.78"), (1_234_567, "1,234,567", "1234567"),
        (-98_765_432_109.01, "-98,765,432,109.01", "-98765432109.01"),
        (90_000_000_000_000_000, "90,000,000,000,000,000", "90000000000000000"),
    ])
    func yuanTextGroupsThousandsAndKeepsTheFen(value: Double, grouped: String, plain: String) {
        #expect(YuanFormat.text(value) == grouped)
        #expect(YuanFormat.text(value, groupsThousands: false) == plain)
    }

    @Test func signedYuanTextMarksGains() {
        #expect(YuanFormat.signed(1_500) == "+1,500")
        #expect(YuanFormat.signed(-0.3) == "-0.3")
        #expect(YuanFormat.signed(0) == "0")
    }
}
