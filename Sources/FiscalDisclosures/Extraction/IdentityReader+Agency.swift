extension IdentityReader {
    /// Words that end the agency's name in a title.
    private static let stopWords = [
        "部门预算", "部门决算", "单位预算", "单位决算", "调整预算", "预算", "决算", "信息公开", "公开", "情况说明",
        "三公", "财政拨款", "收支", "年度", "关于", "的说明", "说明",
    ].map(TitleUnits.scalars)
    /// Words cut from the end of the agency's name, tried in this order.
    private static let trailingWords = ["(汇总)", "（汇总）", "汇总", "(本级)", "（本级）", "本级", "和", "及", "的", "“", "\""]
        .map(TitleUnits.scalars)
    /// Last characters of agency names (局, 委, 厅, 院 …).
    private static let agencyLastCharacters = TitleUnits.scalars("局委厅院办会部所站处馆队校室社府署团司园场协联行组庭厂台")
    /// Endings of agency names longer than one character, and 学.
    private static let agencyEndings = ["中心", "学", "机关", "委员会", "政府", "支部", "法院", "检察院", "医院", "集团", "公司", "分局"]
        .map(TitleUnits.scalars)
    private static let about = TitleUnits.scalars("关于")
    private static let year = TitleUnits.scalars("年")
    private static let yearOfAccount = TitleUnits.scalars("年度")
    private static let numeralDigits = TitleUnits.scalars("〇○O零一二三四五六七八九")
    private static let zeroLike = TitleUnits.scalars("〇○O零")
    private static let spaces = TitleUnits.scalars(" \u{3000}")

    /// The agency in a title: the text before the first year or document word, or after a
    /// leading year.
    ///
    /// The title is read scalar by scalar when every scalar stands alone as a character (the
    /// usual case), since reading it by character would then give the same answer, and
    /// character by character otherwise.
    static func agency(in title: String) -> String? {
        if title.unicodeScalars.allSatisfy({ TitleUnits.isStandalone($0.value) }) {
            return agency(in: Array(title.unicodeScalars)[...])
        }
        return agency(in: Array(title)[...])
    }

    /// ``agency(in:)`` on the title's units.
    private static func agency<Unit: TitleUnit>(in title: ArraySlice<Unit>) -> String? {
        var s = title
        if s.hasPrefix(about) { s = s.dropFirst(2) }
        // Drop a leading year (2014年度, 2017年).
        if s.prefix(while: { $0.isASCIIDigit }).count == 4 {
            s = s.dropFirst(4)
            if s.hasPrefix(yearOfAccount) { s = s.dropFirst(2) } else if s.hasPrefix(year) { s = s.dropFirst() }
        }
        s = droppingLeadingNumeralYear(s)
        // The name ends where the first stop word or ASCII digit starts.
        var end = s.startIndex
        scanning: while end < s.endIndex && !s[end].isASCIIDigit {
            for word in stopWords where s[end...].hasPrefix(word) { break scanning }
            end += 1
        }
        var name = s[..<end]
        for word in trailingWords {
            if name.hasSuffix(word) { name = name.dropLast(word.count) }
        }
        name = droppingTrailingNumeralYear(name.trimmingWhitespace()).trimmingWhitespace()
        guard name.count >= 2 else { return nil }
        let spelled = Unit.string(name)
        return looksLikeAgency(name, spelled: spelled) ? spelled : nil
    }

    private static func isNumeralDigit<Unit: TitleUnit>(_ unit: Unit) -> Bool { unit.isAny(of: numeralDigits) }
    private static func isSpace<Unit: TitleUnit>(_ unit: Unit) -> Bool { unit.isAny(of: spaces) }

    /// Whether `run` (numerals, possibly spaced) spells a year such as 二〇一六 or 一九九八.
    private static func isNumeralYear<Unit: TitleUnit>(_ run: ArraySlice<Unit>) -> Bool {
        var digits = 0
        var first = Unit(" ")
        var second = Unit(" ")
        for unit in run where !isSpace(unit) {
            guard isNumeralDigit(unit) else { return false }
            if digits == 0 { first = unit } else if digits == 1 { second = unit }
            digits += 1
        }
        guard digits == 4 else { return false }
        return (first == Unit("二") && second.isAny(of: zeroLike)) || (first == Unit("一") && second == Unit("九"))
    }

    /// Drops a leading Chinese-numeral year (二〇二一年, 二 ○ 一八年) from a title.
    static func droppingLeadingNumeralYear<Unit: TitleUnit>(_ s: ArraySlice<Unit>) -> ArraySlice<Unit> {
        let run = s.prefix(while: { isNumeralDigit($0) || isSpace($0) })
        guard isNumeralYear(run) else { return s }
        var rest = s[run.endIndex...]
        if rest.hasPrefix(yearOfAccount) { rest = rest.dropFirst(2) } else if rest.hasPrefix(year) { rest = rest.dropFirst() }
        return rest.drop { isSpace($0) }
    }

    /// Drops a trailing Chinese-numeral year (二〇一六年, 二 ○ 一八) from an agency name.
    static func droppingTrailingNumeralYear<Unit: TitleUnit>(_ s: ArraySlice<Unit>) -> ArraySlice<Unit> {
        var body = s
        if body.hasSuffix(yearOfAccount) { body = body.dropLast(2) } else if body.hasSuffix(year) { body = body.dropLast() }
        var start = body.endIndex
        while start > body.startIndex, isNumeralDigit(body[start - 1]) || isSpace(body[start - 1]) { start -= 1 }
        // Keep at most the last four digits (an agency may end in a numeral, e.g. 第一).
        var run = body[start...]
        while run.count(where: { !isSpace($0) }) > 4 { run = run.dropFirst() }
        guard isNumeralYear(run) else { return s }
        return body[..<run.startIndex]
    }

    /// Whether a name ends the way agency names end (局, 委员会, 人民政府, 中心, 学校 …) or
    /// names a place; table titles (收入支出决算总表) do not.
    private static func looksLikeAgency<Unit: TitleUnit>(_ name: ArraySlice<Unit>, spelled: String) -> Bool {
        guard let last = name.last else { return false }
        if last.isAny(of: agencyLastCharacters) { return true }
        for ending in agencyEndings where name.hasSuffix(ending) { return true }
        return !Gazetteer.shared.nameMatches(in: spelled).isEmpty
    }
}

