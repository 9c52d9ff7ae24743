/// One-call reading of disclosures: reader, extractor and single-document checks together.
public enum Disclosures {
    /// Reads, extracts and checks the file at `path`.
    ///
    /// A file that cannot be read does not throw: the result has no facts, an empty
    /// `encoding` (see ``DocumentExtraction/isUnread``) and an error diagnostic naming the file and
    /// the reason, so a batch can go on.
    ///
    /// - Parameters:
    ///   - path: a .txt, .docx or .html disclosure.
    ///   - options: reading options (encoding, limits).
    /// - Returns: the document's identity, facts, findings and diagnostics.
    public static func extract(fileAt path: String, options: DocumentReadOptions = DocumentReadOptions()) -> DocumentExtraction {
        do {
            let text = try DocumentReader.read(fileAt: path, options: options)
            return DisclosureExtractor().extract(text)
        } catch {
            return .unread(path, reason: error.message)
        }
    }
}

extension DocumentExtraction {
    /// True when the document could not be read at all (its diagnostics say why).
    public var isUnread: Bool { encoding.isEmpty && facts.isEmpty }

    /// The result for a file that could not be read: no facts, no encoding, and an error
    /// diagnostic naming `path` and `reason`.
    public static func unread(_ path: String, reason: String) -> DocumentExtraction {
        DocumentExtraction(
            source: path, encoding: "", format: SourceFormat.guess(from: path), identity: DocumentIdentity(),
            facts: [], diagnostics: [Diagnostic(severity: .error, file: path, message: reason)])
    }
}

extension SourceFormat {
    /// The format a file name suggests (text when the extension says nothing).
    static func guess(from path: String) -> SourceFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .text
    }
}
