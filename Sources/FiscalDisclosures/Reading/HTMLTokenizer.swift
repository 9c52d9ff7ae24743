/// A tolerant, linear-time HTML tokenizer over Unicode scalars.
///
/// It yields text, start tags (lower-cased name and attributes) and end tags; comments,
/// doctypes and processing instructions are skipped, and the content of `script`, `style`,
/// `noscript`, `template` and `textarea` is dropped. Malformed markup never fails: a `<` that
/// starts no tag is text, and an unclosed comment or tag runs to the end of the input.
struct HTMLTokenizer {
    enum Token {
        case text(String, line: Int)
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
    }

    private let scalars: [Unicode.Scalar]
    private let rawTextElements: Set<String>
    private var index = 0
    private(set) var line = 1

    /// - Parameters:
    ///   - text: The markup.
    ///   - rawTextElements: Elements whose content is skipped (HTML's script, style …; none
    ///     for XML).
    init(_ text: String, rawTextElements: Set<String> = HTMLTokenizer.htmlRawTextElements) {
        scalars = Array(text.unicodeScalars)
        self.rawTextElements = rawTextElements
    }

    static let htmlRawTextElements: Set<String> = ["script", "style", "noscript", "template", "textarea", "xmp"]

    /// The next token, or nil at the end.
    ///
    /// - Complexity: amortized O(1) per scalar consumed; every scalar is looked at a bounded
    ///   number of times.
    mutating func next() -> Token? {
        while index < scalars.count {
            if scalars[index] != "<" { return text() }
            guard index + 1 < scalars.count else { index += 1; return .text("<", line: line) }
            let following = scalars[index + 1]
            if following == "!" {
                if matches("<!--", at: index) {
                    skip(past: "-->", from: index + 4)
                } else {
                    skip(past: ">", from: index + 2)
                }
                continue
            }
            if following == "?" {
                skip(past: ">", from: index + 2)
                continue
            }
            if following == "/" || isLetter(following) {
                if let token = tag() { return token }
                continue
            }
            index += 1
            return .text("<", line: line)
        }
        return nil
    }

    // MARK: - Pieces

    private mutating func text() -> Token {
        let start = index
        let startLine = line
        while index < scalars.count && scalars[index] != "<" {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
        return .text(String(String.UnicodeScalarView(scalars[start..<index])), line: startLine)
    }

    private mutating func tag() -> Token? {
        let isEnd = scalars[index + 1] == "/"
        var position = index + (isEnd ? 2 : 1)
        let nameStart = position
        while position < scalars.count, !isSpace(scalars[position]), scalars[position] != ">", scalars[position] != "/" {
            position += 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<position])).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        // Attributes until '>'.
        while position < scalars.count && scalars[position] != ">" {
            let scalar = scalars[position]
            if isSpace(scalar) {
                if scalar == "\n" { line += 1 }
                position += 1
                continue
            }
            if scalar == "/" {
                selfClosing = true
                position += 1
                continue
            }
            selfClosing = false
            let attributeStart = position
            while position < scalars.count, !isSpace(scalars[position]), scalars[position] != "=", scalars[position] != ">" {
                position += 1
            }
            let attributeName = String(String.UnicodeScalarView(scalars[attributeStart..<position])).lowercased()
            while position < scalars.count && isSpace(scalars[position]) { position += 1 }
            var value = ""
            if position < scalars.count && scalars[position] == "=" {
                position += 1
                while position < scalars.count && isSpace(scalars[position]) { position += 1 }
                if position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" {
                    let quote = scalars[position]
                    let valueStart = position + 1
                    position = valueStart
                    while position < scalars.count && scalars[position] != quote {
                        if scalars[position] == "\n" { line += 1 }
                        position += 1
                    }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<min(position, scalars.count)]))
                    if position < scalars.count { position += 1 }
                } else {
                    let valueStart = position
                    while position < scalars.count, !isSpace(scalars[position]), scalars[position] != ">" { position += 1 }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<position]))
                }
            }
            if !attributeName.isEmpty && attributes.count < 64 { attributes[attributeName] = value }
        }
        index = min(position + 1, scalars.count)
        if isEnd { return .end(name: name) }
        if rawTextElements.contains(name) && !selfClosing {
            skipRawText(name)
            return nil
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// Skips to just past `</name` … `>` (ASCII case-insensitive), or to the end.
    private mutating func skipRawText(_ name: String) {
        let closing = Array(("</" + name).unicodeScalars)
        while index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            if scalars[index] == "<" && matchesIgnoringCase(closing, at: index) {
                skip(past: ">", from: index + closing.count)
                return
            }
            index += 1
        }
    }

    private mutating func skip(past terminator: String, from start: Int) {
        let pattern = Array(terminator.unicodeScalars)
        var position = start
        while position < scalars.count {
            if scalars[position] == "\n" { line += 1 }
            if scalars[position] == pattern[0] && matches(terminator, at: position) {
                index = position + pattern.count
                return
            }
            position += 1
        }
        index = scalars.count
    }

    private func matches(_ pattern: String, at position: Int) -> Bool {
        var offset = position
        for scalar in pattern.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }

    private func matchesIgnoringCase(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + pattern.count <= scalars.count else { return false }
        for (offset, scalar) in pattern.enumerated() {
            let candidate = scalars[position + offset]
            if candidate != scalar && Self.lower(candidate) != scalar { return false }
        }
        return true
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }
}
