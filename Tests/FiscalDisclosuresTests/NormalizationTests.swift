import Testing
@testable import FiscalDisclosures

@Suite struct NormalizationTests {
    @Test(arguments: [
        ("２０１７年预算收入２９４１．５９万元", "2017年预算收入2941.59万元"),
        ("占比１２．５％（全年）：", "占比12.5%(全年):"),
        ("＜70%、﹤70%、＞80%", "<70%、<70%、>80%"),
        ("合　计", "合计"),
        ("  项   目  ", "项目"),
        ("预 算 收 入 说 明", "预算收入说明"),
        ("收入 2941.59 万元", "收入 2941.59万元"),
        ("Zero\u{200B}width\u{FEFF}", "Zerowidth"),
    ])
    func fullWidthAndSpaces(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("“三公”经费", "\"三公\"经费"), ("「三公」经费", "\"三公\"经费"), ("\"三公\"经费", "\"三公\"经费"),
        ("‘三公’经费", "\"三公\"经费"), ("『三公』经费", "\"三公\"经费"), ("＂三公＂经费", "\"三公\"经费"),
    ])
    func quoteStylesAreUnified(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("25,422.73万元", "25422.73万元"),
        ("1,234,567.5元", "1234567.5元"),
        ("２５，４２２．７３元", "25422.73元"),
        ("25 422.73万元", "25422.73万元"),
        ("2941. 59万元", "2941.59万元"),
        ("2941 .59万元", "2941.59万元"),
        ("2016,2017年", "2016,2017年"),
        ("列举1,2,3", "列举1,2,3"),
        ("1,234,56", "1,234,56"),
        ("收入100，支出200", "收入100,支出200"),
        ("第3 100户", "第3 100户"),
        ("3.5,123", "3.5,123"),
    ])
    func numbers(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("二〇一七年部门预算", "2017年部门预算"), ("二○一七年", "2017年"), ("二零一六年度", "2016年度"),
        ("一九九八年", "1998年"), ("二O一八年", "2018年"), ("十二〇一七年", "十二〇一七年"),
        ("三〇一七年", "三〇一七年"), ("二〇一七", "二〇一七"),
    ])
    func chineseNumeralYears(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("經(jīng)費(fèi)", "经费"), ("預（yù）算", "预算"), ("經(jing1)費", "经费"), ("經費(jīng fèi)", "经费"),
        ("公司(ltd)", "公司(ltd)"), ("收入(万元)", "收入(万元)"), ("支出(a)", "支出(a)"), ("2017(nián)", "2017(nián)"),
    ])
    func pinyinAfterCharactersIsRemoved(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("部門預算", "部门预算"), ("決算說明", "决算说明"), ("公務用車購置及運行維護費", "公务用车购置及运行维护费"),
        ("會議費、培訓費", "会议费、培训费"), ("政府採購", "政府采购"), ("固定資產總計", "固定资产总计"),
        ("車輛", "车辆"), ("經費收入支出", "经费收入支出"), ("欄次", "栏次"), ("廣東省", "广东省"), ("崑山市財政局", "昆山市财政局"),
    ])
    func traditionalToSimplified(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test func traditionalMapLeavesSimplifiedTextAlone() throws {
        let seed = try String(contentsOfFile: ReadingFixtures.path("reading", "langfang-seed.txt"), encoding: .utf8)
        let mapped = seed.unicodeScalars.filter { TraditionalChinese.simplified[$0.value] != nil }
        #expect(mapped.isEmpty, "Simplified characters in the map: \(String(String.UnicodeScalarView(mapped)))")
        #expect(TraditionalChinese.simplified.count > 500)
        // No chains: a Simplified target is never itself a key.
        let chained = TraditionalChinese.simplified.values.filter { TraditionalChinese.simplified[$0.value] != nil }
        #expect(chained.isEmpty)
    }

    @Test(arguments: [
        "预算收入2941.59万元。", "项目", "一般公共预算财政拨款收入", "2017年部门预算", "\"三公\"经费 2941.59", "𠀀年",
    ])
    func normalizedTextComesBackUnchanged(text: String) {
        #expect(TextNormalizer.normalize(text) == text)
        #expect(TextNormalizer.normalize(Substring(text)) == text)
    }

    @Test func aPlaceholderInTheInputBecomesAComma() {
        // U+FDD0 cannot be written in a literal.
        let text = "预算" + String(Character(Unicode.Scalar(0xFDD0)!)) + "收入"
        #expect(TextNormalizer.normalize(text) == "预算,收入")
    }

    @Test func mappedBitsMatchTheTable() {
        let mismatches = TraditionalChinese.table.indices.filter { offset in
            let isSet = TraditionalChinese.mappedBits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
            return isSet != (TraditionalChinese.table[offset] != 0)
        }
        #expect(mismatches.isEmpty)
        #expect(TraditionalChinese.mappedBits.count * 64 == TraditionalChinese.table.count)
    }

    @Test func simplifyingScalarValuesAgreesWithScalars() {
        let values: [UInt32] = [0, 0x41, 0x4DFF, 0xA000, 0xFF0C, 0x20000, 0x10FFFF] + Array(0x4E00..<0xA000)
        let disagreeing = TraditionalChinese.table.withUnsafeBufferPointer { table in
            TraditionalChinese.mappedBits.withUnsafeBufferPointer { bits in
                values.filter { value in
                    let scalar = Unicode.Scalar(value)!
                    return TraditionalChinese.simplify(value, in: table, bits: bits) != TraditionalChinese.simplify(scalar).value
                }
            }
        }
        #expect(disagreeing.isEmpty)
        #expect(TraditionalChinese.simplify(Unicode.Scalar(0x8CBB)!) == "费")  // 費
    }

    @Test(arguments: ["2941. 59", "2941 .59", "25 422.73", "3 %", "3 100", "1 2 3", "Budget 2017: 2941.59", "12 ."])
    func asciiLinesJoinNumbersAsOtherLinesDo(text: String) {
        // A line of ASCII only (a table cell, a PDF line holding just a figure) gets the same
        // treatment as the same text after Chinese characters.
        #expect("合计" + TextNormalizer.normalize(text) == TextNormalizer.normalize("合计" + text))
    }

    @Test func asciiNumbersSplitBySpacesAreJoined() {
        #expect(TextNormalizer.normalize("2941. 59") == "2941.59")
        #expect(TextNormalizer.normalize("25 422.73") == "25422.73")
    }

    @Test func asciiLinesPassThrough() {
        #expect(TextNormalizer.normalize("Budget 2017: 2941.59") == "Budget 2017: 2941.59")
        #expect(TextNormalizer.normalize("") == "")
        #expect(TextNormalizer.normalize("   ") == "")
    }
}

import Foundation
