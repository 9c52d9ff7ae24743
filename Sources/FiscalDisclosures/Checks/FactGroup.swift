/// The metrics the identities of `DocumentChecks` are about (VOCABULARY §2 names).
enum CheckedMetric: Int, CaseIterable {
    case sangongTotal, sangongOutbound, sangongVehicleTotal, sangongVehiclePurchase, sangongVehicleOperation
    case sangongVehicleOther, sangongReception
    case expenditureTotal, expenditureCurrentYear, expenditureBasic, expenditureProject
    case expenditurePersonnel, expenditurePublicUse, expenditureEconomic, expenditureFunction
    case revenueTotal, fixedAssetsTotal, fixedAssetsVehicles

    /// The canonical metric name.
    var name: String {
        switch self {
        case .sangongTotal: "sangong_total"
        case .sangongOutbound: "sangong_outbound"
        case .sangongVehicleTotal: "sangong_vehicle_total"
        case .sangongVehiclePurchase: "sangong_vehicle_purchase"
        case .sangongVehicleOperation: "sangong_vehicle_operation"
        case .sangongVehicleOther: "sangong_vehicle_other"
        case .sangongReception: "sangong_reception"
        case .expenditureTotal: "expenditure_total"
        case .expenditureCurrentYear: "expenditure_current_year"
        case .expenditureBasic: "expenditure_basic"
        case .expenditureProject: "expenditure_project"
        case .expenditurePersonnel: "expenditure_personnel"
        case .expenditurePublicUse: "expenditure_public_use"
        case .expenditureEconomic: "expenditure_economic"
        case .expenditureFunction: "expenditure_function"
        case .revenueTotal: "revenue_total"
        case .fixedAssetsTotal: "fixed_assets_total"
        case .fixedAssetsVehicles: "fixed_assets_vehicles"
        }
    }

    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// The number of checked metrics (`allCases.count`, without building the array).
    static let count = allCases.count

    /// The checked metric named `name`, or nil for a metric no identity uses.
    init?(name: String) {
        guard let metric = Self.byName[name] else { return nil }
        self = metric
    }
}

/// Stated facts of one year and kind, looked up by metric: built in one pass, so each lookup is
/// an array index.
struct FactGroup {
    /// A fact of the group: its metric and its index in the document's facts.
    struct Member {
        var metric: CheckedMetric
        var index: Int
    }

    private let facts: [Fact]
    /// For each metric, the index of its first fact stated without a category (or with an empty
    /// one), or -1.
    private var plain: [Int]
    /// For each metric, the indices of its facts stated with a category, the first of each
    /// category, in order.
    private var itemized: [[Int]]

    /// Groups `members` of `facts`, given in document order.
    init(_ members: [Member], of facts: [Fact]) {
        self.facts = facts
        plain = Array(repeating: -1, count: CheckedMetric.count)
        itemized = Array(repeating: [], count: CheckedMetric.count)
        var seen: Set<ItemKey> = []
        for member in members {
            let slot = member.metric.rawValue
            guard let category = facts[member.index].category else {
                if plain[slot] < 0 { plain[slot] = member.index }
                continue
            }
            if plain[slot] < 0 && category.isEmpty { plain[slot] = member.index }
            if seen.insert(ItemKey(metric: member.metric, category: TextKey(category))).inserted {
                itemized[slot].append(member.index)
            }
        }
    }

    /// A fact of the group as the identities read it: where it is and its value in yuan (or its
    /// count). Checks pass these around and copy a whole `Fact` only for a finding's evidence.
    struct Figure {
        /// The index of the fact in the document's facts.
        var index: Int
        /// `value.doubleValue` of the fact.
        var amount: Double
    }

    /// The first fact of `metric` stated without a category.
    func fact(_ metric: CheckedMetric) -> Fact? {
        figure(metric).map { facts[$0.index] }
    }

    /// The facts of `metric` stated with a category, the first of each category, in order.
    func categorized(_ metric: CheckedMetric) -> [Fact] { itemized[metric.rawValue].map { facts[$0] } }

    /// ``fact(_:)`` as a figure.
    func figure(_ metric: CheckedMetric) -> Figure? {
        let index = plain[metric.rawValue]
        return index < 0 ? nil : Figure(index: index, amount: facts[index].value.doubleValue)
    }

    /// ``categorized(_:)`` as figures, keeping those whose category satisfies `isIncluded`.
    func figures(_ metric: CheckedMetric, where isIncluded: (String?) -> Bool = { _ in true }) -> [Figure] {
        itemized[metric.rawValue].compactMap { index in
            isIncluded(facts[index].category) ? Figure(index: index, amount: facts[index].value.doubleValue) : nil
        }
    }

    /// The fact a figure stands for.
    func fact(at figure: Figure) -> Fact { facts[figure.index] }

    /// The kind of the fact a figure stands for.
    func kind(of figure: Figure) -> DocumentKind? { facts[figure.index].kind }

    private struct ItemKey: Hashable {
        var metric: CheckedMetric
        var category: TextKey
    }
}

/// The shape of classification categories ("301 工资福利支出", "201 一般公共服务支出"), read from
/// the characters as the checks define it.
enum CategoryShape {
    /// Whether `category` is a top-level economic class: at least four characters, the first `3`
    /// and the fourth a space.
    static func isTopLevelEconomicClass(_ category: String?) -> Bool {
        guard let category else { return false }
        if let head = asciiHead(category) { return head.first == UInt8(ascii: "3") && head.fourth == UInt8(ascii: " ") }
        return category.prefix(3).count == 3 && category.prefix(3).hasPrefix("3") && category.dropFirst(3).first == " "
    }

    /// Whether `category` is a top-level functional line: more than four characters, the fourth a
    /// space.
    static func isTopLevelFunctionLine(_ category: String?) -> Bool {
        guard let category else { return false }
        if let head = asciiHead(category) { return head.hasMore && head.fourth == UInt8(ascii: " ") }
        return category.count > 4 && category.dropFirst(3).first == " "
    }

    /// The first and fourth characters of `text` as bytes, and whether more text follows, when
    /// each of the first four bytes is a character of its own: four ASCII bytes other than CR,
    /// then the end, another ASCII byte or a CJK ideograph (U+4000–U+9FFF), none of which
    /// joins the character before it. Nil when the characters must be read the slow way.
    private static func asciiHead(_ text: String) -> (first: UInt8, fourth: UInt8, hasMore: Bool)? {
        let utf8 = text.utf8
        guard utf8.count >= 4 else { return nil }
        var head: (first: UInt8, fourth: UInt8, hasMore: Bool)?
        var i = 0
        for byte in utf8 {
            if i < 4 {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if i == 0 { head = (byte, 0, false) } else if i == 3 { head?.fourth = byte }
            } else {
                guard byte < 0x80 || (0xE4...0xE9).contains(byte) else { return nil }
                head?.hasMore = true
                break
            }
            i += 1
        }
        return head
    }
}
