/// A text encoding for reading CSV files.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Detect: a byte-order mark first, then strict UTF-8, then GB18030. The choice is reported
    /// in ``CSVReadResult/encoding``.
    case auto
    /// UTF-8, with or without a byte-order mark (which is stripped).
    case utf8
    /// GB18030, a superset of GBK and GB2312, as exported by Chinese office software.
    case gb18030
    /// UTF-16 little-endian (a byte-order mark, if present, is stripped).
    case utf16LittleEndian = "utf16le"
    /// UTF-16 big-endian (a byte-order mark, if present, is stripped).
    case utf16BigEndian = "utf16be"

    public var description: String { rawValue }

    /// Parses a user spelling: `auto`, `utf8`/`utf-8`, `gb18030`/`gbk`/`gb2312`,
    /// `utf16le`/`utf-16le`, `utf16be`/`utf-16be`.
    public init?(spelling: String) {
        let key = spelling.lowercased().replacingAll("-", with: "").replacingAll("_", with: "")
        switch key {
        case "auto": self = .auto
        case "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "utf16le": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        default: return nil
        }
    }
}

/// Why bytes could not be decoded.
public struct TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The encoding that was tried (for `auto`, the last one).
    public var encoding: TextEncoding
    /// The byte offset of the first undecodable byte, when known.
    public var byteOffset: Int?
    /// Extra detail.
    public var reason: String

    public var description: String {
        let position = byteOffset.map { " at byte \($0)" } ?? ""
        return "the bytes are not valid \(encoding)\(position): \(reason)"
    }
}

extension String {
    package func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
