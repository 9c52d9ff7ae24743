import FiscalFrame
import Testing
@testable import FiscalDisclosures

/// Tables built by hand: statement tables, budget and final columns, index columns, codes,
/// breakdown columns, wide tables and unit lines.
@Suite struct ExtractionTableTests {
    let extractor = DisclosureExtractor()

    @Test func statementTableWithTwoPairsPerRowAndIndexColumn() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["2016年度某某县教育局部门决算", "收入支出决算总表"],
            rows: [
                ["收入", "行次", "金额", "支出", "行次", "金额"],
                ["一、一般公共预算财政拨款收入", "1", "1,520.40", "一、一般公共服务支出", "28", "20.00"],
                ["二、事业收入", "2", "0", "二、教育支出", "29", "1,500.40"],
                ["本年收入合计", "6", "1,520.40", "本年支出合计", "33", "1,520.40"],
                ["收入总计", "9", "1,600.00", "支出总计", "36", "1,600.00"],
            ], unit: "万元"))
        #expect(doc.value("revenue_general_budget", kind: .final) == yuan(15_204_000))
        #expect(doc.value("revenue_business") == yuan(0))
        #expect(doc.value("expenditure_function", category: "205 教育") == yuan(15_004_000))
        #expect(doc.value("revenue_current_year") == yuan(15_204_000))
        #expect(doc.value("revenue_total") == yuan(16_000_000))
        #expect(doc.value("expenditure_total") == yuan(16_000_000))
        // 行次 values (1, 2, 28 …) never become figures.
        #expect(!doc.facts.contains { $0.value == yuan(10_000) || $0.value == yuan(280_000) })
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func budgetAndFinalColumnsKeptApart() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["2016年度某某县教育局部门决算", "“三公”经费支出情况表"],
            rows: [
                ["项目", "预算数", "决算数"],
                ["“三公”经费合计", "12.00", "10.50"],
                ["因公出国(境)费", "0", "0"],
                ["公务用车购置及运行维护费", "8.00", "7.30"],
                ["公务接待费", "4.00", "3.20"],
            ], unit: "万元"))
        #expect(doc.value("sangong_total", kind: .budget) == yuan(120_000))
        #expect(doc.value("sangong_total", kind: .final) == yuan(105_000))
        #expect(doc.value("sangong_reception", kind: .final) == yuan(32_000))
        #expect(doc.value("sangong_vehicle_total", kind: .budget) == yuan(80_000))
        #expect(doc.findings.isEmpty)
    }

    @Test func currentAndPriorYearColumns() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算", "单位：万元"],
            rows: [["项目", "2019年预算数", "2018年预算数", "增减%"], ["基本支出", "500.00", "450.00", "11.1"]]))
        #expect(doc.value("expenditure_basic", year: 2019) == yuan(5_000_000))
        #expect(doc.value("expenditure_basic", year: 2018) == yuan(4_500_000))
        #expect(doc.facts("expenditure_basic").count == 2)
    }

    @Test func codesInTheirOwnCellAndGluedToNames() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算", "一般公共预算支出表"],
            rows: [
                ["功能分类科目编码", "科目名称", "合计"],
                ["208", "社会保障和就业支出", "300.00"],
                ["20802", "民政管理事务", "250.00"],
                ["2080201", "行政运行", "250.00"],
                ["210医疗卫生与计划生育支出", "", "50.00"],
            ], unit: "万元"))
        #expect(doc.value("expenditure_function", category: "208 社会保障和就业") == yuan(3_000_000))
        #expect(doc.value("expenditure_function", category: "20802 民政管理事务") == yuan(2_500_000))
        #expect(doc.value("expenditure_function", category: "2080201 行政运行") == yuan(2_500_000))
        #expect(doc.value("expenditure_function", category: "210 卫生健康") == yuan(500_000))
    }

    @Test func tableWithoutUnitLineTakesTheProseUnit() {
        var text = ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算"], rows: [["项目", "金额"], ["基本支出", "125000.00"]])
        text.blocks.insert(contentsOf: [
            .paragraph(TextLine(text: "公务接待费3000元，会议费5000元。", line: 1)),
            .paragraph(TextLine(text: "培训费2000元。", line: 1)),
        ], at: 1)
        let doc = extractor.extract(text)
        #expect(doc.value("expenditure_basic") == yuan(125_000))
    }

    @Test func unitInAValueCellWins() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算"], rows: [["项目", "金额"], ["公务接待费", "3500元"]], unit: "万元"))
        #expect(doc.value("sangong_reception") == yuan(3_500))
    }

    @Test func emptyDashAndBlankCellsAreMissingNotZero() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算"],
            rows: [["项目", "金额"], ["因公出国(境)费", "——"], ["公务接待费", ""], ["会议费", "-"]], unit: "万元"))
        #expect(doc.facts.isEmpty, "\(doc.facts)")
    }

    @Test func assetTableRowsAndYear() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算", "固定资产占用情况表", "截止时间：2018年12月31日"],
            rows: [
                ["项目", "数量", "价值（金额单位：万元）"],
                ["资产总额", "——", "500.00"],
                ["1、房屋（平方米）", "1200", "300.00"],
                ["其中：办公用房（平方米）", "800", "200.00"],
                ["2、车辆（台、辆）", "3", "60.00"],
                ["3、其他固定资产", "", "140.00"],
            ]))
        #expect(doc.value("fixed_assets_total", year: 2018) == yuan(5_000_000))
        #expect(doc.value("vehicles_count", year: 2018) == .count(3))
        #expect(doc.value("fixed_assets_vehicles", year: 2018) == yuan(600_000))
        #expect(doc.value("fixed_assets_total", category: "房屋", year: 2018) == yuan(3_000_000))
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func assetRowsThatDoNotAddUpAreFound() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算", "固定资产占用情况表"],
            rows: [["项目", "价值"], ["资产总额", "500.00"], ["房屋", "300.00"], ["车辆", "60.00"]], unit: "万元"))
        #expect(doc.findings.map(\.check) == ["identity.fixed_assets"])
    }

    @Test func breakdownColumnsOfTheTotalRow() {
        let doc = extractor.extract(ExtractionTestSupport.table(
            title: ["某某市民政局2019年部门预算", "支出预算总表"],
            rows: [["项目", "合计", "基本支出", "项目支出"], ["201一般公共服务支出", "300.00", "200.00", "100.00"],
                   ["合计", "300.00", "200.00", "100.00"]], unit: "万元"))
        #expect(doc.value("expenditure_total") == yuan(3_000_000))
        #expect(doc.value("expenditure_basic") == yuan(2_000_000))
        #expect(doc.value("expenditure_project") == yuan(1_000_000))
        #expect(doc.value("expenditure_function", category: "201 一般公共服务") == yuan(3_000_000))
    }
}

