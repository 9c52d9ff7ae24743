/// SplitMix64: a small, fast, seedable generator, so that a run is reproducible from its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }
}

/// Byte-level mutations biased towards the structures the readers care about.
struct Mutator {
    var random: SplitMix64

    /// Fragments that reach the interesting branches: table layouts, markup, numbers,
    /// encodings, page numbers, pinyin and numeral years.
    static let tokens: [[UInt8]] = [
        "\t", "\t\t\t", "\n", "\r\n", "\r", " |", "|", " | ||||", "|---|", "\n\n", "  ", "\u{3000}",
        "<table>", "</table>", "<tr>", "</tr>", "<td colspan=\"999999\">", "<td rowspan=\"70000\">", "</td>",
        "<th>", "<br>", "<p>", "</p>", "<div>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[",
        "&amp;", "&#x", "&#", "&#99999999;", "&nbsp", "<meta charset=gbk>", "<meta charset=utf-16>",
        "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>",
        "<w:gridSpan w:val=\"9999\"/>", "<w:vMerge/>", "<w:br/>", "<w:tab/>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "单位：万元", "单位", "- 3 -", "第 3 页", "3 / 12", "2941.", "59万元", "25,422.73", "２５，４２２．７３",
        "二〇一七年", "二○", "經(jīng)費(fèi)", "(", ")", "（", "）", "“", "”", "「", "」", "项目", "行次", "栏次",
        "合计", "≥80%", "——", "\u{FEFF}", "\u{FFFD}", "\u{200B}", "𠀀",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC0], [0xE4, 0xB8],
        [0x81, 0x30], [0x95, 0x32, 0x82, 0x36], [0xED, 0xA0, 0x80], [0x50, 0x4B, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46]]

    /// A mutated copy of a window of `seed`, occasionally spliced with `other`.
    mutating func mutate(_ seed: [UInt8], other: [UInt8], maximumLength: Int) -> [UInt8] {
        var data: [UInt8]
        if seed.count > maximumLength {
            let start = random.below(seed.count - maximumLength)
            data = Array(seed[start..<start + maximumLength])
        } else {
            data = seed
        }
        let rounds = 1 + random.below(8)
        for _ in 0..<rounds { mutateOnce(&data, other: other) }
        if data.count > maximumLength * 2 { data.removeSubrange((maximumLength * 2)...) }
        return data
    }

    private mutating func mutateOnce(_ data: inout [UInt8], other: [UInt8]) {
        let position = data.isEmpty ? 0 : random.below(data.count + 1)
        switch random.below(10) {
        case 0 where !data.isEmpty:
            let index = random.below(data.count)
            data[index] ^= UInt8(1 << random.below(8))
        case 1 where !data.isEmpty:
            data[random.below(data.count)] = UInt8(truncatingIfNeeded: random.next())
        case 2, 3:
            data.insert(contentsOf: Self.tokens[random.below(Self.tokens.count)], at: position)
        case 4 where !data.isEmpty:
            let length = min(data.count - min(position, data.count - 1), 1 + random.below(64))
            let start = min(position, data.count - 1)
            data.removeSubrange(start..<min(data.count, start + length))
        case 5 where !data.isEmpty:
            let start = min(position, data.count - 1)
            let length = min(data.count - start, 1 + random.below(256))
            let chunk = Array(data[start..<start + length])
            let copies = 1 + random.below(16)
            for _ in 0..<copies { data.insert(contentsOf: chunk, at: start) }
        case 6 where !other.isEmpty:
            let start = random.below(other.count)
            let length = min(other.count - start, 1 + random.below(512))
            data.insert(contentsOf: other[start..<start + length], at: position)
        case 7 where !data.isEmpty:
            data.removeSubrange(random.below(data.count)...)
        case 8:
            let count = 1 + random.below(16)
            data.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position)
        default:
            data.insert(contentsOf: Self.tokens[random.below(Self.tokens.count)], at: position)
        }
    }
}
