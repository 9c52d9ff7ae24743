/// Infers the number of columns of a table whose cells were written one after another.
///
/// Method: every width from 2 to 16 that divides the cell count is scored by how well the
/// cells fit the shape of a disclosure table — a header row of labels, then rows that start
/// with a label and continue with values (numbers, percentages, dashes or blanks). The best
/// width wins; it is *ambiguous* when it scores under 0.9 or another width scores within 0.02.
/// Limits: tables with several label columns or text-valued columns score lower, and a table
/// of only labels has no best width (nil).
enum RowWidth {
    struct Fit {
        var width: Int
        var score: Double
        var isAmbiguous: Bool
    }

    /// The best width for `cells`, or nil when fewer than four cells or nothing fits.
    ///
    /// - Complexity: O(16·n).
    static func infer(_ cells: [String]) -> Fit? {
        let count = cells.count
        guard count >= 4 else { return nil }
        let kinds = cells.map(isValueLike)
        guard kinds.contains(true) else { return nil }
        var scored: [(width: Int, score: Double)] = []
        for width in 2...min(16, count / 2) where count % width == 0 {
            var hits = 0
            for (index, isValue) in kinds.enumerated() {
                let row = index / width
                let column = index % width
                let expectsValue = row > 0 && column > 0
                if expectsValue ? isValue || cells[index].isEmpty : !isValue { hits += 1 }
            }
            scored.append((width, Double(hits) / Double(count)))
        }
        guard let best = scored.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.width > $1.width) })
        else { return nil }
        let rivals = scored.filter { $0.width != best.width && best.score - $0.score < 0.02 }
        return Fit(width: best.width, score: best.score, isAmbiguous: best.score < 0.9 || !rivals.isEmpty)
    }

    /// A number, a percentage, a count with its measure word, or a dash standing for none.
    static func isValueLike(_ text: String) -> Bool {
        var sawDigit = false
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, "≥≤<>±~约-+".unicodeScalars.contains(first) {
            if first == "-" && scalars.count == 1 { return true }
            scalars.removeFirst()
        }
        if scalars.isEmpty { return text == "-" }
        if text.unicodeScalars.allSatisfy({ $0 == "—" || $0 == "-" || $0 == "－" }) { return true }
        var index = scalars.startIndex
        while index < scalars.endIndex, let digit = Optional(scalars[index]), (digit.value >= 0x30 && digit.value <= 0x39) || digit == "." {
            if digit != "." { sawDigit = true }
            index = scalars.index(after: index)
        }
        guard sawDigit else { return false }
        let rest = scalars[index...]
        if rest.isEmpty { return true }
        // Compared as strings, a compatibility ideograph equals its unified form (U+2F8EF is
        // 次); without any, equal strings have equal scalars.
        if rest.contains(where: { $0.value >= 0xF900 }) {
            return valueUnits.contains(String(String.UnicodeScalarView(rest)))
        }
        return valueUnitScalars.contains { $0.elementsEqual(rest) }
    }

    /// What may follow the digits of a value.
    static let valueUnits = ["%", "万元", "元", "亿元", "千元", "件", "次", "个", "人", "辆", "台", "人次", "批", "批次", "项"]

    /// ``valueUnits`` as scalars.
    static let valueUnitScalars: [[Unicode.Scalar]] = valueUnits.map { Array($0.unicodeScalars) }
}

/// Recognises where a stacked-value table (layout c) may start and end.
enum StackedTable {
    static let headerWords: Set<String> = [
        "项目", "科目", "科目名称", "科目编码", "功能分类科目", "功能分类科目编码", "支出功能分类科目",
        "行次", "栏次", "单位名称", "名称", "类", "款", "项",
    ]

    /// The end of a candidate stacked table starting at `start`, or nil if the line there is
    /// not a header word or fewer than six short lines follow.
    ///
    /// - Parameter normalized: The normalized text of the line at a position of `lines`.
    static func candidateEnd(
        _ lines: [TextLayout.Line], from start: Int, normalized: (Int) -> String
    ) -> Int? {
        // Header words are short: skip normalizing the long lines of prose.
        guard lines[start].shape.byteCount <= 48, mayStartHeaderWord(lines[start].text) else { return nil }
        let header = normalized(start)
        guard headerWords.contains(header) else { return nil }
        var end = start + 1
        var position = start + 1
        var cells = 1
        var values = 0
        var blanks = 0
        while position < lines.count {
            let text = normalized(position)
            if text.isEmpty {
                blanks += 1
                if blanks > 1 { break }
                position += 1
                continue
            }
            blanks = 0
            if text.unicodeScalars.count > 40 || text.hasSuffix("。") || isHeading(text)
                || lines[position].shape.isStructural
            {
                break
            }
            cells += 1
            if RowWidth.isValueLike(text) { values += 1 }
            position += 1
            end = position
        }
        guard cells >= 6, values * 10 >= cells * 3 else { return nil }
        return end
    }

    /// The first characters of ``headerWords``.
    static let headerInitials: Set<UInt32> = Set(headerWords.compactMap { $0.unicodeScalars.first?.value })

    /// Whether the normalized form of `text` can start with a header word, decided without
    /// normalizing: normalization turns leading spaces and control characters into nothing
    /// and never changes the first remaining character other than by the per-character map
    /// (Traditional → Simplified for ideographs).
    ///
    /// - Complexity: O(k) in the leading spaces.
    static func mayStartHeaderWord(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0...0x20, 0x7F, 0xA0, 0xAD, 0x2000...0x200D, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
                continue
            default:
                return headerInitials.contains(TraditionalChinese.simplify(scalar).value)
            }
        }
        return false
    }

    /// A section heading such as 一、概况, （二）…, 3、….
    static func isHeading(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return false }
        if "一二三四五六七八九十".unicodeScalars.contains(first) {
            return scalars.dropFirst().contains("、")
        }
        if first == "(" { return scalars.count > 2 && "一二三四五六七八九十".unicodeScalars.contains(scalars[1]) }
        if first.value >= 0x30 && first.value <= 0x39 {
            return scalars.dropFirst().prefix(3).contains("、")
        }
        return false
    }
}
