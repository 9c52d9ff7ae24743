/// Normalizes one line (or one table cell) of disclosure text.
///
/// What it does, in order:
/// 1. Full-width ASCII forms (０-９ ， ． ％ （ ） ： Ａ-Ｚ …) and small forms (﹤ ﹪) become
///    ASCII; ideographic and no-break spaces become spaces; zero-width characters and BOMs are
///    dropped; tabs and other control characters become spaces.
/// 2. Quotes “ ” ‘ ’ 「 」 『 』 and `"` all become the ASCII `"`, so “三公”经费, "三公"经费 and
///    「三公」经费 all read `"三公"经费`.
/// 3. Traditional characters of the vocabulary become Simplified (``TraditionalChinese``).
/// 4. Pinyin inserted after a character is removed: `經(jīng)費(fèi)` → `经费`. Only a parenthesized
///    run of pinyin letters carrying a tone mark (or tone digit) right after a CJK character
///    counts, so `公司(ltd)` stays.
/// 5. Chinese-numeral years become digits: 二〇一七年 / 二○一七年 / 二零一七年 → 2017年.
/// 6. Thousands separators inside numbers are removed (25,422.73 → 25422.73) only where the
///    groups are 1–3 digits then exactly 3-digit groups; a full-width comma counts only between
///    full-width digits, so prose commas and enumerations (1,2,3 or 2016,2017) stay.
///    Spaces inside numbers are removed where they split a decimal (2941. 59) or separate
///    thousands groups before a decimal point or unit (25 422.73万元).
/// 7. Runs of spaces collapse to one; spaces between two CJK characters (预 算 → 预算) and
///    between a number and its unit (3 万元 → 3万元) are removed; the ends are trimmed.
///
/// Normalization never joins or splits lines, so the line number of the input is the line
/// number of the output (the map back to the source is the identity per line).
///
/// - Complexity: O(n) in the number of Unicode scalars.
public enum TextNormalizer {
    /// Returns the normalized form of `text`.
    public static func normalize(_ text: some StringProtocol) -> String {
        if isPlainASCII(text) { return String(text) }
        var scalars = mapScalars(text.unicodeScalars, capacity: text.utf8.count)
        scalars = removePinyin(scalars)
        convertNumeralYears(&scalars)
        scalars = joinNumbers(scalars)
        return String(decoding: tidySpaces(scalars), as: UTF8.self)
    }

