/// The ASCII bytes markup is delimited by, and byte-level tests and case mapping for the
/// markup readers (``HTMLTokenizer``, ``HTMLEntities``, ``HTMLDocumentBuilder``).
enum MarkupByte {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let exclamation = UInt8(ascii: "!")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let ampersand = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let slash = UInt8(ascii: "/")
    static let semicolon = UInt8(ascii: ";")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")

    /// Space, tab, line feed, carriage return or form feed: the separators inside a tag.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == lineFeed || byte == tab || byte == carriageReturn || byte == 0x0C
    }

    /// An ASCII letter.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// `byte` with an ASCII capital made lower-case; every other byte unchanged.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// The UTF-8 `bytes` as a lower-cased string: ASCII mapped byte by byte, anything else by
    /// Unicode's full case mapping (`String.lowercased()`).
    static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { (buffer: UnsafeMutableBufferPointer<UInt8>) -> Int in
            for (offset, byte) in zip(buffer.indices, bytes) { buffer[offset] = lower(byte) }
            return bytes.count
        }
    }

    /// Whether the UTF-8 `bytes`, lower-cased as ``lowercased(_:)`` does, equal `target`.
    static func lowercasedEquals(_ bytes: ArraySlice<UInt8>, _ target: [UInt8]) -> Bool {
        if bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self).lowercased().utf8.elementsEqual(target)
        }
        return bytes.count == target.count && zip(bytes, target).allSatisfy { lower($0) == $1 }
    }

    /// Whether every character of the UTF-8 `bytes` is whitespace (`Character.isWhitespace`);
    /// true for no bytes.
    static func isAllWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
        }
        // ASCII White_Space: tab, line feed, vertical tab, form feed, carriage return, space.
        return bytes.allSatisfy { $0 == space || ($0 >= 0x09 && $0 <= 0x0D) }
    }
}
