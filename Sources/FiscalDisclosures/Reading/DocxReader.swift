import Foundation
import ZIPFoundation

/// Reads .docx disclosures: opens the archive with ZIPFoundation under size, entry-count and
/// compression-ratio limits, then parses `word/document.xml` (``DocxDocumentParser``).
enum DocxReader {
    static let documentPart = "word/document.xml"

    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        let xml = try documentXML(bytes, name: name, options: options)
        var parser = DocxDocumentParser(file: name, maximumDepth: options.maximumNestingDepth)
        try parser.parse(xml)
        return DocumentText(source: name, encoding: "utf-8", format: .docx, blocks: parser.blocks,
            sourceLines: parser.sourceLines, diagnostics: parser.diagnostics)
    }

    /// The bytes of the main document part, extracted under the configured limits.
    ///
    /// - Throws: `.truncatedArchive` when the archive's directory is missing or damaged,
    ///   `.limitExceeded` for too many entries, a part bigger than the uncompressed limit or a
    ///   compression ratio beyond the limit (a zip bomb), `.corruptContent` when there is no
    ///   `word/document.xml` or its data is damaged.
    static func documentXML(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentReadError(file: name, reason: .truncatedArchive("the zip directory is missing or damaged (\(error))"))
        }
        var entries = 0
        var document: Entry?
        for entry in archive {
            entries += 1
            if entries > options.maximumArchiveEntries {
                throw DocumentReadError(file: name, reason: .limitExceeded(
                    "the archive lists more than \(options.maximumArchiveEntries) entries"))
            }
            if entry.path == documentPart { document = entry }
        }
        if entries == 0 {
            throw DocumentReadError(file: name, reason: .truncatedArchive("the archive has no entries"))
        }
        guard let document else {
            throw DocumentReadError(file: name, reason: .corruptContent("no \(documentPart): not a Word document"))
        }
        let limit = options.maximumUncompressedSize
        if document.uncompressedSize > UInt64(limit) {
            throw DocumentReadError(file: name, reason: .limitExceeded(
                "\(documentPart) declares \(document.uncompressedSize) bytes uncompressed, over the limit of \(limit)"))
        }
        let compressed = max(UInt64(1), document.compressedSize)
        let ratioLimit = UInt64(max(1, options.maximumCompressionRatio))
        var output = Data()
        var overflow: DocumentReadError?
        do {
            _ = try archive.extract(document, skipCRC32: false) { chunk in
                output.append(chunk)
                if output.count > limit {
                    overflow = DocumentReadError(file: name, reason: .limitExceeded(
                        "\(documentPart) expands past the limit of \(limit) bytes"))
                    throw CancellationError()
                }
                if UInt64(output.count) > 1 << 20 && UInt64(output.count) / compressed > ratioLimit {
                    overflow = DocumentReadError(file: name, reason: .limitExceeded(
                        "\(documentPart) expands more than \(ratioLimit)× (a zip bomb?)"))
                    throw CancellationError()
                }
            }
        } catch {
            if let overflow { throw overflow }
            throw DocumentReadError(file: name, reason: .corruptContent("\(documentPart) cannot be extracted (\(error))"))
        }
        return output
    }
}
