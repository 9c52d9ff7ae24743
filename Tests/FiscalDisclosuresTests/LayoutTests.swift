import Testing
@testable import FiscalDisclosures

@Suite struct LayoutTests {
    @Test func tabLedTablesFromTheLangfangSeed() throws {
        let text = try ReadingFixtures.read("reading", "langfang-seed.txt")
        let tables = ReadingFixtures.tables(text)
        #expect(tables.count == 3)
        let goals = try #require(tables.first)
        #expect(goals.line == 61)
        #expect(goals.rows.count == 11)
        #expect(goals.rows.allSatisfy { $0.count == 9 })
        #expect(goals.rows[1].map(\.text).prefix(2) == ["信访业务办理", "7.00"])
        #expect(goals.rows[1][8].text == "<70%")
        #expect(goals.rows[1][0].line == 71)
        let assets = tables[2]
        #expect(assets.unitText == "万元")
        #expect(ReadingFixtures.texts(assets)[2] == ["资产总额", "——", "2469.92"])
        #expect(ReadingFixtures.texts(assets)[5] == ["2、车辆(台、辆)", "6", "121.83"])
        #expect(tables[1].unitText == "万元")
        // Text around the tables stays as paragraphs, with their own line numbers.
        let paragraphs = text.blocks.compactMap { if case .paragraph(let line) = $0 { line } else { nil } }
        #expect(paragraphs.contains(TextLine(text: "部门政府采购预算", line: 177)))
        #expect(paragraphs.contains(TextLine(text: "无政府采购预算,空表列示。", line: 276)))
        #expect(text.sourceLines.count == 326)
    }

    @Test func oneCellPerLineWithPipes() throws {
        let text = try ReadingFixtures.read("reading", "layout-b.txt")
        let table = try #require(ReadingFixtures.tables(text).first)
        #expect(ReadingFixtures.texts(table) == [
            ["项目", "预算数", "决算数"], ["收入总计", "195.82", "195.82"],
            ["一般公共预算财政拨款", "195.82", "195.82"], ["支出总计", "195.82", "195.82"],
        ])
        #expect(table.unitText == "万元")
        #expect(table.rows[1][0].line == 6)
        #expect(ReadingFixtures.paragraphs(text).last == "以上为收支决算总表。")
    }

    @Test func stackedValuesDropTheIndexColumn() throws {
        let text = try ReadingFixtures.read("reading", "layout-c.txt")
        let table = try #require(ReadingFixtures.tables(text).first)
        #expect(ReadingFixtures.texts(table) == [
            ["项目", "决算数"], ["一般公共预算财政拨款收入", "195.82"], ["事业收入", "0"], ["本年收入合计", "195.82"],
        ])
        #expect(table.unitText == "万元")
        #expect(ReadingFixtures.paragraphs(text).last == "二、\"三公\"经费")
    }

    @Test func pipeRowsWithTrailingEmptyCells() throws {
        let text = try ReadingFixtures.read("reading", "layout-d.txt")
        let table = try #require(ReadingFixtures.tables(text).first)
        #expect(ReadingFixtures.texts(table) == [
            ["项目", "编制数", "实有人数", "备注"], ["行政编制", "7", "9", ""], ["编制数", "34", "34", ""], ["合计", "41", "43", ""],
        ])
        #expect(ReadingFixtures.paragraphs(text) == ["人员情况", "说明文字。"])
    }

    @Test func pdfArtefactsAreRepaired() throws {
        let text = try ReadingFixtures.read("reading", "layout-e-pdf.txt")
        #expect(ReadingFixtures.paragraphs(text) == [
            "2017年预算收入2941.59万元,其中基本支出468.03万元。", "预算收入说明", "一般公共预算收入2941.59万元(全年)。",
        ])
        let first = try #require(text.blocks.first)
        #expect(first == .paragraph(TextLine(text: "2017年预算收入2941.59万元,其中基本支出468.03万元。", line: 1)))
        #expect(text.diagnostics.contains { $0.message.contains("3 page-number lines") })
    }

    @Test func pdfRepairCanBeTurnedOff() throws {
        let text = try ReadingFixtures.read("reading", "layout-e-pdf.txt", options: DocumentReadOptions(repairsPDFArtefacts: false))
        #expect(ReadingFixtures.paragraphs(text).contains("- 3 -"))
    }

    @Test(arguments: ["- 3 -", "—3—", "第 3 页", "第3页 共12页", "3 / 12", "Page 3 of 12", "－ 12 －"])
    func pageNumberLines(line: String) {
        #expect(PDFTextRepair.isPageNumber(Substring(line)))
    }

    @Test(arguments: ["3", "2017年", "第三页", "- 3 - 预算", "3/12万元", "195.82"])
    func notPageNumberLines(line: String) {
        #expect(!PDFTextRepair.isPageNumber(Substring(line)))
    }

    @Test func traditionalAndPinyinMirrorText() throws {
        let text = try ReadingFixtures.read("reading", "layout-f-traditional.txt")
        #expect(ReadingFixtures.paragraphs(text) == [
            "2017年部门预算",
            "\"三公\"经费预算安排32.78万元,其中公务用车购置及运行维护费25422.73元。",
            "会议费、培训费,2016年决算数为1234567.5元。",
            "公司(ltd)名称保留,列举1,2,3保留,年份2016,2017保留。",
        ])
    }

    @Test func ambiguousWidthGetsANote() {
        var layout = TextLayout(file: "t.txt")
        let lines = ["a |", "b |", "c |", "d |", "e |", "f |"].enumerated().map {
            TextLayout.Line(number: $0.offset + 1, text: Substring($0.element))
        }
        let blocks = layout.blocks(lines)
        // No values at all: kept as one row, with a note; no text is lost.
        guard case .table(let table) = blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.flatMap { $0 }.map(\.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(layout.diagnostics.contains { $0.severity == .note })
    }

    @Test func rowWidthPrefersTheTableShape() throws {
        let cells = ["项目", "预算数", "决算数", "收入", "1", "2", "支出", "3", "4"]
        let fit = try #require(RowWidth.infer(cells))
        #expect(fit.width == 3)
        #expect(!fit.isAmbiguous)
        #expect(RowWidth.isValueLike("≥80%"))
        #expect(RowWidth.isValueLike("——"))
        #expect(RowWidth.isValueLike("57次"))
        #expect(!RowWidth.isValueLike("收入"))
    }

    @Test(arguments: [
        ("57次", true), ("12.5%", true), ("3人次", true), ("4批次", true), ("2941.59万元", true), ("195.82", true),
        ("3人民", false), ("3万", false), ("-", true), ("+-", true), ("≥", false), ("约3", true), ("3 元", false),
        ("57\u{2F8EF}", true), ("57\u{FA08}", false), ("", false), ("——", true),
    ])
    func valuesAndTheirUnits(text: String, isValue: Bool) {
        #expect(RowWidth.isValueLike(text) == isValue)
    }
}
