/// Finds the money unit stated by a line such as 单位：万元, 金额单位：万元 or (单位:元).
enum TableUnit {
    /// The unit of `table`: from a cell of its first two rows, else from the last of up to
    /// three normalized lines written just above it.
    static func unit(of table: Table, above: [String]) -> String? {
        for row in table.rows.prefix(2) {
            for cell in row where !cell.isContinuation {
                if let unit = unit(in: cell.text) { return unit }
            }
        }
        for text in above.suffix(3).reversed() {
            if let unit = unit(in: text) { return unit }
        }
        return nil
    }

    /// The unit word (`"万元"`, `"元"`, `"亿元"`, `"千元"`) named after 单位 in normalized text,
    /// past any `:`, spaces and 为 between them.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes.
    static func unit(in text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable(unit(utf8:))
            ?? Array(text.utf8).withUnsafeBufferPointer(unit(utf8:))
    }

    /// ``unit(in:)`` over valid UTF-8.
    static func unit(utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let count = utf8.count
        var index = 0
        while index + 6 <= count {
            guard has(UTF8Word.dan, in: utf8, at: index), has(UTF8Word.wei, in: utf8, at: index + 3) else {
                index += 1
                continue
            }
            var position = index + 6
            while position < count {
                if utf8[position] == 0x3A || utf8[position] == 0x20 {
                    position += 1
                } else if has(UTF8Word.wei4, in: utf8, at: position) {
                    position += 3
                } else {
                    break
                }
            }
            if let unit = unitWord(utf8, at: position) { return unit }
            index += 6
        }
        return nil
    }

    /// The UTF-8 forms of the characters of a unit statement.
    enum UTF8Word {
        static let dan: (UInt8, UInt8, UInt8) = (0xE5, 0x8D, 0x95)  // 单
        static let wei: (UInt8, UInt8, UInt8) = (0xE4, 0xBD, 0x8D)  // 位
        static let wei4: (UInt8, UInt8, UInt8) = (0xE4, 0xB8, 0xBA)  // 为
        static let yuan: (UInt8, UInt8, UInt8) = (0xE5, 0x85, 0x83)  // 元
        static let wan: (UInt8, UInt8, UInt8) = (0xE4, 0xB8, 0x87)  // 万
        static let yi: (UInt8, UInt8, UInt8) = (0xE4, 0xBA, 0xBF)  // 亿
        static let qian: (UInt8, UInt8, UInt8) = (0xE5, 0x8D, 0x83)  // 千
    }

    /// Whether the three bytes at `position` of `utf8` are `word`.
    @inline(__always)
    static func has(_ word: (UInt8, UInt8, UInt8), in utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        position + 3 <= utf8.count && utf8[position] == word.0 && utf8[position + 1] == word.1
            && utf8[position + 2] == word.2
    }

    /// 元, or 万 亿 千 followed by 元, at `position`.
    static func unitWord(_ utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> String? {
        if has(UTF8Word.yuan, in: utf8, at: position) { return "元" }
        guard has(UTF8Word.yuan, in: utf8, at: position + 3) else { return nil }
        if has(UTF8Word.wan, in: utf8, at: position) { return "万元" }
        if has(UTF8Word.yi, in: utf8, at: position) { return "亿元" }
        if has(UTF8Word.qian, in: utf8, at: position) { return "千元" }
        return nil
    }
}
