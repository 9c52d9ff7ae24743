import Foundation

/// Reads who disclosed what (VOCABULARY §1) from a document's title and opening lines.
///
/// The title is the run of short paragraphs before the first section heading (一、…) or the
/// first long paragraph. Its year wins over years in the body; its 预算/决算/调整预算 gives the
/// kind; the agency is what remains of it once years and document words (部门预算, 信息公开,
/// 情况说明, “三公”经费 …) are cut away. Region and province come from the gazetteer.
enum IdentityReader {
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
            let line = p.text.utf8.count > 400 ? p.text : trimmingWhitespace(p.text)
            if opening.count < 6 { opening.append(line) }
            if !titleIsDone {
                let isHeading = startsWith(line, "一、") || startsWith(line, "第一部分") || startsWith(line, "目录")
                if isHeading || line.utf8.count > 150 || (line.unicodeScalars.count > 48 && line.count > 48) {
                    titleIsDone = true
                } else {
                    titleLines.append(line)
                }
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
        let gazetteer = Gazetteer.shared
        let contextNames = gazetteer.nameMatches(inScalars: contextScalars(title: title, opening: opening))
        let resolved = gazetteer.resolve(named: gazetteer.nameMatches(in: identity.agency ?? ""), context: contextNames)
        identity.region = resolved.region
        identity.province = resolved.province
        if resolved.region == nil && resolved.province == nil {
            let fromContext = gazetteer.resolve(named: contextNames, context: contextNames)
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

    /// Whether `line` starts with the characters of `prefix`: its bytes first, then, only when
    /// they match, the character comparison (a combining mark after the prefix breaks it).
    private static func startsWith(_ line: String, _ prefix: String) -> Bool {
        line.utf8.starts(with: prefix.utf8) && line.hasPrefix(prefix)
    }

    /// `line` without leading and trailing whitespace (tab, space and the other Unicode space
    /// separators, scalar by scalar as Foundation's `CharacterSet.whitespaces` trims); `line`
    /// itself when neither end is whitespace.
    static func trimmingWhitespace(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            isWhitespace(first.value) || isWhitespace(last.value)
        else { return line }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && isWhitespace(scalars[start].value) { scalars.formIndex(after: &start) }
        while end > start && isWhitespace(scalars[scalars.index(before: end)].value) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    /// The scalar values of the text the gazetteer reads for context: the title, then the
    /// first 120 characters of each opening line.
    static func contextScalars(title: String, opening: [String]) -> [UInt32] {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(title.utf8.count + opening.reduce(0) { $0 + min($1.utf8.count, 480) })
        title.forEachScalarValue { scalars.append($0); return true }
        for line in opening { appendPrefix(of: line, characters: 120, to: &scalars) }
        return scalars
    }

    /// Appends the scalar values of the first `count` characters of `line` to `scalars`,
    /// counting scalars while every scalar stands alone as a character (see
    /// ``TitleUnits/isStandalone(_:)``), and characters otherwise.
    static func appendPrefix(of line: String, characters count: Int, to scalars: inout [UInt32]) {
        guard line.utf8.count > count else {
            line.forEachScalarValue { scalars.append($0); return true }
            return
        }
        let mark = scalars.count
        var taken = 0
        var isStandalone = true
        line.forEachScalarValue { value in
            isStandalone = TitleUnits.isStandalone(value)
            guard isStandalone && taken < count else { return false }
            scalars.append(value)
            taken += 1
            return true
        }
        // Stopped at a scalar that may join the one before it, or at the character after the
        // last one wanted: only in the first case are characters counted one by one.
        if !isStandalone {
            scalars.removeSubrange(mark...)
            line.prefix(count).forEachScalarValue { scalars.append($0); return true }
        }
    }

    /// The members of Foundation's `CharacterSet.whitespaces`: tab and the space separators
    /// (Unicode category Zs) plus U+200B ZERO WIDTH SPACE.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
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

    /// The kind a text names: 调整预算 anywhere, else whichever of 预算 and 决算 comes first
    /// once 预决算 (both at once) is cut out.
    static func kind(in text: String) -> DocumentKind? {
        if text.includes("调整预算") { return .adjusted }
        let cleaned = removingBothKinds(text)
        let budget = cleaned.byteOffset(of: "预算")
        let final = cleaned.byteOffset(of: "决算")
        switch (budget, final) {
        case (nil, nil): return nil
        case (.some, nil): return .budget
        case (nil, .some): return .final
        case (.some(let b), .some(let f)): return b < f ? .budget : .final
        }
    }

    /// `text` without any 预决算, as Foundation's `replacingOccurrences(of: "预决算", with: "")`
    /// gives it: the bytes are cut out directly, unless a scalar that may join the 算 before it
    /// follows one (Foundation then keeps that occurrence), in which case Foundation does it.
    static func removingBothKinds(_ text: String) -> String {
        let word = Array("预决算".utf8)
        guard text.includes("预决算") else { return text }
        let cut: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                guard i + word.count <= bytes.count, bytes[i] == word[0],
                    bytes[i..<(i + word.count)].elementsEqual(word)
                else {
                    kept.append(bytes[i])
                    i += 1
                    continue
                }
                let next = i + word.count
                if next < bytes.count {
                    var following: UInt32 = 0
                    String(decoding: bytes[next..<min(next + 4, bytes.count)], as: UTF8.self)
                        .forEachScalarValue { following = $0; return false }
                    guard TitleUnits.isStandalone(following) else { return nil }
                }
                i = next
            }
            return kept
        } ?? nil
        guard let cut else { return text.replacingOccurrences(of: "预决算", with: "") }
        return String(decoding: cut, as: UTF8.self)
    }

    /// Whether a text speaks for a whole government (全市, 各部门汇总 …), a consolidated
    /// agency (汇总) or one unit.
    static func scope(in text: String) -> DocumentScope {
        // Every aggregate word holds 全, 级 or 汇; most titles hold none of them.
        guard text.unicodeScalars.contains(where: { $0 == "全" || $0 == "级" || $0 == "汇" }) else { return .unit }
        for word in ["各部门汇总", "全区", "全市", "全县", "全省", "市级部门", "区级部门", "县级部门", "部门汇总预算"] where text.includes(word) {
            return .aggregate
        }
        if text.includes("汇总") { return .consolidated }
        return .unit
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
