import FiscalFrame
import Testing
@testable import FiscalDisclosures

/// The two real seeds, read end to end (reader, extractor, checks).
@Suite struct SeedExtractionTests {
    @Test func langfangIdentity() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        #expect(doc.identity.agency == "中共廊坊市委信访局")
        #expect(doc.identity.region == "廊坊市")
        #expect(doc.identity.province == "河北省")
        #expect(doc.identity.year == 2017)
        #expect(doc.identity.kind == .budget)
        #expect(doc.identity.scope == .unit)
    }

    @Test func langfangFigures() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        let expected: [(String, FactValue)] = [
            ("revenue_total", yuan(29_415_900)), ("revenue_general_budget", yuan(29_415_900)),
            ("revenue_business", yuan(0)), ("revenue_other", yuan(0)), ("expenditure_total", yuan(29_415_900)),
            ("expenditure_basic", yuan(4_680_300)), ("expenditure_project", yuan(24_735_600)),
            ("operating_expenses", yuan(757_700)), ("sangong_total", yuan(327_800)), ("sangong_outbound", yuan(0)),
            ("sangong_vehicle_total", yuan(382_800)), ("sangong_vehicle_purchase", yuan(0)),
            ("sangong_vehicle_operation", yuan(382_800)), ("sangong_reception", yuan(5_000)),
            ("procurement_total", yuan(0)),
        ]
        for (metric, value) in expected {
            #expect(doc.value(metric, year: 2017, kind: .budget) == value, "\(metric)")
        }
        #expect(doc.value("fixed_assets_total", year: 2016) == yuan(24_699_200))
        #expect(doc.value("vehicles_count", year: 2016) == .count(6))
        #expect(doc.value("fixed_assets_vehicles", year: 2016) == yuan(1_218_300))
        let units = Set(doc.facts("sangong_total", year: 2017).map(\.unit))
        #expect(units == ["万元"])
    }

    @Test func langfangDerivedPriorYear() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        let derived: [(String, FactValue)] = [
            ("expenditure_total", yuan(46_249_600)), ("expenditure_basic", yuan(2_856_600)),
            ("expenditure_project", yuan(43_393_000)), ("sangong_total", yuan(329_100)),
        ]
        for (metric, value) in derived {
            let fact = try #require(doc.facts(metric, year: 2016, origin: .derived).first, "\(metric)")
            #expect(fact.value == value, "\(metric)")
            #expect(fact.evidence.contains("2016"), "\(metric) evidence: \(fact.evidence)")
        }
    }

    @Test func langfangProgramLines() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        #expect(doc.value("expenditure_program", category: "信访问题处理") == yuan(8_715_600))
        #expect(doc.value("expenditure_program", category: "群众工作") == yuan(7_045_600))
        #expect(doc.value("expenditure_program", category: "信访事务管理") == yuan(16_020_000))
    }

    @Test func langfangSangongFinding() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "langfang-petitions-bureau-2017-budget.txt")
        let finding = try #require(doc.findings.first { $0.check == "identity.sangong_total" })
        #expect(finding.expected == 387_800)
        #expect(finding.actual == 327_800)
        #expect(finding.difference == -60_000)
        #expect(finding.severity == .high)
        #expect(finding.evidence.contains { $0.line == 29 })
        #expect(doc.findings.count == 1, "\(doc.findings.map(\.message))")
    }

    @Test func liyangIdentity() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "liyang-petitions-bureau-2014-final.txt")
        #expect(doc.identity.agency == "溧阳市信访局")
        #expect(doc.identity.region == "溧阳市")
        #expect(doc.identity.province == "江苏省")
        #expect(doc.identity.year == 2014)
        #expect(doc.identity.kind == .final)
    }

    @Test func liyangFigures() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "liyang-petitions-bureau-2014-final.txt")
        let money: [(String, String?, Int64)] = [
            ("revenue_fiscal_appropriation", nil, 1_958_200), ("expenditure_total", nil, 1_958_200),
            ("expenditure_basic", nil, 1_408_200), ("expenditure_economic", "301 工资福利支出", 798_200),
            ("expenditure_economic", "302 商品和服务支出", 313_200), ("expenditure_project", nil, 550_000),
            ("expenditure_function", "201 一般公共服务", 1_848_200), ("expenditure_function", "221 住房保障", 110_000),
            ("sangong_total", nil, 35_400), ("sangong_reception", nil, 35_400), ("sangong_outbound", nil, 0),
            ("sangong_vehicle_total", nil, 0),
        ]
        for (metric, category, amount) in money {
            #expect(doc.value(metric, category: category, year: 2014, kind: .final) == yuan(amount), "\(metric) \(category ?? "")")
        }
        let counts: [(String, Int)] = [
            ("reception_batches", 57), ("reception_persons", 466), ("staff_authorized", 8), ("temporary_staff", 3),
            ("retirees", 6), ("vehicles_count", 0),
        ]
        for (metric, count) in counts {
            #expect(doc.value(metric, year: 2014) == .count(count), "\(metric)")
        }
        #expect(doc.value("staff_actual", origin: .derived) == .count(10))
        #expect(doc.facts("vehicles_count").first?.note?.contains("没有配置公务车") == true)
        #expect(doc.facts("expenditure_function").count == 2, "\(doc.facts("expenditure_function"))")
        #expect(doc.findings.isEmpty, "\(doc.findings.map(\.message))")
    }

    @Test func liyangApproximateFlatDerivesNothing() throws {
        let doc = try ExtractionTestSupport.extract(fixture: "liyang-petitions-bureau-2014-final.txt")
        #expect(doc.facts("sangong_reception", origin: .derived).isEmpty)
    }
}
