/// Decoding of HTML character references: numeric (`&#25968;`, `&#x6570;`) and the named ones
/// that occur in Chinese government pages. Unknown names are kept as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "hellip": "…", "mdash": "—", "ndash": "–", "middot": "·",
        "times": "×", "divide": "÷", "yen": "¥", "copy": "©", "reg": "®", "deg": "°",
        "plusmn": "±", "le": "≤", "ge": "≥", "laquo": "«", "raquo": "»", "bull": "•",
        "permil": "‰", "shy": "\u{AD}", "zwsp": "\u{200B}", "lsaquo": "‹", "rsaquo": "›",
        "sup2": "²", "sup3": "³", "frac12": "½", "micro": "µ", "para": "¶", "sect": "§",
    ]

    /// Appends the UTF-8 `text` to `output` with character references replaced.
    ///
    /// A reference is `&` and a name or number, usually ended by `;`; a number that names no
    /// character (or zero) becomes U+FFFD, and an unknown name stays as written.
    ///
    /// - Complexity: O(n); a reference is at most 32 bytes long.
    static func decode(_ text: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) {
        var copied = text.startIndex
        var searched = text.startIndex
        while let ampersand = text[searched...].firstIndex(of: MarkupByte.ampersand) {
            guard let (replacement, length) = reference(text, at: ampersand) else {
                searched = ampersand + 1
                continue
            }
            output.append(contentsOf: text[copied..<ampersand])
            switch replacement {
            case .scalar(let value): UTF8Codec.append(value, to: &output)
            case .text(let string): output.append(contentsOf: string.utf8)
            }
            copied = ampersand + length
            searched = copied
        }
        output.append(contentsOf: text[copied...])
    }

    private enum Replacement {
        case scalar(UInt32)
        case text(String)
    }

    /// The replacement of the reference at `start` (an `&`) and the reference's length in bytes,
    /// or nil when no reference starts there.
    private static func reference(_ text: ArraySlice<UInt8>, at start: Int) -> (Replacement, Int)? {
        var position = start + 1
        let end = text.endIndex
        let limit = min(end, start + 32)
        if position < limit && text[position] == MarkupByte.hash {
            position += 1
            var radix: UInt32 = 10
            if position < limit, text[position] == UInt8(ascii: "x") || text[position] == UInt8(ascii: "X") {
                radix = 16
                position += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while position < limit, let digit = digitValue(text[position], radix: radix) {
                value = value > 0x10FFFF ? value : value * radix + digit
                digits += 1
                position += 1
            }
            guard digits > 0 else { return nil }
            if position < end && text[position] == MarkupByte.semicolon { position += 1 }
            let isCharacter = value != 0 && Unicode.Scalar(value) != nil
            return (.scalar(isCharacter ? value : 0xFFFD), position - start)
        }
        let nameStart = position
        while position < limit, isAlphanumeric(text[position]) { position += 1 }
        guard position > nameStart else { return nil }
        let name = String(decoding: text[nameStart..<position], as: UTF8.self)
        guard let replacement = named[name] ?? named[name.lowercased()] else { return nil }
        if position < end && text[position] == MarkupByte.semicolon { position += 1 }
        return (.text(replacement), position - start)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        let value = UInt32(byte)
        if value >= 0x30 && value <= 0x39 { return value - 0x30 }
        if radix == 16 {
            let lower = value | 0x20
            if lower >= 0x61 && lower <= 0x66 { return lower - 0x61 + 10 }
        }
        return nil
    }
}
