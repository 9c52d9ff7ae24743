/// How a number after a label is measured, from its unit.
enum UnitClass: Sendable, Hashable {
    case money, persons, batches, vehicles, groups, percent, year, other
}

/// One label of the glossary and the canonical metrics it names (VOCABULARY §2).
struct Term: Sendable {
    /// The label as disclosures write it.
    var label: String
    /// The metric of a money figure after this label, if money is meant.
    var money: String?
    /// The metric of a count after this label, for any count unit, if counts are meant.
    var count: String?
    /// Count metrics that depend on the unit (接待…批次 vs …人次).
    var countByUnit: [UnitClass: String] = [:]
    /// The category the label implies (a code and name, `domestic`, `goods`, …).
    var category: String?
    /// A topic that must already be under discussion in the sentence for this label to count
    /// (购置费 only means a vehicle purchase while vehicles are the subject).
    var requiredTopic: Topic?
    /// Only meaningful as a table row label (固定资产 rows, 房屋, 设备).
    var isTableOnly = false
    /// A bare word (支出, 收入) that names a figure only when no other label is pending:
    /// "2014年支出15998.49万元" but not "接待费支出3.54万元".
    var isWeak = false

    func metric(for unit: UnitClass) -> String? {
        switch unit {
        case .money: return money
        case .percent, .year, .other: return nil
        default: return countByUnit[unit] ?? count
        }
    }
}

/// Subjects a sentence can be about, used to gate ambiguous short labels.
enum Topic: Sendable, Hashable {
    case vehicle, procurement
}

/// The glossary of labels: one table mirroring VOCABULARY.md §2, plus the economic and
/// functional classification names (Glossary+Classification.swift).
enum Glossary {
    private static func t(
        _ labels: [String], money: String? = nil, count: String? = nil,
        byUnit: [UnitClass: String] = [:], category: String? = nil, topic: Topic? = nil,
        tableOnly: Bool = false
    ) -> [Term] {
        labels.map {
            Term(
                label: $0, money: money, count: count, countByUnit: byUnit, category: category,
                requiredTopic: topic, isTableOnly: tableOnly)
        }
    }

    private static let reception: [UnitClass: String] = [
        .batches: "reception_batches", .persons: "reception_persons", .groups: "reception_batches",
    ]
    private static let outbound: [UnitClass: String] = [
        .groups: "outbound_groups", .batches: "outbound_groups", .persons: "outbound_persons",
    ]

