import Foundation

/// Repairs artefacts of PDF-to-text conversion (VOCABULARY §6 e) before layout.
///
/// - Page-number lines are dropped: `- 3 -`, `—3—`, `第 3 页`, `第3页 共12页`, `3 / 12`,
///   `Page 3 of 12`.
/// - A number wrapped across lines is joined: `2941.` + `59万元`, `2941` + `.59万元`, even with
///   a dropped page-number line or blank lines between them.
/// - When the text looks converted from PDF (two or more page-number lines), prose hard-wrapped
///   at the page width is joined: a line at least 85 % as long as the document's long lines,
///   not ending a sentence, continues on the next line unless that line starts a heading or a
///   table.
/// Spaced-out characters (预 算 收 入) are handled by ``TextNormalizer``. Each output line keeps
/// the number of the first source line it came from.
package enum PDFTextRepair {
    /// Repairs `lines`; `pageLines` returns how many page-number lines were dropped.
    ///
    /// Lines are copied only when some are dropped or joined.
    ///
    /// - Complexity: O(n).
    package static func repair(_ lines: [TextLayout.Line]) -> (lines: [TextLayout.Line], pageLines: Int) {
        var pageLines = 0
        for position in lines.indices where isPageNumber(lines[position].text) { pageLines += 1 }
        let kept = pageLines == 0 ? lines : lines.filter { !isPageNumber($0.text) }
        let joinsProse = pageLines >= 2
        let wrapWidth = joinsProse ? typicalWidth(kept) : Int.max
        // Empty until the first join; until then the output is `kept[..<index]`.
        var output: [TextLayout.Line] = []
        var hasJoined = false
        var index = 0
        while index < kept.count {
            let start = index
            index += 1
            // Copied only once it joins the lines after it.
            var joined: TextLayout.Line?
            while true {
                let shape = joined?.shape ?? kept[start].shape
                // Most lines end in a character no wrapped number ends in.
                guard !shape.isBlank && !shape.isStructural, joinsProse || mayEndWrappedNumber(shape.lastByte)
                else { break }
                var next = index
                while next < kept.count && kept[next].shape.isBlank { next += 1 }
                guard next < kept.count else { break }
                let text = joined?.text ?? kept[start].text
                let following = kept[next].text
                let joins = wrapsNumber(text, following)
                    || (joinsProse && next == index && width(text) >= wrapWidth * 85 / 100
                        && !endsSentence(text) && !TextLayoutHints.startsBlock(following))
                guard joins, !kept[next].shape.isStructural else { break }
                if joined == nil { joined = kept[start] }
                joined?.replaceText(Substring(trimmedEnd(text) + trimmedStart(following)))
                index = next + 1
            }
            if let joined {
                if !hasJoined {
                    output.reserveCapacity(kept.count)
                    output.append(contentsOf: kept[..<start])
                    hasJoined = true
                }
                output.append(joined)
            } else if hasJoined {
                output.append(kept[start])
            }
        }
        return (hasJoined ? output : kept, pageLines)
    }

    static func trimmedEnd(_ text: Substring) -> String {
        var result = text
        while let last = result.last, last == " " || last == "\r" || last == "\u{3000}" { result.removeLast() }
        return String(result)
    }

    static func trimmedStart(_ text: Substring) -> Substring {
        text.drop(while: { $0 == " " || $0 == "\u{3000}" })
    }

    /// Tab-led and pipe lines belong to tables and are never joined.
    static func isStructural(_ text: Substring) -> Bool {
        TextLayout.isTabLed(text) || TextLayout.pipeCount(text).count > 0
    }

    static func width(_ text: Substring) -> Int { text.unicodeScalars.count }

    /// The 90th percentile of the widths of non-empty lines.
    static func typicalWidth(_ lines: [TextLayout.Line]) -> Int {
        let widths = lines.map { width($0.text) }.filter { $0 > 0 }.sorted()
        guard !widths.isEmpty else { return Int.max }
        return max(10, widths[min(widths.count - 1, widths.count * 9 / 10)])
    }

    static func endsSentence(_ text: Substring) -> Bool {
        guard let last = trimmedEnd(text).unicodeScalars.last else { return true }
        return "。；;！!？?：:".unicodeScalars.contains(last)
    }

    /// `2941.` + `59…`, or `2941` + `.59…`.
    ///
    /// Looks at the last two scalars of `text` (trailing spaces, CRs and ideographic spaces
    /// ignored) and the first two of `next` (leading spaces ignored), without allocating.
    static func wrapsNumber(_ text: Substring, _ next: Substring) -> Bool {
        // Cheap rejection of most lines: the last byte must end a digit, a point or a
        // character ignored at the end (0x80 ends U+3000).
        guard mayEndWrappedNumber(text.utf8.last) else { return false }
        var last: Unicode.Scalar?
        var beforeLast: Unicode.Scalar?
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            let scalar = scalars[index]
            if last == nil && (scalar == " " || scalar == "\r" || scalar == "\u{3000}") { continue }
            if last == nil {
                last = scalar
            } else {
                beforeLast = scalar
                break
            }
        }
        guard let end1 = last, let end0 = beforeLast else { return false }
        var iterator = next.unicodeScalars.drop(while: { $0 == " " || $0 == "\u{3000}" }).makeIterator()
        guard let first = iterator.next() else { return false }
        let second = iterator.next()
        if isPoint(end1) && isDigit(end0) && isDigit(first) { return true }
        if isDigit(end1) && isPoint(first), let second, isDigit(second) { return true }
        return false
    }

    /// Whether a line whose last UTF-8 byte is `lastByte` can end the first part of a wrapped
    /// number: the byte must end a digit, a point or a character ignored at the end (0x80
    /// ends U+3000).
    @inline(__always)
    static func mayEndWrappedNumber(_ lastByte: UInt8?) -> Bool {
        guard let lastByte else { return false }
        switch lastByte {
        case 0x20, 0x0D, 0x80, 0x30...0x39, 0x2E, 0x8E, 0x90...0x99: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0xFF10 && scalar.value <= 0xFF19)
    }

    @inline(__always)
    static func isPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    /// A line holding only a page number.
    package static func isPageNumber(_ text: Substring) -> Bool {
        guard text.utf8.count <= 64 else { return false }
        // Cheap rejection, without allocating: only these characters occur in page numbers, and
        // digits and spaces alone (a table value such as `34`) never make one.
        var hasMarker = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0xFF10...0xFF19, 0x20, 0x09, 0x0D, 0x3000:
                continue
            case 0x2D, 0x2010, 0x2013, 0x2014, 0x2015, 0xFF0D,
                0x2F, 0xFF0F, 0x2C, 0xFF0C, 0x7B2C, 0x9875, 0x5171:  // 第 页 共
                hasMarker = true
            case 0x41...0x5A, 0x61...0x7A:
                hasMarker = true
            default:
                return false
            }
        }
        guard hasMarker else { return false }
        let scalars = Array(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\r" && $0 != "\t" })
        guard !scalars.isEmpty, scalars.count <= 16 else { return false }
        let isDigit = { (scalar: Unicode.Scalar) in
            (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0xFF10 && scalar.value <= 0xFF19)
        }
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "―", "‐"]
        // - 3 -   —3—
        if let first = scalars.first, let last = scalars.last, dashes.contains(first), dashes.contains(last) {
            let inner = scalars.drop(while: { dashes.contains($0) }).reversed().drop(while: { dashes.contains($0) })
            return !inner.isEmpty && inner.allSatisfy(isDigit)
        }
        // 3 / 12   3/12
        if let slash = scalars.firstIndex(where: { $0 == "/" || $0 == "／" }) {
            let left = scalars[..<slash]
            let right = scalars[(slash + 1)...]
            if !left.isEmpty, !right.isEmpty, left.allSatisfy(isDigit), right.allSatisfy(isDigit) { return true }
        }
        // 第3页  第3页共12页  共12页第3页  第3页/共12页
        let text = String(String.UnicodeScalarView(scalars))
        let stripped = text.unicodeScalars.filter { !isDigit($0) }
        let skeleton = String(String.UnicodeScalarView(stripped))
        if ["第页", "第页共页", "共页第页", "第页/共页", "第页,共页", "第页，共页"].contains(skeleton) {
            return text.unicodeScalars.contains(where: isDigit)
        }
        // Page 3, Page 3 of 12
        let lower = text.lowercased()
        if lower.hasPrefix("page") {
            let rest = lower.dropFirst(4).replacingOccurrences(of: "of", with: "")
            return !rest.isEmpty && rest.unicodeScalars.allSatisfy(isDigit)
        }
        return false
    }
}

/// Shapes of lines that start a new block, shared by PDF repair and layout.
enum TextLayoutHints {
    /// A heading (一、 （一） 1、), a tab-led or pipe line, or a unit line.
    static func startsBlock(_ text: Substring) -> Bool {
        if PDFTextRepair.isStructural(text) { return true }
        let normalized = TextNormalizer.normalize(text)
        return StackedTable.isHeading(normalized) || normalized.hasPrefix("单位") || normalized.hasPrefix("金额单位")
    }
}
