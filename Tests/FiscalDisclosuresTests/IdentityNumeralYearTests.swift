import Testing
@testable import FiscalDisclosures

/// Agency names from titles that carry a year in Chinese numerals.
@Suite struct IdentityNumeralYearTests {
    @Test(arguments: [
        ("廊坊市财政局二〇一六年部门预算", "廊坊市财政局"),
        ("廊坊市财政局二〇一六年", "廊坊市财政局"),
        ("二〇二一年义乌市应急管理局部门预算", "义乌市应急管理局"),
        ("二 ○ 一八年晋江市教育局部门决算", "晋江市教育局"),
        ("孟州市人力资源和社会保障局二 ○ 一八", "孟州市人力资源和社会保障局"),
        ("二O一九年度三门县公安局部门决算", "三门县公安局"),
        ("二零二零年溧阳市信访局部门预算", "溧阳市信访局"),
    ])
    func numeralYearIsNotPartOfTheAgency(title: String, agency: String) {
        #expect(IdentityReader.agency(in: title) == agency)
    }

    @Test func agencyEndingInANumeralKeepsIt() {
        let erqi = Array("郑州市二七区".unicodeScalars)[...]
        #expect(IdentityReader.droppingTrailingNumeralYear(erqi) == erqi)
        let bureau = Array("二七区教育局".unicodeScalars)[...]
        #expect(IdentityReader.droppingLeadingNumeralYear(bureau) == bureau)
    }

    @Test func numeralYearsAreDroppedCharacterByCharacterToo() {
        let title = Array("二〇一六年度廊坊市财政局")[...]
        #expect(String(IdentityReader.droppingLeadingNumeralYear(title)) == "廊坊市财政局")
        let name = Array("廊坊市财政局二 ○ 一八年")[...]
        #expect(String(IdentityReader.droppingTrailingNumeralYear(name)) == "廊坊市财政局")
    }
}
