/// A tolerant, linear-time HTML tokenizer over UTF-8 bytes.
///
/// It yields text, start tags (lower-cased name and attributes) and end tags; comments,
/// doctypes and processing instructions are skipped, and the content of `script`, `style`,
/// `noscript`, `template` and `textarea` is dropped. Malformed markup never fails: a `<` that
/// starts no tag is text, and an unclosed comment or tag runs to the end of the input.
///
/// Every delimiter of the markup is ASCII and no byte of a multi-byte UTF-8 sequence is, so
/// scanning bytes finds the same tokens as scanning Unicode scalars. Tokens hold positions in
/// the input, not copies: text is read with ``text(_:)`` and attributes are parsed only when
/// asked for (``attributes(at:)``), so a tag costs no allocation beyond its name.
struct HTMLTokenizer {
    enum Token {
        /// Text: its bytes in the input (see ``text(_:)``) and the line it starts on.
        case text(Range<Int>, line: Int)
        /// A start tag: its lower-cased name, where its attributes start (see
        /// ``attributes(at:)``), and whether it ends with `/>`.
        case start(name: String, attributes: Int, selfClosing: Bool)
        case end(name: String)
    }

    private let bytes: [UInt8]
    private let rawTextElements: Set<String>
    private var index = 0
    private(set) var line = 1

    /// - Parameters:
    ///   - text: The markup.
    ///   - rawTextElements: Elements whose content is skipped (HTML's script, style …; none
    ///     for XML).
    init(_ text: String, rawTextElements: Set<String> = HTMLTokenizer.htmlRawTextElements) {
        self.init(validUTF8: Array(text.utf8), rawTextElements: rawTextElements)
    }

    /// Tokenizes bytes already known to be valid UTF-8 (text slices are decoded by their
    /// consumers, and bytes joined across tokens must stay valid).
    init(validUTF8 bytes: [UInt8], rawTextElements: Set<String> = HTMLTokenizer.htmlRawTextElements) {
        self.bytes = bytes
        self.rawTextElements = rawTextElements
    }

    static let htmlRawTextElements: Set<String> = ["script", "style", "noscript", "template", "textarea", "xmp"]
    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)
    private static let tagClosing = [MarkupByte.greaterThan]

    /// The UTF-8 bytes of a ``Token/text(_:line:)`` token.
    func text(_ range: Range<Int>) -> ArraySlice<UInt8> {
        bytes[range]
    }

    /// The attributes of a ``Token/start(name:attributes:selfClosing:)`` token.
    func attributes(at start: Int) -> Attributes {
        Attributes(bytes: bytes, start: start)
    }

    /// The next token, or nil at the end.
    ///
    /// - Complexity: amortized O(1) per byte consumed; every byte is looked at a bounded number
    ///   of times.
    mutating func next() -> Token? {
        while index < bytes.count {
            if bytes[index] != MarkupByte.lessThan { return text() }
            guard index + 1 < bytes.count else { return lessThanAsText() }
            let following = bytes[index + 1]
            if following == MarkupByte.exclamation {
                if matches(Self.commentOpening, at: index) {
                    skip(past: Self.commentClosing, from: index + 4)
                } else {
                    skip(past: Self.tagClosing, from: index + 2)
                }
                continue
            }
            if following == MarkupByte.question {
                skip(past: Self.tagClosing, from: index + 2)
                continue
            }
            if following == MarkupByte.slash || MarkupByte.isLetter(following) {
                if let token = tag() { return token }
                continue
            }
            return lessThanAsText()
        }
        return nil
    }

    // MARK: - Pieces

    private mutating func lessThanAsText() -> Token {
        index += 1
        return .text(index - 1..<index, line: line)
    }

    private mutating func text() -> Token {
        let start = index
        let startLine = line
        while index < bytes.count && bytes[index] != MarkupByte.lessThan {
            if bytes[index] == MarkupByte.lineFeed { line += 1 }
            index += 1
        }
        return .text(start..<index, line: startLine)
    }

    private mutating func tag() -> Token? {
        let isEnd = bytes[index + 1] == MarkupByte.slash
        var position = index + (isEnd ? 2 : 1)
        let nameStart = position
        while position < bytes.count, !MarkupByte.isSpace(bytes[position]), bytes[position] != MarkupByte.greaterThan,
            bytes[position] != MarkupByte.slash
        {
            position += 1
        }
        let name = MarkupByte.lowercased(bytes[nameStart..<position])
        var selfClosing = false
        let attributesStart = position
        let end = Attributes.scan(bytes, from: attributesStart, selfClosing: &selfClosing, lines: &line) { _, _ in }
        index = min(end + 1, bytes.count)
        if isEnd { return .end(name: name) }
        if !selfClosing && !rawTextElements.isEmpty && rawTextElements.contains(name) {
            skipRawText(name)
            return nil
        }
        return .start(name: name, attributes: attributesStart, selfClosing: selfClosing)
    }

    /// Skips to just past `</name` … `>` (ASCII case-insensitive), or to the end.
    private mutating func skipRawText(_ name: String) {
        let closing = [MarkupByte.lessThan, MarkupByte.slash] + Array(name.utf8)
        while index < bytes.count {
            if bytes[index] == MarkupByte.lineFeed { line += 1 }
            if bytes[index] == MarkupByte.lessThan && matchesIgnoringCase(closing, at: index) {
                skip(past: Self.tagClosing, from: index + closing.count)
                return
            }
            index += 1
        }
    }

    private mutating func skip(past pattern: [UInt8], from start: Int) {
        var position = start
        while position < bytes.count {
            if bytes[position] == MarkupByte.lineFeed { line += 1 }
            if bytes[position] == pattern[0] && matches(pattern, at: position) {
                index = position + pattern.count
                return
            }
            position += 1
        }
        index = bytes.count
    }

    private func matches(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[position + offset] != pattern[offset] { return false }
        return true
    }

    /// Whether `pattern` (lower-case) is at `position`, ASCII letters of the input in either case.
    private func matchesIgnoringCase(_ pattern: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where MarkupByte.lower(bytes[position + offset]) != pattern[offset] { return false }
        return true
    }
}

