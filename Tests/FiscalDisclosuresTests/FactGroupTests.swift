import FiscalFrame
import Testing
@testable import FiscalDisclosures

@Suite struct FactGroupTests {
    func fact(_ metric: String, _ category: String? = nil, yuan: Int64, line: Int = 1) -> Fact {
        ExtractionTestSupport.yuanFact(metric, category, yuan: yuan, line: line)
    }

    func group(_ facts: [Fact]) -> FactGroup {
        let members = facts.indices.compactMap { i in
            CheckedMetric(name: facts[i].metric).map { FactGroup.Member(metric: $0, index: i) }
        }
        return FactGroup(members, of: facts)
    }

    @Test func namesRoundTrip() {
        for metric in CheckedMetric.allCases { #expect(CheckedMetric(name: metric.name) == metric) }
        #expect(CheckedMetric(name: "staff_actual") == nil)
        #expect(CheckedMetric(name: "") == nil)
        #expect(Set(CheckedMetric.allCases.map(\.name)).count == CheckedMetric.allCases.count)
    }

    @Test func plainLookupTakesTheFirstUncategorizedFact() {
        let g = group([
            fact("expenditure_basic", "301 工资福利支出", yuan: 5, line: 1),
            fact("expenditure_basic", yuan: 60, line: 2),
            fact("expenditure_basic", "", yuan: 70, line: 3),
            fact("expenditure_basic", yuan: 80, line: 4),
        ])
        #expect(g.fact(.expenditureBasic)?.line == 2)
        #expect(g.fact(.expenditureProject) == nil)
    }

    @Test func emptyCategoryCountsAsPlainAndAsAnItem() {
        let g = group([fact("sangong_reception", "", yuan: 3, line: 1)])
        #expect(g.fact(.sangongReception)?.line == 1)
        #expect(g.categorized(.sangongReception).map(\.line) == [1])
    }

    @Test func itemsKeepTheFirstOfEachCategoryInOrder() {
        let g = group([
            fact("expenditure_function", "201 一般公共服务支出", yuan: 8, line: 1),
            fact("expenditure_function", "221 住房保障支出", yuan: 1, line: 2),
            fact("expenditure_function", "201 一般公共服务支出", yuan: 9, line: 3),
            fact("expenditure_economic", "201 一般公共服务支出", yuan: 9, line: 4),
            fact("expenditure_function", "e\u{301}", yuan: 1, line: 5),
            fact("expenditure_function", "é", yuan: 2, line: 6),
            fact("expenditure_function", yuan: 100, line: 7),
        ])
        #expect(g.categorized(.expenditureFunction).map(\.line) == [1, 2, 5])
        #expect(g.categorized(.expenditureEconomic).map(\.line) == [4])
        #expect(g.categorized(.sangongVehicleOther).isEmpty)
    }

    /// The fast byte reading agrees with the character definition, on ASCII codes, CJK names,
    /// short text, CR LF, combining marks and non-CJK text after the code.
    @Test(arguments: [
        "301 工资福利支出", "301 ", "301", "30", "", "3011工资", "201 一般公共服务支出", "201 a", "2011 abc",
        "301\r\n工资", "30\r\n 工资", "301 \u{301}工资", "3\u{301}01 工资", "301 é", "３０１ 工资", "301 😀", "301\t工资",
        "a01 工资", "301  ", "30 1 x",
    ])
    func categoryShapesMatchTheCharacterDefinition(category: String) {
        let economic = (category.prefix(3)).count == 3 && category.prefix(3).hasPrefix("3")
            && category.dropFirst(3).first == " "
        let function = category.count > 4 && category.dropFirst(3).first == " "
        #expect(CategoryShape.isTopLevelEconomicClass(category) == economic)
        #expect(CategoryShape.isTopLevelFunctionLine(category) == function)
    }

    @Test func missingCategoriesHaveNoShape() {
        #expect(!CategoryShape.isTopLevelEconomicClass(nil))
        #expect(!CategoryShape.isTopLevelFunctionLine(nil))
    }
}
