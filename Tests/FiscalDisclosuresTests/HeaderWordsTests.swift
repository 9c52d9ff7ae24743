import Testing
@testable import FiscalDisclosures

/// `HeaderWords` finds the same words a substring search does.
@Suite struct HeaderWordsTests {
    static let groups: [(HeaderWords, [String])] = [
        (.index, ["行次", "栏次"]), (.code, ["编码", "代码", "科目编号"]),
        (.change, ["%", "比例", "比重", "完成率", "执行率", "增长率", "增减", "变动", "比上年", "增长", "差额"]),
        (.adjusted, ["调整预算", "调整后"]), (.final, ["决算", "执行数", "实际"]), (.budget, ["年初预算", "预算数", "预算"]),
        (.prior, ["上年", "去年", "上一年"]), (.current, ["本年", "今年", "当年"]),
        (.count, ["数量", "人数", "辆数", "台数"]), (.amount, ["金额", "价值"]), (.total, ["合计", "小计", "总计"]),
    ]

    @Test(arguments: [
        "", "项目", "2018年预算数", "上年决算数", "本年实际", "增减%", "功能分类科目编码", "行次", "车辆数量",
        "价值（金额单位：万元）", "合计", "调整后预算", "比上年增长", "预", "算", "年初预", "当年决算数合计",
        "abc%", "预算数上一年", "执行率(%)", "台数金额",
    ])
    func findsTheWordsASubstringSearchFinds(header: String) {
        var expected: HeaderWords = []
        for (group, words) in Self.groups where words.contains(where: { header.includes($0) }) { expected.insert(group) }
        #expect(HeaderWords.present(in: header) == expected)
    }
}