extension HTMLTokenizer {
    /// The attributes of a start tag, parsed from the tag's bytes when looked up.
    ///
    /// Names are lower-cased, values kept as written (no entity decoding); a repeated name keeps
    /// its last value, and at most 64 distinct names are kept (later new names are dropped).
    struct Attributes {
        fileprivate let bytes: [UInt8]
        /// Just past the tag's name.
        fileprivate let start: Int

        /// The value of the attribute `name` (lower-case), or nil when the tag has none.
        ///
        /// - Complexity: O(n) in the length of the tag.
        subscript(name: String) -> String? {
            var found: Range<Int>?
            var named = 0
            var selfClosing = false
            var lines = 0
            let target = Array(name.utf8)
            _ = Self.scan(bytes, from: start, selfClosing: &selfClosing, lines: &lines) { key, value in
                guard !key.isEmpty else { return }
                named += 1
                if MarkupByte.lowercasedEquals(bytes[key], target) { found = value }
            }
            // Past 64 names the cap on distinct names decides which are kept.
            if named > 64 { return dictionary[name] }
            return found.map { String(decoding: bytes[$0], as: UTF8.self) }
        }

        /// All attributes, by lower-cased name.
        var dictionary: [String: String] {
            var attributes: [String: String] = [:]
            var selfClosing = false
            var lines = 0
            _ = Self.scan(bytes, from: start, selfClosing: &selfClosing, lines: &lines) { key, value in
                let name = MarkupByte.lowercased(bytes[key])
                if !name.isEmpty && attributes.count < 64 {
                    attributes[name] = String(decoding: bytes[value], as: UTF8.self)
                }
            }
            return attributes
        }

        /// Walks the attributes of a tag from `start` (just past its name) to its closing `>`.
        ///
        /// Calls `visit` with the byte ranges of each name and value (empty without `=`), sets
        /// `selfClosing` when the last thing before `>` is `/`, and counts line feeds in the
        /// whitespace between attributes and inside quoted values into `lines`.
        ///
        /// - Returns: The position of the closing `>`, or the end of `bytes`.
        /// - Complexity: O(n) in the length of the tag.
        @inline(__always)
        fileprivate static func scan(
            _ bytes: [UInt8], from start: Int, selfClosing: inout Bool, lines: inout Int,
            visit: (Range<Int>, Range<Int>) -> Void
        ) -> Int {
            var position = start
            let count = bytes.count
            while position < count && bytes[position] != MarkupByte.greaterThan {
                let byte = bytes[position]
                if MarkupByte.isSpace(byte) {
                    if byte == MarkupByte.lineFeed { lines += 1 }
                    position += 1
                    continue
                }
                if byte == MarkupByte.slash {
                    selfClosing = true
                    position += 1
                    continue
                }
                selfClosing = false
                let nameStart = position
                while position < count, !MarkupByte.isSpace(bytes[position]), bytes[position] != MarkupByte.equals,
                    bytes[position] != MarkupByte.greaterThan
                {
                    position += 1
                }
                let name = nameStart..<position
                while position < count && MarkupByte.isSpace(bytes[position]) { position += 1 }
                var value = position..<position
                if position < count && bytes[position] == MarkupByte.equals {
                    position += 1
                    while position < count && MarkupByte.isSpace(bytes[position]) { position += 1 }
                    if position < count, bytes[position] == MarkupByte.quote || bytes[position] == MarkupByte.apostrophe {
                        let quote = bytes[position]
                        position += 1
                        let valueStart = position
                        while position < count && bytes[position] != quote {
                            if bytes[position] == MarkupByte.lineFeed { lines += 1 }
                            position += 1
                        }
                        value = valueStart..<position
                        if position < count { position += 1 }
                    } else {
                        let valueStart = position
                        while position < count, !MarkupByte.isSpace(bytes[position]), bytes[position] != MarkupByte.greaterThan {
                            position += 1
                        }
                        value = valueStart..<position
                    }
                }
                visit(name, value)
            }
            return position
        }
    }
}
