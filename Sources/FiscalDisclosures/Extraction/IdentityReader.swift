import Foundation

/// Reads who disclosed what (VOCABULARY §1) from a document's title and opening lines.
///
/// The title is the run of short paragraphs before the first section heading (一、…) or the
/// first long paragraph. Its year wins over years in the body; its 预算/决算/调整预算 gives the
/// kind; the agency is what remains of it once years and document words (部门预算, 信息公开,
/// 情况说明, “三公”经费 …) are cut away. Region and province come from the gazetteer.
enum IdentityReader {
    /// Words that end the agency's name in a title.
    private static let stopWords = [
        "部门预算", "部门决算", "单位预算", "单位决算", "调整预算", "预算", "决算", "信息公开", "公开", "情况说明",
        "三公", "财政拨款", "收支", "年度", "关于", "的说明", "说明",
    ]

    /// The identity of `text`, plus notes on what could not be settled.
    static func identity(of text: DocumentText) -> (DocumentIdentity, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var titleLines: [String] = []
        var opening: [String] = []
        var titleIsDone = false
        for block in text.blocks {
            guard case .paragraph(let p) = block else {
                if !titleLines.isEmpty { titleIsDone = true }
                continue
            }
            guard p.text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let line = p.text.utf8.count > 400 ? p.text : p.text.trimmingCharacters(in: .whitespaces)
            if opening.count < 6 { opening.append(line) }
            if !titleIsDone {
                let isHeading = line.hasPrefix("一、") || line.hasPrefix("第一部分") || line.hasPrefix("目录")
                if isHeading || line.utf8.count > 150 || line.count > 48 { titleIsDone = true } else { titleLines.append(line) }
                if titleLines.count >= 4 { titleIsDone = true }
            }
            if titleIsDone && opening.count >= 6 { break }
        }
        let title = titleLines.joined()
        var identity = DocumentIdentity()
        identity.year = TableScanner.firstYear(in: title) ?? opening.lazy.compactMap { TableScanner.firstYear(in: $0) }.first
        identity.kind = kind(in: title) ?? kind(in: opening.joined())
        identity.scope = scope(in: title + (opening.first ?? ""))
        identity.agency = (agency(in: title) ?? labelledAgency(in: text)).map(simplifyingPlaceVariants)
        let context = title + opening.map { String($0.prefix(120)) }.joined()
        let resolved = Gazetteer.shared.resolve(in: identity.agency ?? "", context: context)
        identity.region = resolved.region
        identity.province = resolved.province
        if resolved.region == nil && resolved.province == nil {
            let fromContext = Gazetteer.shared.resolve(in: context, context: context)
            identity.region = fromContext.region
            identity.province = fromContext.province
        }
        if resolved.isAmbiguous {
            diagnostics.append(
                Diagnostic(
                    severity: .note, file: text.source,
                    message: "region \(resolved.region ?? "") names several places; province left unknown"))
        }
        if identity.year == nil {
            diagnostics.append(Diagnostic(severity: .warning, file: text.source, message: "no fiscal year found in the title"))
        }
        if identity.kind == nil {
            diagnostics.append(
                Diagnostic(severity: .warning, file: text.source, message: "the title says neither 预算 nor 决算"))
        }
        return (identity, diagnostics)
    }

