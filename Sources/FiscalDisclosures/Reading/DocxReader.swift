import Foundation

/// Reads .docx disclosures: opens the archive (``ZipReading``) under size, entry-count and
/// compression-ratio limits, then parses `word/document.xml` (``DocxDocumentParser``).
package enum DocxReader {
    static let documentPart = "word/document.xml"

    static func read(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
        try read(documentXML: documentXML(bytes, name: name, options: options), name: name, options: options)
    }

    /// Reads the main document part of a .docx given as XML (used by the fuzzer and tests).
    package static func read(documentXML xml: Data, name: String, options: DocumentReadOptions) throws(DocumentReadError) -> DocumentText {
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
    package static func documentXML(_ bytes: [UInt8], name: String, options: DocumentReadOptions) throws(DocumentReadError) -> Data {
        do throws(ZipReading.Failure) {
            let archive = try ZipReading(bytes, maximumEntries: options.maximumArchiveEntries)
            if archive.entries.isEmpty {
                throw ZipReading.Failure.truncated("the archive has no entries")
            }
            guard let document = archive.entries.first(where: { $0.path == documentPart }) else {
                throw ZipReading.Failure.corrupt("no \(documentPart): not a Word document")
            }
            let xml = try archive.contents(of: document, limit: options.maximumUncompressedSize,
                maximumRatio: max(1, options.maximumCompressionRatio))
            return Data(xml)
        } catch {
            switch error {
            case .truncated(let detail): throw DocumentReadError(file: name, reason: .truncatedArchive(detail))
            case .corrupt(let detail): throw DocumentReadError(file: name, reason: .corruptContent(detail))
            case .unsupported(let detail): throw DocumentReadError(file: name, reason: .unsupportedFormat(detail))
            case .limit(let detail): throw DocumentReadError(file: name, reason: .limitExceeded(detail))
            }
        }
    }
}
