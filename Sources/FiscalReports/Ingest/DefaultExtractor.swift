import Foundation
import FiscalDisclosures

/// The extractor the command-line tool uses: FiscalDisclosures' reader, figure extraction and
/// single-document checks (`Disclosures.extract(fileAt:)`).
public enum DefaultExtractor {
    /// A file that could not be read at all, with the reader's reason.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads and extracts one file; throws ``Unreadable`` when nothing could be read, so the
    /// ledger marks the file failed with the reason.
    public static let extractor: DocumentExtractor = { url in
        let extraction = Disclosures.extract(fileAt: url.path)
        if extraction.isUnread {
            let reason = extraction.diagnostics.first { $0.severity == .error }?.message ?? "could not be read"
            throw Unreadable(description: reason)
        }
        return extraction
    }
}
