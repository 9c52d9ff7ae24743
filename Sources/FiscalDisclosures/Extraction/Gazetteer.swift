/// Chinese administrative divisions by name: every province-level unit, every prefecture-level
/// unit and every county-level unit (county, county-level city, district, banner), each with
/// its six-digit division code.
///
/// Agencies name their region but rarely their province ("溧阳市信访局"), so the province comes
/// from here: 溧阳市 → 江苏省 (under 常州市), 廊坊市 → 河北省. A few county names occur in several
/// provinces (朝阳区, 鼓楼区, 市中区); `resolve(in:context:)` settles them with the other names
/// the document mentions, and leaves the province unknown when it cannot.
public struct Gazetteer: Sendable {
    /// One administrative unit.
    public struct Division: Sendable, Hashable {
        /// The six-digit division code, kept as text (`"320481"`).
        public var code: String
        /// The full name (`"溧阳市"`).
        public var name: String
        /// `province`, `prefecture` or `county`.
        public var level: Level
        /// The code of its province (`"320000"`).
        public var provinceCode: String { String(code.prefix(2)) + "0000" }
        /// The code of its prefecture (`"320400"`); for provinces, the province code.
        public var prefectureCode: String { String(code.prefix(4)) + "00" }
    }

    /// The level of a division.
    public enum Level: String, Sendable, Hashable {
        case province, prefecture, county
    }

    /// The shared gazetteer built from the embedded table.
    public static let shared = Gazetteer(table: Gazetteer.divisionTable)

    private let byCode: [String: Division]
    private let byName: [String: [Division]]
    /// Names as scalars grouped by their first scalar, longest first, for scanning text.
    private let namesByFirstScalar: [UInt32: [(scalars: [UInt32], name: String)]]

    init(table: String) {
        var byCode: [String: Division] = [:]
        var byName: [String: [Division]] = [:]
        for line in table.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let code = String(line[..<space])
            let name = String(line[line.index(after: space)...])
            guard code.count == 6, !name.isEmpty else { continue }
            let level: Level =
                code.hasSuffix("0000") ? .province : (code.hasSuffix("00") ? .prefecture : .county)
            let division = Division(code: code, name: name, level: level)
            byCode[code] = division
            byName[name, default: []].append(division)
        }
        var firsts: [UInt32: [(scalars: [UInt32], name: String)]] = [:]
        // Two-character generic names (城区, 矿区, 郊区) occur inside ordinary words.
        let generic: Set<String> = ["城区", "矿区", "郊区", "新区"]
        for name in byName.keys where name.count >= 2 && !generic.contains(name) {
            let scalars = name.unicodeScalars.map(\.value)
            firsts[scalars[0], default: []].append((scalars, name))
        }
        for key in firsts.keys {
            firsts[key]?.sort { ($0.scalars.count, $0.name) > ($1.scalars.count, $1.name) }
        }
        self.byCode = byCode
        self.byName = byName
        self.namesByFirstScalar = firsts
    }

    /// The divisions with exactly this name (several when a county name recurs).
    public func divisions(named name: String) -> [Division] { byName[name] ?? [] }

    /// The division with this six-digit code.
    public func division(code: String) -> Division? { byCode[code] }

    /// The province a division belongs to.
    public func province(of division: Division) -> Division? { byCode[division.provinceCode] }

    /// The prefecture a county belongs to (nil for provinces and for counties directly under a
    /// province).
    public func prefecture(of division: Division) -> Division? {
        guard division.level == .county else { return division.level == .prefecture ? division : nil }
        return byCode[division.prefectureCode]
    }

    /// Every division name occurring in `text`, in order of appearance, longest match at each
    /// position. Variant characters of place names are read as their Simplified form, so the
    /// names returned are the gazetteer's (崑山市 in the text gives 昆山市).
    ///
    /// - Complexity: O(n · k) for n characters of text and k names sharing a first character.
    public func names(in text: String) -> [String] {
        var found: [String] = []
        let scalars = text.unicodeScalars.map { Gazetteer.simplifiedPlaceScalar($0.value) }
        var index = 0
        while index < scalars.count {
            var advanced = 1
            if let candidates = namesByFirstScalar[scalars[index]] {
                for candidate in candidates {
                    let length = candidate.scalars.count
                    guard index + length <= scalars.count else { continue }
                    var matches = true
                    for k in 1..<length where scalars[index + k] != candidate.scalars[k] {
                        matches = false
                        break
                    }
                    if matches {
                        found.append(candidate.name)
                        advanced = length
                        break
                    }
                }
            }
            index += advanced
        }
        return found
    }

    /// The Simplified form of a Traditional or variant character found in division names that
    /// text may still carry after normalization (崑山市 → 昆山市); other scalars unchanged.
    static func simplifiedPlaceScalar(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x5D11: 0x6606  // 崑 → 昆
        default: value
        }
    }

    /// The region and province of an agency.
    ///
    /// The region is the most specific division named in `agencyName` (a county-level unit
    /// before a prefecture); the province is the region's province, or a province named
    /// outright. Ambiguous names are settled by the divisions named in `context` (the title and
    /// opening of the document): a candidate whose province or prefecture is mentioned wins.
    ///
    /// - Parameters:
    ///   - agencyName: the agency as named in the title.
    ///   - context: other text of the document that may name the province or prefecture.
    /// - Returns: the region's name (nil when none is named), its province's name (nil when
    ///   unknown or ambiguous) and whether an ambiguity was left unresolved.
    public func resolve(in agencyName: String, context: String) -> (region: String?, province: String?, isAmbiguous: Bool) {
        let named = names(in: agencyName)
        let contextNames = Set(names(in: context))
        let contextCodes = Set(contextNames.flatMap { divisions(named: $0) }.map(\.code))
        func rank(_ d: Division) -> Int { d.level == .county ? 0 : (d.level == .prefecture ? 1 : 2) }
        // Candidate names, most specific first.
        let candidates = named.flatMap { name in divisions(named: name) }
        guard let best = candidates.min(by: { rank($0) < rank($1) }) else {
            return (nil, nil, false)
        }
        if best.level == .province { return (nil, best.name, false) }
        let sameName = candidates.filter { $0.name == best.name }
        var chosen = sameName
        if sameName.count > 1 {
            let namedCodes = Set(candidates.map(\.code)).union(contextCodes)
            chosen = sameName.filter {
                namedCodes.contains($0.provinceCode) || namedCodes.contains($0.prefectureCode)
            }
        }
        let provinces = Set(chosen.map(\.provinceCode))
        guard chosen.count >= 1, provinces.count == 1, let code = provinces.first else {
            return (best.name, nil, true)
        }
        return (best.name, byCode[code]?.name, false)
    }
}