/// Wide "三公" tables whose rows are kinds (预算数/决算数) and whose spans were lost in text.
@Suite struct ExtractionWideTableTests {
    @Test func oneHeaderRowWithVehicleSubtotal() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.table(
            title: ["保定市民政局", "2016年部门预算公开说明", "2016年“三公”经费预算表"],
            rows: [["项目", "合计", "因公出国(境)费", "小计", "购置费", "运行费", "接待费"],
                   ["2016年预算数", "27.87", "4.09", "0", "0", "0", "23.78"]], unit: "万元"))
        #expect(doc.value("sangong_total", kind: .budget) == yuan(278_700))
        #expect(doc.value("sangong_outbound") == yuan(40_900))
        #expect(doc.value("sangong_vehicle_total") == yuan(0))
        #expect(doc.value("sangong_vehicle_operation") == yuan(0))
        #expect(doc.value("sangong_reception") == yuan(237_800))
        #expect(doc.findings.isEmpty)
    }

    @Test func twoHeaderRowsWithoutSpansAndBudgetFinalRows() {
        let doc = DisclosureExtractor().extract(ExtractionTestSupport.table(
            title: ["保定市民政局", "2012年度部门决算公开说明", "2012年“三公”经费决算表"],
            rows: [["项目", "合计", "因公出国(境)费用", "公务用车购置及运维费", "接待费", ""],
                   ["", "", "小计", "购置费", "运行费", "", ""],
                   ["2012年预算数", "61.23", "0.00", "10.00", "0.00", "10.00", "51.23"],
                   ["2012年决算数", "59.40", "0.00", "9.00", "0.00", "9.00", "50.40"]], unit: "万元"))
        #expect(doc.value("sangong_total", kind: .budget) == yuan(612_300))
        #expect(doc.value("sangong_total", kind: .final) == yuan(594_000))
        #expect(doc.value("sangong_vehicle_operation", kind: .final) == yuan(90_000))
        #expect(doc.value("sangong_reception", kind: .budget) == yuan(512_300))
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }
}
