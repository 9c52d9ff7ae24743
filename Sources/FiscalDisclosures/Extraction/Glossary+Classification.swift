/// The government budget classification: economic (30x department scheme, 50x government
/// scheme) and functional (2xx) class codes with their names, the way disclosures label them.
extension Glossary {
    /// A class of the economic or functional classification.
    struct BudgetClass: Sendable {
        var code: String
        /// The canonical name used in categories.
        var name: String
        /// Other names for the same class (older editions, shortened forms).
        var aliases: [String] = []
        var metric: String { code.hasPrefix("2") ? "expenditure_function" : "expenditure_economic" }
        var category: String { "\(code) \(name)" }
    }

    /// Classes keyed by code, the top (3-digit) level.
    static let budgetClasses: [BudgetClass] = [
        BudgetClass(code: "301", name: "工资福利支出"),
        BudgetClass(code: "302", name: "商品和服务支出"),
        BudgetClass(code: "303", name: "对个人和家庭的补助", aliases: ["对个人和家庭的补助支出", "对个人和家庭补助"]),
        BudgetClass(code: "304", name: "对企事业单位的补贴"),
        BudgetClass(code: "307", name: "债务利息支出"),
        BudgetClass(code: "309", name: "基本建设支出"),
        BudgetClass(code: "310", name: "资本性支出", aliases: ["其他资本性支出"]),
        BudgetClass(code: "311", name: "对企业补助"),
        BudgetClass(code: "501", name: "机关工资福利支出"),
        BudgetClass(code: "502", name: "机关商品和服务支出"),
        BudgetClass(code: "503", name: "机关资本性支出(一)"),
        BudgetClass(code: "504", name: "机关资本性支出(二)"),
        BudgetClass(code: "505", name: "对事业单位经常性补助"),
        BudgetClass(code: "506", name: "对事业单位资本性补助"),
        BudgetClass(code: "507", name: "对企业补助"),
        BudgetClass(code: "508", name: "对企业资本性支出"),
        BudgetClass(code: "509", name: "对个人和家庭的补助"),
        BudgetClass(code: "510", name: "对社会保障基金补助"),
        BudgetClass(code: "511", name: "债务利息及费用支出"),
        BudgetClass(code: "201", name: "一般公共服务", aliases: ["一般公共服务支出"]),
        BudgetClass(code: "202", name: "外交", aliases: ["外交支出"]),
        BudgetClass(code: "203", name: "国防", aliases: ["国防支出"]),
        BudgetClass(code: "204", name: "公共安全", aliases: ["公共安全支出"]),
        BudgetClass(code: "205", name: "教育", aliases: ["教育支出"]),
        BudgetClass(code: "206", name: "科学技术", aliases: ["科学技术支出"]),
        BudgetClass(code: "207", name: "文化旅游体育与传媒",
                    aliases: ["文化旅游体育与传媒支出", "文化体育与传媒", "文化体育与传媒支出"]),
        BudgetClass(code: "208", name: "社会保障和就业", aliases: ["社会保障和就业支出"]),
        BudgetClass(code: "209", name: "社会保险基金支出"),
        BudgetClass(code: "210", name: "卫生健康",
                    aliases: ["卫生健康支出", "医疗卫生与计划生育", "医疗卫生与计划生育支出", "医疗卫生", "医疗卫生支出"]),
        BudgetClass(code: "211", name: "节能环保", aliases: ["节能环保支出"]),
        BudgetClass(code: "212", name: "城乡社区", aliases: ["城乡社区支出", "城乡社区事务"]),
        BudgetClass(code: "213", name: "农林水", aliases: ["农林水支出", "农林水事务"]),
        BudgetClass(code: "214", name: "交通运输", aliases: ["交通运输支出"]),
        BudgetClass(code: "215", name: "资源勘探工业信息等",
                    aliases: ["资源勘探工业信息等支出", "资源勘探信息等", "资源勘探信息等支出"]),
        BudgetClass(code: "216", name: "商业服务业等", aliases: ["商业服务业等支出"]),
        BudgetClass(code: "217", name: "金融", aliases: ["金融支出"]),
        BudgetClass(code: "219", name: "援助其他地区", aliases: ["援助其他地区支出"]),
        BudgetClass(code: "220", name: "自然资源海洋气象等",
                    aliases: ["自然资源海洋气象等支出", "国土海洋气象等", "国土海洋气象等支出", "国土资源气象等"]),
        BudgetClass(code: "221", name: "住房保障", aliases: ["住房保障支出"]),
        BudgetClass(code: "222", name: "粮油物资储备", aliases: ["粮油物资储备支出"]),
        BudgetClass(code: "224", name: "灾害防治及应急管理", aliases: ["灾害防治及应急管理支出"]),
        BudgetClass(code: "227", name: "预备费"),
        BudgetClass(code: "229", name: "其他支出"),
        BudgetClass(code: "230", name: "转移性支出"),
        BudgetClass(code: "231", name: "债务还本支出"),
        BudgetClass(code: "232", name: "债务付息支出"),
    ]

    static let budgetClassByCode: [String: BudgetClass] = {
        var map: [String: BudgetClass] = [:]
        for c in budgetClasses where map[c.code] == nil { map[c.code] = c }
        return map
    }()

    /// Name labels of the classes as glossary terms (codes are read separately). 229 其他支出
    /// is left out: the label is too common outside the functional table.
    static let classificationTerms: [Term] = {
        var terms: [Term] = []
        var seen: Set<String> = []
        for c in budgetClasses where c.code != "229" && c.code != "509" && c.code != "507" {
            for label in [c.name] + c.aliases where !seen.contains(label) {
                seen.insert(label)
                terms.append(Term(label: label, money: c.metric, category: c.category))
            }
        }
        return terms
    }()

    /// The class a code names, for codes of 3, 5 or 7 digits: the top level keeps its canonical
    /// name; sub-levels use the name the document gives.
    static func budgetCategory(code: String, statedName: String) -> (metric: String, category: String)? {
        guard [3, 5, 7].contains(code.count), let first = code.first, "235".contains(first) else { return nil }
        let metric = first == "2" ? "expenditure_function" : "expenditure_economic"
        if code.count == 3, let known = budgetClassByCode[code] {
            return (metric, known.category)
        }
        let name = statedName.isEmpty ? (budgetClassByCode[code]?.name ?? "") : statedName
        return (metric, name.isEmpty ? code : "\(code) \(name)")
    }
}
