import Testing
@testable import FiscalDisclosures

/// Row labels of tables: numbering stripped, codes split off, totals recognized, read by scalar
/// and, for text whose characters span several scalars, by `Character`.
@Suite struct TableLabelTests {
    let scanner = TableScanner(context: ExtractionContext(source: "test.txt"))

    func parse(_ text: String) -> ParsedLabel { scanner.parseLabel(ScalarText.folded(text)) }

    @Test(arguments: [
        ("一、一般公共服务支出", "一般公共服务支出"), ("其中：人员经费", "人员经费"), ("其中:#*基本支出", "基本支出"),
        ("（一）工资福利支出", "工资福利支出"), ("(12)房屋", "房屋"), ("（二十一）房屋", "房屋"), ("(2020)房屋", "(2020)房屋"),
        ("(1)(2)车辆", "车辆"), ("1.会议费", "会议费"), ("12、培训费", "培训费"), ("123、培训费", "123、培训费"),
        ("1.5万元", "1.5万元"), ("十、", ""), ("一二三", "一二三"), ("", ""), ("#", ""), ("(Ⅳ)设备", "设备"),
        ("（①）设备", "设备"), ("≥90%", "≥90%"),
    ])
    func stripsNumbering(label: String, expected: String) {
        let parsed = parse(label)
        #expect(parsed.text == expected)
        #expect(Array(parsed.scalars) == ScalarText.folded(expected))
        #expect(parsed.code == nil)
    }

    @Test func splitsCodes() {
        let named = parse("2010101 行政运行")
        #expect(named.code == "2010101" && named.text == "行政运行" && !named.isTotal)
        let trimmed = parse("301-:工资福利支出:-")
        #expect(trimmed.code == "301" && trimmed.text == "工资福利支出")
        #expect(Array(trimmed.scalars) == ScalarText.folded("工资福利支出"))
        #expect(parse("501").code == "501")
        #expect(parse("501").text == "")
        // Codes have 3, 5 or 7 digits and start with 2, 3 or 5.
        #expect(parse("4010101 其他").code == nil)
        #expect(parse("2101 其他").code == nil)
    }

    @Test func totals() {
        for label in ["合计", "总计", "小计", "收入合计", "支出合计", "合计数", "合:计", "一、合计", "（一）小计"] {
            #expect(parse(label).isTotal, "\(label)")
        }
        for label in ["合计金额", "本年收入合计", "计", ""] {
            #expect(!parse(label).isTotal, "\(label)")
        }
    }

    /// Labels whose characters stand alone read the same by scalar and by `Character`.
    @Test(arguments: [
        "一、一般公共服务支出", "其中：人员经费", "（一）工资福利支出", "(12)房屋", "1.会议费", "12、培训费", "2010101 行政运行",
        "301-:工资福利支出:-", "合计", "合:计", "(2020)房屋", "1.5万元", "十、", "(Ⅳ)设备", "≥90%", "", "abc",
        "三、(一)1.#其中:合计",
    ])
    func scalarReadingAgreesWithCharacters(label: String) {
        let folded = ScalarText.folded(label)
        #expect(folded.allSatisfy(ScalarText.standsAlone))
        let byScalar = scanner.parseLabel(folded)
        let byCharacter = scanner.parseLabelByCharacter(ScalarText.string(folded))
        #expect(byScalar.text == byCharacter.text)
        #expect(Array(byScalar.scalars) == Array(byCharacter.scalars))
        #expect(byScalar.code == byCharacter.code)
        #expect(byScalar.isTotal == byCharacter.isTotal)
    }

    /// A combining mark joins the character before it: "#́" is no marker and "合计́" no total.
    @Test func combiningMarksKeepCharactersWhole() {
        let marked = parse("#\u{301}房屋")
        #expect(marked.text == "#\u{301}房屋")
        #expect(!parse("合计\u{301}").isTotal)
        #expect(parse("\u{301}(1)房屋").text == "\u{301}(1)房屋")
        #expect(parse("(1)房屋\u{301}").text == "房屋\u{301}")
    }

    @Test func termsOfLabels() throws {
        let sangong = try #require(scanner.matchTerm(parse("一、“三公”经费支出")))
        #expect(Glossary.terms[sangong].money == "sangong_total")
        // A short tail after the label is allowed, a long one is not.
        #expect(scanner.matchTerm(parse("房屋合计")) != nil)
        #expect(scanner.matchTerm(parse("房屋及构筑物等等")) == nil)
        #expect(scanner.matchTerm(parse("房屋(含构筑物及其他附属设施)")) != nil)
        #expect(scanner.matchTerm(parse("")) == nil)
        // A blocker label names no figure.
        #expect(scanner.matchTerm(parse("财政拨款结转")) == nil)
    }

    @Test func unitsOfUnitLinesAndHeaders() {
        #expect(TableScanner.unit(in: "单位：万元") == MoneyUnit(text: "万元", multiplier: 10_000))
        #expect(TableScanner.unit(in: "金额单位:元") == MoneyUnit(text: "元", multiplier: 1))
        #expect(TableScanner.unit(in: "支出表（亿元）") == MoneyUnit(text: "亿元", multiplier: 100_000_000))
        #expect(TableScanner.unit(in: "价值(千元)") == MoneyUnit(text: "千元", multiplier: 1_000))
        // The unit must follow 单位 closely, or stand in parentheses.
        #expect(TableScanner.unit(in: "单位：某某某某某某某某万元") == nil)
        #expect(TableScanner.unit(in: "支出万元") == nil)
        #expect(TableScanner.unit(in: "单位：人") == nil)
        #expect(TableScanner.unit(in: "") == nil)
    }
}