    /// Plain ASCII without commas, doubled spaces, tabs, quotes needing work or parentheses:
    /// nothing to do beyond trimming.
    private static func isPlainASCII(_ text: some StringProtocol) -> Bool {
        var previousSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == UInt8(ascii: ",") { return false }
            let isSpace = byte == 0x20
            if isSpace && previousSpace { return false }
            previousSpace = isSpace
        }
        return !previousSpace || text.isEmpty
    }

    static let placeholderComma = Unicode.Scalar(0xFDD0)!

    // MARK: - Step 1–3: per-scalar mapping

    /// Maps each scalar of `input` (read straight from the string's scalar view, without
    /// copying it first); `capacity` bounds the output's length (the UTF-8 length will do).
    static func mapScalars<Scalars: BidirectionalCollection>(_ input: Scalars, capacity: Int) -> [Unicode.Scalar]
    where Scalars.Element == Unicode.Scalar {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(capacity)
        var previous: Unicode.Scalar?
        var index = input.startIndex
        while index != input.endIndex {
            let scalar = input[index]
            let nextIndex = input.index(after: index)
            defer {
                previous = scalar
                index = nextIndex
            }
            let value = scalar.value
            switch value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                output.append(" ")
            case 0..<0x20, 0x7F:
                output.append(" ")
            case 0x20..<0x7F:
                output.append(scalar)
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                output.append(" ")
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
                continue
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F,
                0x301D, 0x301E, 0xFF02:
                output.append("\"")
            case 0xFF0C:
                let before = previous.map(isFullWidthDigit) ?? false
                let after = nextIndex != input.endIndex && isFullWidthDigit(input[nextIndex])
                output.append(before && after ? "," : placeholderComma)
            case 0xFF01...0xFF5E:
                output.append(Unicode.Scalar(value - 0xFEE0)!)
            case 0xFE50: output.append(placeholderComma)
            case 0xFE52: output.append(".")
            case 0xFE54: output.append(";")
            case 0xFE55: output.append(":")
            case 0xFE59: output.append("(")
            case 0xFE5A: output.append(")")
            case 0xFE64: output.append("<")
            case 0xFE65: output.append(">")
            case 0xFE6A: output.append("%")
            case 0x2212: output.append("-")
            default:
                output.append(TraditionalChinese.simplify(scalar))
            }
        }
        return output
    }

    @inline(__always)
    static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xFF10 && scalar.value <= 0xFF19
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// CJK ideographs (and the ideographic zero 〇).
    @inline(__always)
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x3134F)
            || value == 0x3007
    }

    /// CJK ideographs and CJK punctuation (、。《》【】…), between which spaces are noise.
    @inline(__always)
    static func isCJKOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return isCJK(scalar) || (value >= 0x3001 && value <= 0x303F) || value == placeholderComma.value
    }

    // MARK: - Step 6–7: numbers and spaces

    static func isUnitStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "万", "元", "亿", "千", "%": true
        default: false
        }
    }

    /// Removes thousands separators and spaces that split numbers.
    static func joinNumbers(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(where: isDigit) else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        let count = input.count
        while index < count {
            let scalar = input[index]
            guard isDigit(scalar),
                index == 0 || (!isDigit(input[index - 1]) && input[index - 1] != ".")
            else {
                output.append(scalar)
                index += 1
                continue
            }
            var end = index
            while end < count && isDigit(input[end]) { end += 1 }
            let leadLength = end - index
            // Thousands groups separated by commas (or by single spaces before a decimal/unit).
            if leadLength <= 3, let (groupsEnd, separator) = thousandsGroups(input, from: end) {
                for position in index..<groupsEnd where input[position] != separator {
                    output.append(input[position])
                }
                index = groupsEnd
                continue
            }
            output.append(contentsOf: input[index..<end])
            index = end
            // A decimal split by a space: "2941. 59" or "2941 .59".
            if index + 2 < count, input[index] == ".", input[index + 1] == " ", isDigit(input[index + 2]) {
                output.append(".")
                index += 2
            } else if index + 2 < count, input[index] == " ", input[index + 1] == ".", isDigit(input[index + 2]) {
                index += 1
            }
        }
        return output
    }

    /// From `start` (just after a 1–3 digit lead), the end of a run of `,ddd` groups (or
    /// ` ddd` groups followed by a decimal point or unit), and the separator used.
    static func thousandsGroups(_ input: [Unicode.Scalar], from start: Int) -> (Int, Unicode.Scalar)? {
        let count = input.count
        guard start < count else { return nil }
        let separator = input[start]
        guard separator == "," || separator == " " else { return nil }
        var position = start
        var groups = 0
        while position < count, input[position] == separator {
            let first = position + 1
            guard first + 2 < count,
                isDigit(input[first]), isDigit(input[first + 1]), isDigit(input[first + 2])
            else { break }
            if first + 3 < count && isDigit(input[first + 3]) { break }
            groups += 1
            position = first + 3
        }
        // "1,234,56": a malformed last group makes the whole run not a number.
        if separator == ",", position + 1 < count, input[position] == ",", isDigit(input[position + 1]) {
            return nil
        }
        guard groups > 0 else { return nil }
        if separator == " " {
            guard position < count else { return nil }
            let next = input[position]
            let decimal = next == "." && position + 1 < count && isDigit(input[position + 1])
            guard decimal || isUnitStart(next) else { return nil }
        }
        return (position, separator)
    }

    /// Collapses space runs, removes spaces between CJK characters and before units, trims,
    /// and turns placeholder commas back into commas; returns UTF-8.
    static func tidySpaces(_ input: [Unicode.Scalar]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3)
        var last: Unicode.Scalar?
        var index = 0
        let count = input.count
        while index < count {
            let scalar = input[index]
            if scalar == " " {
                var end = index
                while end < count && input[end] == " " { end += 1 }
                defer { index = end }
                guard let previous = last, end < count else { continue }
                let next = input[end]
                if isCJKOrPunctuation(previous) && isCJKOrPunctuation(next) { continue }
                if isDigit(previous) && (next == "万" || next == "元" || next == "亿" || next == "千" || next == "%") {
                    continue
                }
                if isCJKOrPunctuation(previous) && (next == "," || next == ")" ) { continue }
                output.append(0x20)
                last = " "
                continue
            }
            let emitted: Unicode.Scalar = scalar == placeholderComma ? "," : scalar
            TextDecoding.appendUTF8(emitted.value, to: &output)
            last = emitted
            index += 1
        }
        return output
    }
}
