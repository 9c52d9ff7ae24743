extension TextNormalizer {
    /// Letters that occur in Hanyu Pinyin, with and without tone marks.
    static let toneMarked: Set<UInt32> = Set(
        "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars.map(\.value))

    @inline(__always)
    static func isPinyinLetter(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || value == 0xFC || toneMarked.contains(value)
    }

    /// Removes `(pīnyīn)` runs placed right after a CJK character, in place.
    ///
    /// The parenthesized text must be 1–4 syllables of pinyin letters (space-separated), at
    /// most 30 scalars, and carry a tone mark or a tone digit 1–5; otherwise it is kept.
    ///
    /// - Returns: The new count.
    /// - Complexity: O(n); each scan looks ahead at most 32 scalars.
    static func removePinyin(_ buffer: UnsafeMutableBufferPointer<UInt32>, count: Int) -> Int {
        var written = 0
        var index = 0
        while index < count {
            let value = buffer[index]
            if value == 0x28, written > 0, isCJK(buffer[written - 1]),
                let close = pinyinRunEnd(buffer, count: count, open: index)
            {
                index = close + 1
                continue
            }
            buffer[written] = value
            written += 1
            index += 1
        }
        return written
    }

    /// The index of the `)` closing a pinyin run opened at `open`, or nil.
    static func pinyinRunEnd(_ input: UnsafeMutableBufferPointer<UInt32>, count: Int, open: Int) -> Int? {
        var position = open + 1
        var hasTone = false
        var letters = 0
        var syllables = 0
        var inSyllable = false
        let limit = min(count, open + 32)
        while position < limit {
            let value = input[position]
            if value == 0x29 {
                if inSyllable { syllables += 1 }
                return hasTone && letters > 0 && syllables <= 4 ? position : nil
            }
            if isPinyinLetter(value) {
                if toneMarked.contains(value) { hasTone = true }
                letters += 1
                inSyllable = true
            } else if value >= 0x31 && value <= 0x35 && inSyllable {
                hasTone = true
                syllables += 1
                inSyllable = false
            } else if value == 0x20 || value == 0x27 {
                if inSyllable { syllables += 1 }
                inSyllable = false
            } else {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The value of a Chinese numeral digit used in years (〇 ○ 零 一 … 九), or nil.
    static func numeralDigit(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x3007, 0x25CB, 0x96F6, 0x4F, 0x6F, 0xFF2F: 0  // 〇 ○ 零 O o Ｏ
        case 0x4E00: 1  // 一
        case 0x4E8C: 2  // 二
        case 0x4E09: 3  // 三
        case 0x56DB: 4  // 四
        case 0x4E94: 5  // 五
        case 0x516D: 6  // 六
        case 0x4E03: 7  // 七
        case 0x516B: 8  // 八
        case 0x4E5D: 9  // 九
        default: nil
        }
    }

    /// Rewrites four Chinese numeral digits followed by 年 as a year in ASCII digits:
    /// 二〇一七年 → 2017年. The run must be exactly four digits starting with 一 or 二 and
    /// not preceded by a numeral digit or 十 百 千 万.
    ///
    /// - Returns: Whether a year was rewritten.
    static func convertNumeralYears(_ scalars: UnsafeMutableBufferPointer<UInt32>, count: Int) -> Bool {
        var hasConverted = false
        var index = 0
        while index + 4 < count {
            guard scalars[index + 4] == Scalar.year,
                scalars[index] == 0x4E00 || scalars[index] == 0x4E8C,
                index == 0 || (numeralDigit(scalars[index - 1]) == nil && !isMultiplier(scalars[index - 1]))
            else {
                index += 1
                continue
            }
            guard let d0 = numeralDigit(scalars[index]), let d1 = numeralDigit(scalars[index + 1]),
                let d2 = numeralDigit(scalars[index + 2]), let d3 = numeralDigit(scalars[index + 3])
            else {
                index += 1
                continue
            }
            scalars[index] = 0x30 + d0
            scalars[index + 1] = 0x30 + d1
            scalars[index + 2] = 0x30 + d2
            scalars[index + 3] = 0x30 + d3
            hasConverted = true
            index += 5
        }
        return hasConverted
    }

    /// 十 百 千 万, which make a numeral before them part of a larger number.
    @inline(__always)
    static func isMultiplier(_ value: UInt32) -> Bool {
        value == 0x5341 || value == 0x767E || value == Scalar.qian || value == Scalar.wan
    }
}
