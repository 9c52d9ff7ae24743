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

    /// `text` with character references replaced.
    ///
    /// - Complexity: O(n); a reference is at most 32 scalars long.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let (replacement, length) = reference(scalars, at: index) else {
                output.append(scalar)
                index += 1
                continue
            }
            output.append(contentsOf: replacement.unicodeScalars)
            index += length
        }
        return String(output)
    }

    private static func reference(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var position = start + 1
        let limit = min(scalars.count, start + 32)
        if position < limit && scalars[position] == "#" {
            position += 1
            var radix: UInt32 = 10
            if position < limit, scalars[position] == "x" || scalars[position] == "X" {
                radix = 16
                position += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while position < limit, let digit = digitValue(scalars[position], radix: radix) {
                value = value > 0x10FFFF ? value : value * radix + digit
                digits += 1
                position += 1
            }
            guard digits > 0 else { return nil }
            if position < scalars.count && scalars[position] == ";" { position += 1 }
            let decoded = Unicode.Scalar(value).map { value == 0 ? "\u{FFFD}" : String($0) } ?? "\u{FFFD}"
            return (decoded, position - start)
        }
        let nameStart = position
        while position < limit, isAlphanumeric(scalars[position]) { position += 1 }
        guard position > nameStart else { return nil }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<position]))
        guard let replacement = named[name] ?? named[name.lowercased()] else { return nil }
        if position < scalars.count && scalars[position] == ";" { position += 1 }
        return (replacement, position - start)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let lower = scalar.value | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        let value = scalar.value
        if value >= 0x30 && value <= 0x39 { return value - 0x30 }
        if radix == 16 {
            let lower = value | 0x20
            if lower >= 0x61 && lower <= 0x66 { return lower - 0x61 + 10 }
        }
        return nil
    }
}
