import Testing
@testable import FiscalDisclosures

/// Document identity from titles, and the gazetteer behind region and province.
@Suite struct IdentityTests {
    struct TitleCase: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var agency: String?
        var year: Int?
        var kind: DocumentKind?
        var scope: DocumentScope
        var province: String?
        var testDescription: String { lines.joined() }
    }

    static let titles: [TitleCase] = [
        TitleCase(lines: ["中共廊坊市委信访局", "2017年部门预算信息公开情况说明"], agency: "中共廊坊市委信访局", year: 2017,
                  kind: .budget, scope: .unit, province: "河北省"),
        TitleCase(lines: ["2014年度溧阳市信访局决算和“三公”", "经费信息公开情况说明"], agency: "溧阳市信访局", year: 2014,
                  kind: .final, scope: .unit, province: "江苏省"),
        TitleCase(lines: ["关于2020年沈阳市和平区教育局部门预算的说明"], agency: "沈阳市和平区教育局", year: 2020, kind: .budget,
                  scope: .unit, province: "辽宁省"),
        TitleCase(lines: ["三门县公安局(汇总)2018年度部门决算公开"], agency: "三门县公安局", year: 2018, kind: .final,
                  scope: .consolidated, province: "浙江省"),
        TitleCase(lines: ["成都市武侯区财政局", "2019年调整预算公开"], agency: "成都市武侯区财政局", year: 2019, kind: .adjusted,
                  scope: .unit, province: "四川省"),
        TitleCase(lines: ["2018年全区各部门汇总预算"], agency: nil, year: 2018, kind: .budget, scope: .aggregate,
                  province: nil),
        TitleCase(lines: ["收入支出决算总表", "金额单位：万元"], agency: nil, year: nil, kind: .final, scope: .unit,
                  province: nil),
    ]

    @Test(arguments: titles)
    func title(_ c: TitleCase) {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.prose(c.lines + ["一、基本情况"]))
        #expect(doc.identity.agency == c.agency)
        #expect(doc.identity.year == c.year)
        #expect(doc.identity.kind == c.kind)
        #expect(doc.identity.scope == c.scope)
        #expect(doc.identity.province == c.province)
    }

    @Test func gazetteerCoversEveryLevel() {
        let g = Gazetteer.shared
        #expect(g.divisions(named: "河北省").first?.level == .province)
        #expect(g.divisions(named: "廊坊市").first.flatMap(g.province)?.name == "河北省")
        let liyang = g.divisions(named: "溧阳市")
        #expect(liyang.count == 1)
        #expect(liyang.first.flatMap(g.prefecture)?.name == "常州市")
        #expect(liyang.first.flatMap(g.province)?.name == "江苏省")
        #expect(g.divisions(named: "乌鲁木齐市").first.flatMap(g.province)?.name == "新疆维吾尔自治区")
        // 34 province-level units, over 300 prefectures, thousands of counties.
        let provinces = ["北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区", "台湾省", "西藏自治区"]
        for p in provinces { #expect(g.divisions(named: p).contains { $0.level == .province }, "\(p)") }
    }

    @Test func ambiguousCountyIsSettledByTheNamedCity() {
        let g = Gazetteer.shared
        #expect(g.divisions(named: "朝阳区").count >= 2)
        let beijing = g.resolve(in: "北京市朝阳区民政局", context: "")
        #expect(beijing.region == "朝阳区")
        #expect(beijing.province == "北京市")
        let unknown = g.resolve(in: "朝阳区民政局", context: "")
        #expect(unknown.province == nil)
        #expect(unknown.isAmbiguous)
        let byContext = g.resolve(in: "鼓楼区财政局", context: "根据《福建省预算公开办法》，福州市")
        #expect(byContext.province == "福建省")
    }
}
