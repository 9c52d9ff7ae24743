import FiscalDisclosures
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What one input is fed to. The raw value is the first byte of a saved input.
enum FuzzTarget: UInt8, CaseIterable, CustomStringConvertible {
    /// The whole text path: decoding, PDF repair, layout, normalization.
    case text = 0
    /// The HTML reader.
    case html
    /// Raw .docx bytes through ZIPFoundation and the limits.
    case docxArchive
    /// WordprocessingML through the XML parser and the table builder.
    case docxXML
    /// The normalizer, line by line.
    case normalizer
    /// Reading then extraction and the single-document checks (text and HTML inputs).
    case extractor

    var description: String {
        switch self {
        case .text: "text reader"
        case .html: "HTML reader"
        case .docxArchive: "docx archive"
        case .docxXML: "docx XML"
        case .normalizer: "normalizer"
        case .extractor: "extractor"
        }
    }

    var maximumLength: Int {
        switch self {
        case .docxArchive: 16_384
        case .normalizer: 512
        default: 4_096
        }
    }

    enum Outcome: Equatable {
        case read, threw
    }

    static let options = DocumentReadOptions(maximumUncompressedSize: 8 << 20)

    func run(_ input: [UInt8]) -> Outcome {
        do {
            switch self {
            case .text: _ = try DocumentReader.read(bytes: input, name: "fuzz.txt", format: .text, options: Self.options)
            case .html: _ = try DocumentReader.read(bytes: input, name: "fuzz.html", format: .html, options: Self.options)
            case .docxArchive: _ = try DocumentReader.read(bytes: input, name: "fuzz.docx", format: .docx, options: Self.options)
            case .docxXML: _ = try DocxReader.read(documentXML: Data(input), name: "fuzz.docx", options: Self.options)
            case .extractor:
                let format: SourceFormat = input.starts(with: Array("<".utf8)) ? .html : .text
                let text = try DocumentReader.read(bytes: input, name: "fuzz.txt", format: format, options: Self.options)
                _ = DisclosureExtractor().extract(text)
            case .normalizer:
                for line in String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                    _ = TextNormalizer.normalize(line)
                }
            }
            return .read
        } catch {
            _ = error.description
            return .threw
        }
    }
}

/// Seed inputs per target, loaded from files.
struct FuzzCorpus {
    private var texts: [[UInt8]] = []
    private var htmls: [[UInt8]] = []
    private var archives: [[UInt8]] = []
    private var xmls: [[UInt8]] = []
    private(set) var count = 0

    init(files: [String]) {
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let bytes = [UInt8](data)
            count += 1
            switch (file as NSString).pathExtension.lowercased() {
            case "docx":
                archives.append(bytes)
                if let xml = try? DocxReader.documentXML(bytes, name: file, options: DocumentReadOptions()) {
                    xmls.append([UInt8](xml))
                }
            case "html", "htm": htmls.append(bytes)
            default: texts.append(bytes)
            }
        }
        if xmls.isEmpty {
            xmls.append(Array(#"<w:document><w:body><w:p><w:r><w:t>预算</w:t></w:r></w:p></w:body></w:document>"#.utf8))
        }
        if htmls.isEmpty { htmls.append(Array("<table><tr><td>项目</td><td>1</td></tr></table>".utf8)) }
        if archives.isEmpty { archives.append([0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)) }
    }

    var isEmpty: Bool { count == 0 }

    func seeds(for target: FuzzTarget) -> [[UInt8]] {
        switch target {
        case .text, .normalizer: texts.isEmpty ? htmls : texts
        case .extractor: texts + htmls
        case .html: htmls + texts.prefix(2)
        case .docxArchive: archives
        case .docxXML: xmls
        }
    }
}

func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
