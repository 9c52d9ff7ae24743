extension TextNormalizer {
    /// Letters that occur in Hanyu Pinyin, with and without tone marks.
    static let toneMarked: Set<UInt32> = Set(
        "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars.map(\.value))

    @inline(__always)
    static func isPinyinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || scalar == "ü" || toneMarked.contains(scalar.value)
    }

    /// Removes `(pīnyīn)` runs placed right after a CJK character.
    ///
    /// The parenthesized text must be 1–4 syllables of pinyin letters (space-separated), at
    /// most 30 scalars, and carry a tone mark or a tone digit 1–5; otherwise it is kept.
    ///
    /// - Complexity: O(n); each scan looks ahead at most 32 scalars.
    static func removePinyin(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains("(") else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        let count = input.count
        while index < count {
            let scalar = input[index]
            if scalar == "(", let previous = output.last, isCJK(previous),
                let close = pinyinRunEnd(input, open: index)
            {
                index = close + 1
                continue
            }
            output.append(scalar)
            index += 1
        }
        return output
    }

    /// The index of the `)` closing a pinyin run opened at `open`, or nil.
    static func pinyinRunEnd(_ input: [Unicode.Scalar], open: Int) -> Int? {
        var position = open + 1
        var hasTone = false
        var letters = 0
        var syllables = 0
        var inSyllable = false
        let limit = min(input.count, open + 32)
        while position < limit {
            let scalar = input[position]
            if scalar == ")" {
                if inSyllable { syllables += 1 }
                return hasTone && letters > 0 && syllables <= 4 ? position : nil
            }
            if isPinyinLetter(scalar) {
                if toneMarked.contains(scalar.value) { hasTone = true }
                letters += 1
                inSyllable = true
            } else if scalar.value >= 0x31 && scalar.value <= 0x35 && inSyllable {
                hasTone = true
                syllables += 1
                inSyllable = false
            } else if scalar == " " || scalar == "'" {
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
    static func numeralDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "〇", "○", "零", "O", "o", "Ｏ": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// Rewrites four Chinese numeral digits followed by 年 as a year in ASCII digits:
    /// 二〇一七年 → 2017年. The run must be exactly four digits starting with 一 or 二 and
    /// containing at least one zero-like or digit character that is not a Latin letter.
    static func convertNumeralYears(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.contains("年") else { return }
        var index = 0
        while index + 4 < scalars.count {
            guard scalars[index + 4] == "年",
                scalars[index] == "一" || scalars[index] == "二",
                index == 0 || (numeralDigit(scalars[index - 1]) == nil && !"十百千万".unicodeScalars.contains(scalars[index - 1]))
            else {
                index += 1
                continue
            }
            var digits: [UInt32] = []
            for offset in 0..<4 {
                guard let digit = numeralDigit(scalars[index + offset]) else { break }
                digits.append(digit)
            }
            if digits.count == 4 {
                for offset in 0..<4 {
                    scalars[index + offset] = Unicode.Scalar(0x30 + digits[offset])!
                }
                index += 5
            } else {
                index += 1
            }
        }
    }
}
