import Foundation

/// A row label without its numbering (其中, #, *, 一、, (1), 1.), with its classification code
/// split off.
struct ParsedLabel {
    /// The label's name.
    var text: String
    /// The folded scalars of `text`.
    var scalars: ArraySlice<UInt32>
    /// A leading 3-, 5- or 7-digit classification code (201, 20101, 2010101).
    var code: String?
    /// Whether the label is a total (合计, 总计, 小计 …).
    var isTotal: Bool
}

extension TableScanner {
    /// Markers stripped from the start of a label, in the order they are tried.
    private static let markers: [[UInt32]] = ["其中:", "其中", "其中：", "#", "*"].map { Array($0.unicodeScalars.map(\.value)) }
    /// The labels of a total row, compared after dropping colons.
    private static let totalLabels: [[UInt32]] = ["合计", "总计", "小计", "收入合计", "支出合计", "合计数"]
        .map { Array($0.unicodeScalars.map(\.value)) }
    private static let chineseNumerals = "一二三四五六七八九十"

    @inline(__always)
    private static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true  // 一 … 十
        default: false
        }
    }

    /// Whether a scalar has a numeric type (what `Character.isNumber` asks of its first scalar).
    @inline(__always)
    private static func isNumber(_ v: UInt32) -> Bool {
        if NumberScanner.isDigit(v) { return true }
        guard v >= 0x80, let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.numericType != nil
    }

    /// Whether a label starting with `first` may carry a marker or numbering that
    /// `parseLabel` strips (其中, #, *, 一、, (1), 1.).
    @inline(__always)
    static func mayStartNumbering(_ first: UInt32) -> Bool {
        switch first {
        case 0x5176, 0x23, 0x2A, 0x28, 0xFF08, 0x30...0x39: true  // 其 # * ( （ digits
        default: isChineseNumeral(first)
        }
    }

    /// A row label without its numbering, with its code split off.
    ///
    /// Labels whose scalars each stand alone (``ScalarText/standsAlone(_:)``: ASCII, CJK, their
    /// punctuation) are parsed scalar by scalar; others, with combining marks or compatibility
    /// ideographs, by `Character`, which the scalar reading agrees with on the former.
    ///
    /// - Parameter folded: the folded scalars of a cell (``ScalarText/folded(_:)``).
    /// - Complexity: O(n) in the label's length.
    func parseLabel(_ folded: [UInt32]) -> ParsedLabel {
        guard folded.allSatisfy(ScalarText.standsAlone) else {
            return parseLabelByCharacter(ScalarText.string(folded))
        }
        var s = folded[...]
        // Numbering and markers only start with these characters; most labels skip the loop.
        var changed = s.first.map(TableScanner.mayStartNumbering) ?? false
        while changed {
            changed = false
            for marker in TableScanner.markers where s.starts(with: marker) {
                s = s.dropFirst(marker.count)
                changed = true
            }
            if let first = s.first, TableScanner.isChineseNumeral(first) {
                let rest = s.drop(while: TableScanner.isChineseNumeral)
                if rest.first == 0x3001 || rest.first == 0x2E { s = rest.dropFirst(); changed = true }  // 、 .
            }
            if s.first == 0x28 || s.first == 0xFF08, let close = s.firstIndex(where: { $0 == 0x29 || $0 == 0xFF09 }),
                close - s.startIndex <= 4,
                s[(s.startIndex + 1)..<close].allSatisfy({ TableScanner.isNumber($0) || TableScanner.isChineseNumeral($0) })
            {
                s = s[(close + 1)...]
                changed = true
            }
            let digits = s.prefix(while: NumberScanner.isDigit)
            if !digits.isEmpty, digits.count <= 2 {
                let rest = s.dropFirst(digits.count)
                if rest.first == 0x3001 || (rest.first == 0x2E && !(rest.dropFirst().first.map(TableScanner.isNumber) ?? false)) {
                    s = rest.dropFirst()
                    changed = true
                }
            }
        }
        let digits = s.prefix(while: NumberScanner.isDigit)
        if [3, 5, 7].contains(digits.count), let first = digits.first, first == 0x32 || first == 0x33 || first == 0x35 {
            var name = s.dropFirst(digits.count)
            let isTrimmed: (UInt32) -> Bool = { $0 == 0x20 || $0 == 0x3A || $0 == 0x2D }  // space : -
            while let f = name.first, isTrimmed(f) { name.removeFirst() }
            while let l = name.last, isTrimmed(l) { name.removeLast() }
            return ParsedLabel(text: ScalarText.string(name), scalars: name, code: ScalarText.string(digits), isTotal: false)
        }
        let isTotal = TableScanner.totalLabels.contains { $0.elementsEqual(s.lazy.filter { $0 != 0x3A }) }
        return ParsedLabel(text: ScalarText.string(s), scalars: s, code: nil, isTotal: isTotal)
    }

    /// `parseLabel` by `Character`, for labels holding scalars that do not stand alone.
    func parseLabelByCharacter(_ folded: String) -> ParsedLabel {
        var s = Substring(folded)
        var changed = true
        while changed {
            changed = false
            for prefix in ["其中:", "其中", "其中：", "#", "*"] where s.hasPrefix(prefix) {
                s = s.dropFirst(prefix.count)
                changed = true
            }
            if let first = s.first, TableScanner.chineseNumerals.contains(first) {
                let rest = s.drop(while: { TableScanner.chineseNumerals.contains($0) })
                if rest.first == "、" || rest.first == "." { s = rest.dropFirst(); changed = true }
            }
            if s.first == "(" || s.first == "（", let close = s.firstIndex(where: { $0 == ")" || $0 == "）" }),
                s.distance(from: s.startIndex, to: close) <= 4,
                s[s.index(after: s.startIndex)..<close].allSatisfy({ $0.isNumber || TableScanner.chineseNumerals.contains($0) })
            {
                s = s[s.index(after: close)...]
                changed = true
            }
            let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 2 {
                let rest = s.dropFirst(digits.count)
                if rest.first == "、" || (rest.first == "." && !(rest.dropFirst().first?.isNumber ?? false)) {
                    s = rest.dropFirst()
                    changed = true
                }
            }
        }
        let text = String(s)
        let compact = String(text.filter { $0 != ":" })
        let isTotal = ["合计", "总计", "小计", "收入合计", "支出合计", "合计数"].contains(compact)
        let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
        if [3, 5, 7].contains(digits.count), let first = digits.first, "235".contains(first) {
            let name = String(s.dropFirst(digits.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :-"))
            return ParsedLabel(text: name, scalars: ScalarText.folded(name)[...], code: String(digits), isTotal: false)
        }
        return ParsedLabel(text: text, scalars: ScalarText.folded(text)[...], code: nil, isTotal: isTotal)
    }

    /// The glossary term a label names: the longest label at its start, when what follows is
    /// empty, a parenthesis or a short tail (支出, 合计).
    func matchTerm(_ label: ParsedLabel) -> Int? {
        let scalars = label.scalars
        guard let first = scalars.first, trie.startsWord(first),
            let match = trie.longestMatch(in: scalars, at: scalars.startIndex), case .term(let index) = match.token
        else { return nil }
        let rest = scalars.count - match.length
        guard rest == 0 || scalars[scalars.startIndex + match.length] == 0x28 || rest <= 3 else { return nil }
        let term = Glossary.terms[index]
        guard term.money != nil || term.count != nil || !term.countByUnit.isEmpty else { return nil }
        return index
    }
}
