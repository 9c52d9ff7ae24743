import FiscalFrame
import Testing
@testable import FiscalDisclosures

/// Phrasing families of VOCABULARY §2–§5 in prose, each on a document built by hand.
@Suite struct ExtractionProseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var metric: String
        var category: String?
        var value: FactValue
        var year: Int = 2018
        var kind: DocumentKind = .budget
        var origin: FactOrigin = .stated
        var testDescription: String { "\(metric): \(sentence)" }
    }

    static let title = ["某某县财政局2018年部门预算公开"]

    static let cases: [Case] = [
        Case(sentence: "2018年预算收入2941.59万元，其中：一般公共预算收入2941.59万元，事业收入0万元。",
             metric: "revenue_business", value: yuan(0)),
        Case(sentence: "公务用车购置及运维费38.28万元（其中：公务用车购置费为0万元，公务用车运行费38.28万元)。",
             metric: "sangong_vehicle_operation", value: yuan(382_800)),
        Case(sentence: "“三公”经费预算安排32.78万元，与2017年减少0.13万元。",
             metric: "sangong_total", value: yuan(329_100), year: 2017, origin: .derived),
        Case(sentence: "公务接待费5.00万元，较上年增加1.20万元，增长31.6%。",
             metric: "sangong_reception", value: yuan(38_000), year: 2017, origin: .derived),
        Case(sentence: "公务接待费5.00万元，同比持平。",
             metric: "sangong_reception", value: yuan(50_000), year: 2017, origin: .derived),
        Case(sentence: "\"三公\"经费年初预算12.00万元，决算10.50万元，完成预算的87.5%。",
             metric: "sangong_total", value: yuan(105_000), kind: .final),
        Case(sentence: "\"三公\"经费年初预算12.00万元，决算10.50万元，完成预算的87.5%。",
             metric: "sangong_total", value: yuan(120_000), kind: .budget),
        Case(sentence: "全年接待批次57次，接待人员466人次。", metric: "reception_persons", value: .count(466)),
        Case(sentence: "共接待国内公务接待25批次、180人次。", metric: "reception_batches", value: .count(25)),
        Case(sentence: "外事接待费1.20万元，接待外宾3批次。", metric: "sangong_reception", category: "foreign",
             value: yuan(12_000)),
        Case(sentence: "本单位没有配置公务车。", metric: "vehicles_count", value: .count(0)),
        Case(sentence: "本年度无政府采购预算。", metric: "procurement_total", value: yuan(0)),
        Case(sentence: "编制为8人，其中行政编制7人，行政附属编制1 人。", metric: "staff_authorized", category: "行政编制",
             value: .count(7)),
        Case(sentence: "现实有行政在职人员9人，行政附属人员1人。", metric: "staff_actual", value: .count(10),
             origin: .derived),
        Case(sentence: "出国费0元；公务用车运行维护费28.6万元。", metric: "sangong_outbound", value: yuan(0)),
        Case(sentence: "出国费0元；公务用车运行维护费28.6万元。", metric: "sangong_vehicle_operation", value: yuan(286_000)),
        Case(sentence: "政府采购预算总额25,422.73万元。", metric: "procurement_total", value: yuan(254_227_300)),
        Case(sentence: "机关运行经费预算１２．５０万元。", metric: "operating_expenses", value: yuan(125_000)),
        Case(sentence: "截至2017年12月31日，固定资产总额1,250.00万元，共有公务用车5辆。", metric: "fixed_assets_total",
             value: yuan(12_500_000), year: 2017),
        Case(sentence: "上年末固定资产金额为2469.92万元。", metric: "fixed_assets_total", value: yuan(24_699_200), year: 2017),
        Case(sentence: "一般公共服务支出184.82万元，住房保障支出11万元。", metric: "expenditure_function",
             category: "221 住房保障", value: yuan(110_000)),
        Case(sentence: "基本支出140.82万元，其中：工资福利支出79.82万元。", metric: "expenditure_economic",
             category: "301 工资福利支出", value: yuan(798_200)),
        Case(sentence: "项目支出1.2亿元。", metric: "expenditure_project", value: yuan(120_000_000)),
        Case(sentence: "公务接待费1.58元。", metric: "sangong_reception", value: .money(Money(fen: 158))),
        Case(sentence: "因公出国（境）团组2个，6人次。", metric: "outbound_persons", value: .count(6)),
        Case(sentence: "2018年“三公”经费财政拨款预算数为12.00万元。", metric: "sangong_total", value: yuan(120_000)),
        Case(sentence: "国内公务接待58批次，共计接待507人次。", metric: "reception_persons", value: .count(507)),
        Case(sentence: "“三公”经费支出决算为86.50万元，比年初预算减少13.50万元。", metric: "sangong_total",
             value: yuan(1_000_000), kind: .budget, origin: .derived),
        Case(sentence: "公务接待费比上年决算数减少0.50万元，为3.00万元。", metric: "sangong_reception", value: yuan(30_000)),
        Case(sentence: "合同制工人（临时工）3人，退休人员6人。", metric: "temporary_staff", value: .count(3)),
    ]

    @Test(arguments: cases)
    func phrasing(_ c: Case) throws {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose(Self.title + [c.sentence]))
        let found = doc.facts(c.metric, category: .some(c.category), year: c.year, kind: c.kind, origin: c.origin)
        #expect(found.map(\.value) == [c.value], "found \(doc.facts.map { "\($0.metric) \($0.category ?? "") \($0.value) \($0.year ?? 0) \($0.kind?.rawValue ?? "") \($0.origin)" })")
        #expect(found.first?.line == 2)
    }

    @Test func bodyYearsDoNotChangeTheDocumentYear() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "2017年完成机构改革，2019年将继续推进。", "公务接待费3.00万元。",
        ]))
        #expect(doc.identity.year == 2018)
        #expect(doc.facts("sangong_reception").first?.year == 2018)
    }

    @Test func figuresAboutAnotherYearCarryIt() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "2017年决算数为10.00万元，2018年预算数为12.00万元。",
        ]))
        _ = doc
        let text = ExtractionTestSupport.prose(["某某县财政局2018年部门预算公开", "公务接待费2017年决算数为10.00万元，2018年预算数为12.00万元。"])
        let second = DisclosureExtractor().extract(text)
        #expect(second.value("sangong_reception", year: 2017, kind: .final) == yuan(100_000))
        #expect(second.value("sangong_reception", year: 2018, kind: .budget) == yuan(120_000))
    }

    @Test func labelsFarFromNumbersAreNotPaired() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开",
            "公务接待费主要用于保障上级检查指导工作和兄弟单位交流学习考察的必要支出，全年共计安排12个项目。",
        ]))
        #expect(doc.facts("sangong_reception").isEmpty)
    }

    @Test func sameFigureStatedTwiceIsKeptOnce() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "基本支出468.03万元。", "其中基本支出468.03万元，项目支出10万元。",
        ]))
        #expect(doc.facts("expenditure_basic").count == 1)
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func conflictingValuesAreBothKeptWithADiagnostic() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "基本支出468.03万元。", "基本支出486.03万元。",
        ]))
        #expect(doc.facts("expenditure_basic").map(\.value) == [yuan(4_680_300), yuan(4_860_300)])
        #expect(doc.diagnostics.contains { $0.severity == .warning && $0.line == 3 })
    }

    @Test func missingIsNotZero() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "公务接待费3.00万元。",
        ]))
        #expect(doc.facts("sangong_outbound").isEmpty)
        #expect(doc.facts("sangong_vehicle_total").isEmpty)
    }

    @Test func evidenceIsTheSentence() throws {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose([
            "某某县财政局2018年部门预算公开", "一、概况。公务接待费3.00万元，较上年减少1万元。其他情况。",
        ]))
        let fact = try #require(doc.facts("sangong_reception").first)
        #expect(fact.evidence == "公务接待费3.00万元，较上年减少1万元。")
    }
}