    /// Every term, in the order of VOCABULARY §2.
    static let terms: [Term] = {
        var all: [Term] = []
        // Totals and sources.
        all += t(["收入总计", "收支总计", "收、支总计", "收入总预算", "收支总预算", "部门经费预算", "预算收入",
                  "收入预算", "收入总额", "总收入", "部门收入", "收入总计数"], money: "revenue_total")
        all += t(["本年收入合计", "本年收入", "收入合计"], money: "revenue_current_year")
        all += t(["财政拨款收入", "全年财政拨款收入", "财政拨款收入总额", "财政拨款"], money: "revenue_fiscal_appropriation")
        all += t(["一般公共预算财政拨款收入", "一般公共预算财政拨款", "一般公共预算收入", "一般公共预算拨款收入",
                  "一般公共预算拨款", "公共财政预算拨款", "公共财政拨款收入", "公共财政拨款", "财政补助收入",
                  "一般预算财政拨款"], money: "revenue_general_budget")
        all += t(["政府性基金预算财政拨款收入", "政府性基金预算财政拨款", "政府性基金预算拨款", "政府性基金预算收入",
                  "政府性基金收入", "基金预算拨款"], money: "revenue_government_fund")
        all += t(["国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", "国有资本经营预算拨款", "国有资本经营预算收入"], money: "revenue_state_capital")
        all += t(["上级补助收入"], money: "revenue_superior_subsidy")
        all += t(["事业收入"], money: "revenue_business")
        all += t(["经营收入"], money: "revenue_operating")
        all += t(["其他收入"], money: "revenue_other")
        all += t(["年初结转和结余", "上年结转和结余", "年初结转结余", "上年结转", "年初结转", "上年结余"], money: "revenue_carryover")
        all += t(["支出总计", "支出预算", "资金决算支出", "支出决算", "支出总额", "总支出", "收支安排", "部门预算支出",
                  "支出总预算", "支出总计数"], money: "expenditure_total")
        all += t(["本年支出合计", "本年支出", "支出合计"], money: "expenditure_current_year")
        all += t(["基本支出"], money: "expenditure_basic")
        all += t(["项目支出", "项目专项经费", "专项工作经费", "项目经费", "专项经费"], money: "expenditure_project")
        all += t(["人员经费", "人员支出"], money: "expenditure_personnel")
        all += t(["公用经费", "日常公用经费", "公用支出", "日常公用支出"], money: "expenditure_public_use")
        // The three public expenses.
        all += t(["三公经费", "三公经费支出", "三公经费合计", "三公支出", "三公经费总额"], money: "sangong_total")
        all += t(["因公出国(境)费", "因公出国(境)经费", "因公出国(境)费用", "因公出国费", "因公出国费用", "因公出国经费",
                  "出国(境)费", "出国费", "出国经费", "因公出国(境)支出", "因公出境费", "因公出国(境)", "因公出国"],
                 money: "sangong_outbound", byUnit: outbound)
        all += t(["因公出国(境)团组", "出国(境)团组", "出国团组", "团组数", "团组"], byUnit: outbound)
        all += t(["出国(境)人次", "出国人次", "出国人数", "出国(境)人数"], count: "outbound_persons")
        all += t(["公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运维费", "公务用车购置和运行维护费",
                  "公务用车购置及运行(维护)费", "公务用车购置和运行费", "公车购置及运行费", "公车购置及运维费",
                  "公车购置及运行维护费", "公务用车费", "购置及运维费", "公务用车经费", "公务用车购置及运行",
                  "公务用车"], money: "sangong_vehicle_total", count: "vehicles_count")
        all += t(["公务用车购置费", "公务用车购置", "公车购置费", "车辆购置费", "车辆购置"], money: "sangong_vehicle_purchase",
                 count: "vehicles_purchased")
        all += t(["购置费"], money: "sangong_vehicle_purchase", count: "vehicles_purchased", topic: .vehicle)
        all += t(["公务用车运行维护费", "公务用车运行(维护)费", "公务用车运行费", "公务用车运维费", "公车运行维护费",
                  "公车运行费", "公车运行维护", "车辆运行费", "车辆运行维护费", "公务用车运行维护"],
                 money: "sangong_vehicle_operation")
        all += t(["运行维护费", "运行费", "运维费"], money: "sangong_vehicle_operation", topic: .vehicle)
        all += t(["其他交通工具购置"], money: "sangong_vehicle_other", category: "其他交通工具购置")
        all += t(["其他交通费用"], money: "sangong_vehicle_other", category: "其他交通费用")
        all += t(["公务接待费", "公务接待", "接待费", "公务接待支出"], money: "sangong_reception", byUnit: reception)
        all += t(["国内公务接待费", "国内公务接待"], money: "sangong_reception", byUnit: reception, category: "domestic")
        all += t(["外事接待费", "外事接待", "国(境)外公务接待费", "国(境)外公务接待", "国外公务接待费", "国外公务接待"],
                 money: "sangong_reception", byUnit: reception.mapValues { $0 }, category: "foreign")
        all += t(["接待"], byUnit: reception)
        all += t(["接待批次", "接待次数"], count: "reception_batches")
        all += t(["接待人次", "接待人员", "接待人数"], count: "reception_persons")
        all += t(["公务用车保有量", "车辆保有量", "公务用车数量", "公务车辆"], count: "vehicles_count")
        all += t(["车辆"], money: "fixed_assets_vehicles", count: "vehicles_count", tableOnly: true)
        all += t(["购置公务用车", "更新购置车辆", "新购公务用车", "更新公务用车"], money: "sangong_vehicle_purchase",
                 count: "vehicles_purchased")
        // Other lines.
        all += t(["机关运行经费", "机关运行费", "机构运行经费", "事业运行经费", "行政经费"], money: "operating_expenses")
        all += t(["会议费"], money: "meeting_expenses")
        all += t(["培训费"], money: "training_expenses")
        all += t(["政府采购预算", "政府采购支出总额", "政府采购支出", "政府采购总额", "政府采购金额", "政府采购"],
                 money: "procurement_total")
        all += t(["货物", "货物类", "采购货物"], money: "procurement_total", category: "goods", topic: .procurement)
        all += t(["工程", "工程类", "采购工程"], money: "procurement_total", category: "works", topic: .procurement)
        all += t(["服务", "服务类", "采购服务"], money: "procurement_total", category: "services", topic: .procurement)
        all += t(["政府采购货物", "货物采购"], money: "procurement_total", category: "goods")
        all += t(["政府采购工程", "工程采购"], money: "procurement_total", category: "works")
        all += t(["政府采购服务", "服务采购"], money: "procurement_total", category: "services")
        all += t(["固定资产金额", "固定资产总额", "固定资产原值", "资产总额", "资产原值合计", "固定资产", "固定资产合计"],
                 money: "fixed_assets_total")
        for row in ["房屋", "土地", "通用设备", "专用设备", "其他固定资产", "图书档案", "家具用具", "文物和陈列品",
                    "单价在20万元以上的设备", "单价100万元以上设备", "单价在100万元以上的设备", "设备"] {
            all += t([row], money: "fixed_assets_total", category: row, tableOnly: true)
        }
        all += t(["编制数", "编制人数", "核定编制", "编制"], count: "staff_authorized")
        for kind in ["行政编制", "事业编制", "行政附属编制", "工勤编制", "参公编制", "机关编制", "参照公务员法管理事业编制"] {
            all += t([kind], count: "staff_authorized", category: kind)
        }
        all += t(["实有人数", "实有人员", "实有在职人员", "在职人数", "在职人员", "在编人员", "在职在编", "实有"],
                 count: "staff_actual")
        for kind in ["行政在职人员", "行政附属人员", "事业在职人员", "事业人员", "工勤人员", "行政人员", "参公人员"] {
            all += t([kind], count: "staff_actual", category: kind)
        }
        all += t(["退休人员", "离退休人员", "离退休人数", "退休人数", "离退休", "退休"], count: "retirees")
        all += t(["合同制工人", "临时工", "编外人员", "编外", "人事派遣", "劳务派遣人员", "劳务派遣"], count: "temporary_staff")
        // Labels that only stop a shorter label from matching inside them.
        all += t(["一般公共预算支出", "财政拨款支出", "政府性基金预算支出", "国有资本经营预算支出", "财政拨款结转",
                  "收支预算总表", "预算收支总表", "财政拨款预算", "财政拨款决算", "财政拨款安排", "用财政拨款",
                  "一般公共预算财政拨款支出", "财政拨款支出决算", "财政拨款收支"])
        all.append(Term(label: "支出", money: "expenditure_total", isWeak: true))
        all.append(Term(label: "收入", money: "revenue_total", isWeak: true))
        all += Glossary.classificationTerms
        return all
    }()
}
