import FiscalDisclosures

/// Classifies agencies for peer comparison: the kind of agency from the suffix of its name and
/// the administrative level of its region.
public enum AgencyClassifier {
    /// The administrative level of the region an agency belongs to.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case province, prefecture, county, unknown
    }

    /// Agency types by the ending of the agency's name, longest first where one ends another.
    /// The type is the English glossary name.
    static let suffixes: [(suffix: String, type: String)] = [
        ("信访局", "petitions"), ("信访办", "petitions"), ("信访办公室", "petitions"),
        ("公安局", "public_security"), ("公安分局", "public_security"),
        ("教育局", "education"), ("教育和体育局", "education"), ("教育体育局", "education"),
        ("财政局", "finance"), ("审计局", "audit"), ("税务局", "taxation"),
        ("卫生健康委员会", "health"), ("卫生和计划生育委员会", "health"), ("卫生局", "health"),
        ("卫健委", "health"), ("卫计委", "health"),
        ("民政局", "civil_affairs"), ("司法局", "justice"),
        ("人力资源和社会保障局", "human_resources"), ("人社局", "human_resources"),
        ("自然资源和规划局", "natural_resources"), ("自然资源局", "natural_resources"),
        ("国土资源局", "natural_resources"),
        ("生态环境局", "environment"), ("环境保护局", "environment"), ("环保局", "environment"),
        ("住房和城乡建设局", "housing"), ("住建局", "housing"),
        ("交通运输局", "transport"), ("交通局", "transport"),
        ("水利局", "water"), ("水务局", "water"),
        ("农业农村局", "agriculture"), ("农业局", "agriculture"), ("林业局", "forestry"),
        ("商务局", "commerce"), ("文化和旅游局", "culture"), ("文化广电旅游局", "culture"),
        ("文广新局", "culture"), ("文化局", "culture"), ("体育局", "sports"),
        ("市场监督管理局", "market_regulation"), ("工商行政管理局", "market_regulation"),
        ("质量技术监督局", "market_regulation"), ("食品药品监督管理局", "market_regulation"),
        ("应急管理局", "emergency"), ("安全生产监督管理局", "emergency"), ("安监局", "emergency"),
        ("统计局", "statistics"), ("发展和改革局", "development"), ("发展和改革委员会", "development"),
        ("发改委", "development"), ("发改局", "development"),
        ("科学技术局", "science"), ("科技局", "science"),
        ("工业和信息化局", "industry"), ("经济和信息化局", "industry"), ("工信局", "industry"),
        ("退役军人事务局", "veterans"), ("医疗保障局", "medical_insurance"), ("医保局", "medical_insurance"),
        ("城市管理局", "urban_management"), ("城管局", "urban_management"),
        ("综合行政执法局", "urban_management"),
        ("档案局", "archives"), ("档案馆", "archives"), ("机关事务管理局", "government_affairs"),
        ("人民法院", "court"), ("人民检察院", "procuratorate"),
        ("人民政府办公室", "government_office"), ("政府办公室", "government_office"),
        ("政府办", "government_office"),
        ("人大常委会办公室", "congress"), ("人大常委会", "congress"), ("政协", "cppcc"),
        ("组织部", "party_organization"), ("宣传部", "party_propaganda"), ("统战部", "united_front"),
        ("纪委", "discipline"), ("纪律检查委员会", "discipline"), ("监察委员会", "discipline"),
        ("总工会", "mass_organization"), ("妇女联合会", "mass_organization"), ("妇联", "mass_organization"),
        ("共青团", "mass_organization"), ("团委", "mass_organization"),
    ]

    /// The agency name without scope markers, brackets and spaces: `三门县公安局(汇总)` →
    /// `三门县公安局`.
    public static func normalizedName(_ name: String) -> String {
        var text = name.filter { !$0.isWhitespace }
        for marker in ["(汇总)", "（汇总）", "(本级)", "（本级）", "汇总", "本级"] where text.hasSuffix(marker) {
            text.removeLast(marker.count)
        }
        return text
    }

    /// The agency type (e.g. `petitions`, `public_security`, `education`, `finance`) from the
    /// name's ending, or `other`.
    ///
    /// - Parameter agency: the agency's name as disclosed, e.g. `中共廊坊市委信访局`.
    public static func agencyType(of agency: String) -> String {
        let name = normalizedName(agency)
        var best: (length: Int, type: String)? = nil
        for (suffix, type) in suffixes where name.hasSuffix(suffix) {
            if suffix.count > (best?.length ?? 0) { best = (suffix.count, type) }
        }
        return best?.type ?? "other"
    }

    /// The level of a region: from the gazetteer when the name is listed there (and all its
    /// namesakes have one level), else from the name's ending: 省/自治区 → province; 州, 盟,
    /// 地区 → prefecture; 县, 旗, 区 → county. A 市 the gazetteer does not know is ambiguous
    /// (廊坊市 is a prefecture, 溧阳市 a county-level city) and is `unknown`.
    ///
    /// - Parameter region: the region name, e.g. `溧阳市`, `渝中区`.
    public static func level(ofRegion region: String?) -> Level {
        guard let region, !region.isEmpty else { return .unknown }
        let levels = Set(FiscalDisclosures.Gazetteer.shared.divisions(named: region).map(\.level))
        if levels.count == 1, let level = levels.first {
            switch level {
            case .province: return .province
            case .prefecture: return .prefecture
            case .county: return .county
            }
        }
        if region.hasSuffix("省") || region.hasSuffix("自治区") { return .province }
        if region.hasSuffix("州") || region.hasSuffix("盟") || region.hasSuffix("地区") { return .prefecture }
        if region.hasSuffix("县") || region.hasSuffix("旗") || region.hasSuffix("区") { return .county }
        return .unknown
    }
}