/// A unit the agency reader steps through a title by: a Unicode scalar when every scalar of
/// the title is a character by itself, a `Character` otherwise. Words to look for are given as
/// scalars and compared unit by unit, with the unit's own equality (for characters, canonical
/// equivalence).
protocol TitleUnit: Equatable {
    /// The unit made of one scalar.
    init(_ scalar: Unicode.Scalar)
    /// The unit's scalar when it has exactly one.
    var onlyScalar: Unicode.Scalar? { get }
    /// The units as a string.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension TitleUnit {
    /// Whether the unit is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { onlyScalar.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }

    /// Whether the unit equals one of `scalars`.
    func isAny(of scalars: [Unicode.Scalar]) -> Bool {
        for scalar in scalars where self == Self(scalar) { return true }
        return false
    }
}

extension Unicode.Scalar: TitleUnit {
    var onlyScalar: Unicode.Scalar? { self }

    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String { ScalarText.string(units.lazy.map { $0.value }) }
}

extension Character: TitleUnit {
    var onlyScalar: Unicode.Scalar? { unicodeScalars.count == 1 ? unicodeScalars.first : nil }

    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension ArraySlice where Element: TitleUnit {
    /// Whether the slice starts with the units of `word`.
    fileprivate func hasPrefix(_ word: [Unicode.Scalar]) -> Bool {
        guard count >= word.count else { return false }
        var i = startIndex
        for scalar in word {
            guard self[i] == Element(scalar) else { return false }
            i += 1
        }
        return true
    }

    /// Whether the slice ends with the units of `word`.
    fileprivate func hasSuffix(_ word: [Unicode.Scalar]) -> Bool {
        count >= word.count && self[(endIndex - word.count)...].hasPrefix(word)
    }

    /// The slice without leading and trailing whitespace units (see
    /// ``IdentityReader/isWhitespace(_:)``).
    fileprivate func trimmingWhitespace() -> ArraySlice<Element> {
        let isWhitespace = { (unit: Element) in unit.onlyScalar.map { IdentityReader.isWhitespace($0.value) } ?? false }
        var trimmed = self
        while let first = trimmed.first, isWhitespace(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, isWhitespace(last) { trimmed = trimmed.dropLast() }
        return trimmed
    }
}

/// Helpers for reading titles by scalar.
enum TitleUnits {
    /// The scalars of `word`.
    static func scalars(_ word: String) -> [Unicode.Scalar] { Array(word.unicodeScalars) }

    /// Whether a scalar is always a character by itself and equal only to itself: printable
    /// ASCII, Latin-1, general and CJK punctuation, full-width forms and CJK unified
    /// ideographs. None of these combines with a neighbour into one character, and none has a
    /// canonical equivalent (as the CJK compatibility ideographs U+F900… have), so a text made
    /// of them compares the same by scalar as by character.
    static func isStandalone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xFF, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            true
        default: false
        }
    }
}
