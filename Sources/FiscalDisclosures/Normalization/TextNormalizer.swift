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
/// The steps run over the scalar values of the line held in one temporary buffer (on the
/// stack for ordinary lines), edited in place; steps 4–6 are skipped when the line has no
/// `(`, no 年 or no digit. Only the returned string is allocated.
///
/// - Complexity: O(n) in the number of Unicode scalars.
public enum TextNormalizer {
    /// Returns the normalized form of `text`.
    public static func normalize(_ text: some StringProtocol) -> String {
        let normalized = text.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            isPlainASCII(utf8) ? nil : normalize(utf8: utf8)
        }
        switch normalized {
        case .some(.some(let result)): return result
        case .some(.none): return String(text)
        case .none:
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { isPlainASCII($0) ? nil : normalize(utf8: $0) } ?? String(text)
        }
    }

    /// Plain ASCII without commas, doubled spaces, tabs or other control characters, spaces
    /// after a digit or a decimal point (a number split by spaces, `2941. 59`, `3 %`), and not
    /// starting or ending with a space: nothing to do.
    static func isPlainASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == UInt8(ascii: ",") { return false }
            let isSpace = byte == 0x20
            if isSpace && (previousSpace || previous == UInt8(ascii: ".") || (previous >= 0x30 && previous <= 0x39)) {
                return false
            }
            previousSpace = isSpace
            previous = byte
        }
        return !previousSpace || utf8.isEmpty
    }

    /// Normalizes valid UTF-8 (steps 1–7); nil when the text is already normalized.
    private static func normalize(utf8: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: utf8.count) { scalars in
            var (count, features) = TraditionalChinese.table.withUnsafeBufferPointer { table in
                TraditionalChinese.mappedBits.withUnsafeBufferPointer { bits in
                    mapScalars(utf8, into: scalars, simplifying: table, bits: bits)
                }
            }
            var isUnchanged = !features.contains(.altered)
            if features.contains(.parenthesis) {
                let kept = removePinyin(scalars, count: count)
                isUnchanged = isUnchanged && kept == count
                count = kept
            }
            if features.contains(.year) && convertNumeralYears(scalars, count: count) { isUnchanged = false }
            if features.contains(.digit) || features.contains(.year) {
                let kept = joinNumbers(scalars, count: count)
                isUnchanged = isUnchanged && kept == count
                count = kept
            }
            if isUnchanged && !features.contains(.space) { return nil }
            return tidySpaces(UnsafeBufferPointer(rebasing: scalars[..<count]), isUnchanged: isUnchanged)
        }
    }

    /// What a mapped line contains, to skip the steps that cannot change it.
    struct Features: OptionSet {
        var rawValue: UInt8
        /// An ASCII digit.
        static let digit = Features(rawValue: 1)
        /// `(`, which may open inserted pinyin.
        static let parenthesis = Features(rawValue: 2)
        /// 年, which may end a Chinese-numeral year.
        static let year = Features(rawValue: 4)
        /// A space, which step 7 may collapse, remove or trim.
        static let space = Features(rawValue: 8)
        /// A scalar that was mapped to another or dropped.
        static let altered = Features(rawValue: 16)
    }

    /// Stands for a comma that is not a thousands separator until ``tidySpaces(_:isUnchanged:)``
    /// (a noncharacter; one in the input becomes a comma too).
    static let placeholderComma: UInt32 = 0xFDD0

    // MARK: - Step 1–3: per-scalar mapping

    /// Decodes `utf8` and maps each scalar (steps 1–3) into `output`, which must hold at
    /// least `utf8.count` values; `table` and `bits` are ``TraditionalChinese/table`` and
    /// ``TraditionalChinese/mappedBits``.
    ///
    /// - Returns: The number of values written and what they contain.
    static func mapScalars(
        _ utf8: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt32>,
        simplifying table: UnsafeBufferPointer<UInt32>, bits: UnsafeBufferPointer<UInt64>
    ) -> (count: Int, features: Features) {
        var written = 0
        var features: Features = []
        var previous: UInt32 = 0
        var index = 0
        let end = utf8.count
        while index < end {
            let lead = utf8[index]
            if lead >= 0xE4 && lead <= 0xE9 {
                // U+4000–U+9FFF, ideographs: only the Traditional map applies.
                let value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
                let mapped = TraditionalChinese.simplify(value, in: table, bits: bits)
                if mapped == Scalar.year { features.insert(.year) }
                if mapped != value { features.insert(.altered) }
                output[written] = mapped
                written += 1
                previous = value
                continue
            }
            let value = UTF8Codec.decode(utf8, at: &index)
            defer { previous = value }
            let mapped: UInt32
            switch value {
            case 0x20..<0x7F:
                mapped = value
            case 0..<0x20, 0x7F, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                mapped = 0x20
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD:
                features.insert(.altered)
                continue
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F,
                0x301D, 0x301E, 0xFF02:
                mapped = 0x22
            case 0xFF0C:
                let after = index + 2 < end && utf8[index] == 0xEF && utf8[index + 1] == 0xBC
                    && utf8[index + 2] >= 0x90 && utf8[index + 2] <= 0x99
                mapped = isFullWidthDigit(previous) && after ? 0x2C : placeholderComma
            case 0xFF01...0xFF5E: mapped = value - 0xFEE0
            case 0xFE50: mapped = placeholderComma
            case 0xFE52: mapped = 0x2E
            case 0xFE54: mapped = 0x3B
            case 0xFE55: mapped = 0x3A
            case 0xFE59: mapped = 0x28
            case 0xFE5A: mapped = 0x29
            case 0xFE64: mapped = 0x3C
            case 0xFE65: mapped = 0x3E
            case 0xFE6A: mapped = 0x25
            case 0x2212: mapped = 0x2D
            default: mapped = TraditionalChinese.simplify(value, in: table, bits: bits)
            }
            if mapped &- 0x30 < 10 { features.insert(.digit) }
            if mapped == 0x28 { features.insert(.parenthesis) }
            if mapped == 0x20 { features.insert(.space) }
            if mapped == Scalar.year { features.insert(.year) }
            if mapped != value || value == placeholderComma { features.insert(.altered) }
            output[written] = mapped
            written += 1
        }
        return (written, features)
    }

    /// Scalar values the rules name.
    enum Scalar {
        static let year: UInt32 = 0x5E74  // 年
        static let wan: UInt32 = 0x4E07  // 万
        static let yuan: UInt32 = 0x5143  // 元
        static let yi: UInt32 = 0x4EBF  // 亿
        static let qian: UInt32 = 0x5343  // 千
    }

    @inline(__always)
    static func isFullWidthDigit(_ value: UInt32) -> Bool {
        value >= 0xFF10 && value <= 0xFF19
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool {
        value &- 0x30 < 10
    }

    /// CJK ideographs (and the ideographic zero 〇).
    @inline(__always)
    package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        isCJK(scalar.value)
    }

    /// CJK ideographs (and the ideographic zero 〇), by scalar value.
    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x3134F)
            || value == 0x3007
    }

    /// CJK ideographs and CJK punctuation (、。《》【】…), between which spaces are noise.
    @inline(__always)
    static func isCJKOrPunctuation(_ value: UInt32) -> Bool {
        isCJK(value) || (value >= 0x3001 && value <= 0x303F) || value == placeholderComma
    }

    // MARK: - Step 6–7: numbers and spaces

    /// 万 元 亿 千 or `%`.
    @inline(__always)
    static func isUnitStart(_ value: UInt32) -> Bool {
        value == Scalar.wan || value == Scalar.yuan || value == Scalar.yi || value == Scalar.qian || value == 0x25
    }

    /// Removes thousands separators and spaces that split numbers, in place.
    ///
    /// Values are only dropped, never changed, so each one is read before the position it
    /// lands on can be written.
    ///
    /// - Returns: The new count.
    static func joinNumbers(_ buffer: UnsafeMutableBufferPointer<UInt32>, count: Int) -> Int {
        var written = 0
        var index = 0
        while index < count {
            let value = buffer[index]
            guard isDigit(value),
                index == 0 || (!isDigit(buffer[index - 1]) && buffer[index - 1] != 0x2E)
            else {
                buffer[written] = value
                written += 1
                index += 1
                continue
            }
            var end = index
            while end < count && isDigit(buffer[end]) { end += 1 }
            let leadLength = end - index
            // Thousands groups separated by commas (or by single spaces before a decimal/unit).
            if leadLength <= 3, let (groupsEnd, separator) = thousandsGroups(buffer, count: count, from: end) {
                for position in index..<groupsEnd where buffer[position] != separator {
                    buffer[written] = buffer[position]
                    written += 1
                }
                index = groupsEnd
                continue
            }
            for position in index..<end {
                buffer[written] = buffer[position]
                written += 1
            }
            index = end
            // A decimal split by a space: "2941. 59" or "2941 .59".
            if index + 2 < count, buffer[index] == 0x2E, buffer[index + 1] == 0x20, isDigit(buffer[index + 2]) {
                buffer[written] = 0x2E
                written += 1
                index += 2
            } else if index + 2 < count, buffer[index] == 0x20, buffer[index + 1] == 0x2E, isDigit(buffer[index + 2]) {
                index += 1
            }
        }
        return written
    }

    /// From `start` (just after a 1–3 digit lead), the end of a run of `,ddd` groups (or
    /// ` ddd` groups followed by a decimal point or unit), and the separator used.
    static func thousandsGroups(
        _ input: UnsafeMutableBufferPointer<UInt32>, count: Int, from start: Int
    ) -> (Int, UInt32)? {
        guard start < count else { return nil }
        let separator = input[start]
        guard separator == 0x2C || separator == 0x20 else { return nil }
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
        if separator == 0x2C, position + 1 < count, input[position] == 0x2C, isDigit(input[position + 1]) {
            return nil
        }
        guard groups > 0 else { return nil }
        if separator == 0x20 {
            guard position < count else { return nil }
            let next = input[position]
            let decimal = next == 0x2E && position + 1 < count && isDigit(input[position + 1])
            guard decimal || isUnitStart(next) else { return nil }
        }
        return (position, separator)
    }

    /// Collapses space runs, removes spaces between CJK characters and before units, trims,
    /// and turns placeholder commas back into commas.
    ///
    /// - Parameter isUnchanged: Whether the earlier steps left the text as it was.
    /// - Returns: The text, or nil when it is unchanged by this step and the earlier ones.
    static func tidySpaces(_ input: UnsafeBufferPointer<UInt32>, isUnchanged: Bool) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count * 4) { output in
            var isUnchanged = isUnchanged
            var written = 0
            var index = 0
            let count = input.count
            while index < count {
                let value = input[index]
                if value != 0x20 {
                    if value == placeholderComma {
                        output[written] = 0x2C
                        written += 1
                        isUnchanged = false
                    } else {
                        written += UTF8Codec.encode(value, into: output, at: written)
                    }
                    index += 1
                    continue
                }
                var end = index + 1
                while end < count && input[end] == 0x20 { end += 1 }
                if end - index > 1 { isUnchanged = false }
                // A run always follows a character that was written: the one just before it.
                if index > 0 && end < count
                    && !dropsSpace(after: input[index - 1] == placeholderComma ? 0x2C : input[index - 1], before: input[end])
                {
                    output[written] = 0x20
                    written += 1
                } else {
                    isUnchanged = false
                }
                index = end
            }
            return isUnchanged ? nil : String(decoding: UnsafeBufferPointer(rebasing: output[..<written]), as: UTF8.self)
        }
    }

    /// Whether the spaces between the written character `previous` and the scalar `next` go:
    /// between CJK characters or punctuation, between a digit and a unit, and between CJK and
    /// `,` or `)`.
    @inline(__always)
    static func dropsSpace(after previous: UInt32, before next: UInt32) -> Bool {
        if isCJKOrPunctuation(previous) {
            return isCJKOrPunctuation(next) || next == 0x2C || next == 0x29
        }
        return isDigit(previous) && isUnitStart(next)
    }
}
