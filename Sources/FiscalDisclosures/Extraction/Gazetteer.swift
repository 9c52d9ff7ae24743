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
    /// The names the scanner looks for and the divisions behind each (see ``NameIndex``).
    private let index: NameIndex

    /// Reads `table`, one "CODE NAME" line per division (see ``divisionTable``); lines that are
    /// not a six-character ASCII code, a space and a name are skipped.
    init(table: String) {
        var byCode: [String: Division] = Dictionary(minimumCapacity: 4096)
        var byName: [String: [Division]] = Dictionary(minimumCapacity: 4096)
        var table = table
        table.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                // Codes are six ASCII digits, so the first space is byte 6.
                guard end - start > 7, bytes[start + 6] == 0x20, !bytes[start..<(start + 6)].contains(0x20) else { continue }
                let code = String(decoding: bytes[start..<(start + 6)], as: UTF8.self)
                let name = String(decoding: bytes[(start + 7)..<end], as: UTF8.self)
                let level: Level =
                    code.hasSuffix("0000") ? .province : (code.hasSuffix("00") ? .prefecture : .county)
                let division = Division(code: code, name: name, level: level)
                byCode[code] = division
                byName[name, default: []].append(division)
            }
        }
        self.byCode = byCode
        self.byName = byName
        self.index = NameIndex(byName: byName)
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
        index.matches(in: text).map { index.entries[Int($0)].name }
    }

    /// The division names occurring in `text`, as ``names(in:)`` finds them, kept in the form
    /// ``resolve(named:context:)`` takes.
    func nameMatches(in text: String) -> NameMatches { NameMatches(entries: index.matches(in: text)) }

    /// ``nameMatches(in:)`` on the scalar values of a text.
    func nameMatches(inScalars text: [UInt32]) -> NameMatches { NameMatches(entries: index.matches(in: text)) }

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
        resolve(named: nameMatches(in: agencyName), context: nameMatches(in: context))
    }

    /// ``resolve(in:context:)`` on names already found: `named` in the agency's name, `context`
    /// in the rest of the title and opening, so a caller scanning the same context twice
    /// scans it once.
    func resolve(named: NameMatches, context: NameMatches) -> (region: String?, province: String?, isAmbiguous: Bool) {
        let entries = index.entries
        func rank(_ p: NameIndex.Place) -> Int { p.level == .county ? 0 : (p.level == .prefecture ? 1 : 2) }
        // Candidate divisions, in the order the agency names them.
        var candidates: [(entry: Int32, place: NameIndex.Place)] = []
        for entry in named.entries {
            for place in entries[Int(entry)].places { candidates.append((entry, place)) }
        }
        guard let best = candidates.min(by: { rank($0.place) < rank($1.place) }) else {
            return (nil, nil, false)
        }
        let bestName = entries[Int(best.entry)].name
        if best.place.level == .province { return (nil, bestName, false) }
        let sameName = candidates.filter { $0.entry == best.entry }
        var chosen = sameName
        if sameName.count > 1 {
            // Codes named anywhere: by the agency or by the context.
            func isNamed(_ code: Int32) -> Bool {
                candidates.contains { $0.place.code == code }
                    || context.entries.contains { entries[Int($0)].places.contains { $0.code == code } }
            }
            chosen = sameName.filter { isNamed($0.place.provinceCode) || isNamed($0.place.prefectureCode) }
        }
        guard let province = chosen.first?.place.provinceCode,
            chosen.allSatisfy({ $0.place.provinceCode == province })
        else {
            return (bestName, nil, true)
        }
        return (bestName, index.provinceNames[province], false)
    }
}

extension Gazetteer {
    /// Division names found in a text by ``Gazetteer/nameMatches(in:)``, in order of appearance.
    struct NameMatches: Sendable {
        /// The ``Gazetteer/NameIndex`` entries matched.
        fileprivate var entries: [Int32]
        /// Whether no division is named.
        var isEmpty: Bool { entries.isEmpty }
    }
}