    /// The agency name with variant characters of place names in their Simplified form
    /// (崑山市住房和城乡建设局 → 昆山市住房和城乡建设局), so mirror copies name the same agency.
    static func simplifyingPlaceVariants(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { Gazetteer.simplifiedPlaceScalar($0.value) != $0.value }) else {
            return name
        }
        var result = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            result.append(Unicode.Scalar(Gazetteer.simplifiedPlaceScalar(scalar.value)) ?? scalar)
        }
        return String(result)
    }

    static func kind(in text: String) -> DocumentKind? {
        if text.includes("调整预算") { return .adjusted }
        let cleaned = text.replacingOccurrences(of: "预决算", with: "")
        let budget = cleaned.byteOffset(of: "预算")
        let final = cleaned.byteOffset(of: "决算")
        switch (budget, final) {
        case (nil, nil): return nil
        case (.some, nil): return .budget
        case (nil, .some): return .final
        case (.some(let b), .some(let f)): return b < f ? .budget : .final
        }
    }

    static func scope(in text: String) -> DocumentScope {
        for word in ["各部门汇总", "全区", "全市", "全县", "全省", "市级部门", "区级部门", "县级部门", "部门汇总预算"] where text.includes(word) {
            return .aggregate
        }
        if text.includes("汇总") { return .consolidated }
        return .unit
    }

    /// The agency in a title: the text before the first year or document word, or after a
    /// leading year.
    static func agency(in title: String) -> String? {
        var s = Substring(title)
        if s.hasPrefix("关于") { s = s.dropFirst(2) }
        // Drop a leading year (2014年度, 2017年).
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        if digits.count == 4 {
            s = s.dropFirst(4)
            if s.hasPrefix("年度") { s = s.dropFirst(2) } else if s.hasPrefix("年") { s = s.dropFirst() }
        }
        s = droppingLeadingNumeralYear(s)
        var end = s.endIndex
        let rest = String(s)
        for word in stopWords where rest.includes(word) {
            if let r = s.range(of: word), r.lowerBound < end { end = r.lowerBound }
        }
        if let yearStart = s.firstIndex(where: { $0.isASCII && $0.isNumber }), yearStart < end { end = yearStart }
        var name = String(s[..<end])
        for suffix in ["(汇总)", "（汇总）", "汇总", "(本级)", "（本级）", "本级", "和", "及", "的", "“", "\""] {
            if name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        }
        name = String(droppingTrailingNumeralYear(Substring(name.trimmingCharacters(in: .whitespaces))))
        name = name.trimmingCharacters(in: .whitespaces)
        return name.count >= 2 && looksLikeAgency(name) ? name : nil
    }

    private static let numeralDigits: Set<Character> = ["〇", "○", "O", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let zeroLike: Set<Character> = ["〇", "○", "O", "零"]

    /// Whether `run` (numerals, possibly spaced) spells a year such as 二〇一六 or 一九九八.
    private static func isNumeralYear<S: Collection<Character>>(_ run: S) -> Bool {
        let digits = run.filter { $0 != " " && $0 != "\u{3000}" }
        guard digits.count == 4, digits.allSatisfy({ numeralDigits.contains($0) }) else { return false }
        let first = digits[digits.startIndex], second = digits[digits.index(after: digits.startIndex)]
        return (first == "二" && zeroLike.contains(second)) || (first == "一" && second == "九")
    }

    /// Drops a leading Chinese-numeral year (二〇二一年, 二 ○ 一八年) from a title.
    static func droppingLeadingNumeralYear(_ s: Substring) -> Substring {
        let run = s.prefix(while: { numeralDigits.contains($0) || $0 == " " || $0 == "\u{3000}" })
        guard isNumeralYear(run) else { return s }
        var rest = s.dropFirst(run.count)
        if rest.hasPrefix("年度") { rest = rest.dropFirst(2) } else if rest.hasPrefix("年") { rest = rest.dropFirst() }
        return rest.drop(while: { $0 == " " || $0 == "\u{3000}" })
    }

    /// Drops a trailing Chinese-numeral year (二〇一六年, 二 ○ 一八) from an agency name.
    static func droppingTrailingNumeralYear(_ s: Substring) -> Substring {
        var body = s
        if body.hasSuffix("年度") { body = body.dropLast(2) } else if body.hasSuffix("年") { body = body.dropLast() }
        var start = body.endIndex
        while start > body.startIndex {
            let previous = body.index(before: start)
            let c = body[previous]
            guard numeralDigits.contains(c) || c == " " || c == "\u{3000}" else { break }
            start = previous
        }
        // Keep at most the last four digits (an agency may end in a numeral, e.g. 第一).
        var run = body[start...]
        while run.filter({ $0 != " " && $0 != "\u{3000}" }).count > 4 { run = run.dropFirst() }
        guard isNumeralYear(run) else { return s }
        return body[..<run.startIndex]
    }

    /// Whether a name ends the way agency names end (局, 委员会, 人民政府, 中心, 学校 …) or
    /// names a place; table titles (收入支出决算总表) do not.
    static func looksLikeAgency(_ name: String) -> Bool {
        guard let last = name.last else { return false }
        if "局委厅院办会部所站处馆队校室社府署团司园场协联行组庭厂台"
            .contains(last) { return true }
        for suffix in ["中心", "学", "机关", "委员会", "政府", "支部", "法院", "检察院", "医院", "集团", "公司", "分局"] where name.hasSuffix(suffix) {
            return true
        }
        return !Gazetteer.shared.names(in: name).isEmpty
    }

    /// An agency named by a label line (编制部门：…, 单位名称：…) when the title has none.
    static func labelledAgency(in text: DocumentText) -> String? {
        for block in text.blocks.prefix(200) {
            guard case .paragraph(let p) = block else { continue }
            for label in ["编制部门", "单位名称", "部门名称", "编制单位"] {
                guard p.text.includes(label), let r = p.text.range(of: label) else { continue }
                var rest = p.text[r.upperBound...].drop(while: { $0 == ":" || $0 == "：" || $0 == " " })
                if let stop = rest.firstIndex(where: { " \t,，;；".contains($0) }) { rest = rest[..<stop] }
                if rest.count >= 2 { return String(rest) }
            }
        }
        return nil
    }
}
