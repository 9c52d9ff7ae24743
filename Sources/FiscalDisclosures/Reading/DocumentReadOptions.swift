/// Limits and choices for ``DocumentReader``.
///
/// The defaults suit real disclosures (a few hundred kilobytes to a few megabytes) with a wide
/// margin, and bound the memory and time a hostile file can take.
public struct DocumentReadOptions: Sendable, Hashable {
    /// The encoding of a text or HTML file; `nil` detects it (BOM, UTF-16 byte pattern, strict
    /// UTF-8, else GB18030) and reports the choice in ``DocumentText/encoding``.
    public var encoding: TextEncoding?
    /// The largest file read, in bytes; larger files fail with ``DocumentReadError/Reason/tooLarge(size:limit:)``
    /// before anything is loaded. Default 64 MiB.
    public var maximumFileSize: Int
    /// The largest total uncompressed size of the parts read from a .docx archive. Default 200 MiB.
    public var maximumUncompressedSize: Int
    /// The most entries a .docx archive may list. Default 10,000.
    public var maximumArchiveEntries: Int
    /// The highest ratio of uncompressed to compressed size of an archive entry (zip bombs).
    /// Default 200; real document XML compresses 5–30×.
    public var maximumCompressionRatio: Int
    /// The deepest element nesting accepted in .docx XML and HTML. Default 512.
    public var maximumNestingDepth: Int
    /// Whether to repair artefacts of PDF-to-text conversion in .txt files (page-number lines,
    /// numbers wrapped across lines). Default true.
    public var repairsPDFArtefacts: Bool

    public init(
        encoding: TextEncoding? = nil,
        maximumFileSize: Int = 64 << 20,
        maximumUncompressedSize: Int = 200 << 20,
        maximumArchiveEntries: Int = 10_000,
        maximumCompressionRatio: Int = 200,
        maximumNestingDepth: Int = 512,
        repairsPDFArtefacts: Bool = true
    ) {
        self.encoding = encoding
        self.maximumFileSize = maximumFileSize
        self.maximumUncompressedSize = maximumUncompressedSize
        self.maximumArchiveEntries = maximumArchiveEntries
        self.maximumCompressionRatio = maximumCompressionRatio
        self.maximumNestingDepth = maximumNestingDepth
        self.repairsPDFArtefacts = repairsPDFArtefacts
    }
}

/// The text encodings FiscalLens decodes. Latin-1 and other single-byte encodings are
/// deliberately absent: they accept any bytes and would turn garbage into text.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, Codable {
    case utf8 = "utf-8"
    /// UTF-8 that starts with a byte-order mark (which is stripped).
    case utf8WithBOM = "utf-8-bom"
    /// GB18030, a superset of GBK and GB2312.
    case gb18030
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"

    /// The encoding named by an HTML `charset` or XML `encoding` label, if supported.
    ///
    /// `gb2312`, `gbk`, `cp936`, `x-gbk` and `gb18030` all map to ``gb18030`` (its superset).
    public init?(label: String) {
        switch label.lowercased().trimmingASCIIWhitespace() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "gb2312", "gbk", "gb18030", "cp936", "x-gbk", "euc-cn", "csgb2312", "chinese", "iso-ir-58":
            self = .gb18030
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "utf-16", "unicode": self = .utf16LittleEndian
        default: return nil
        }
    }
}

extension String {
    package func trimmingASCIIWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
