/// Why a document could not be read at all.
///
/// A reader throws this only when nothing sensible can be produced; smaller problems (a table
/// whose column count is ambiguous, a few undecodable bytes in an otherwise valid file) become
/// ``Diagnostic``s on the returned ``DocumentText``. The description names the file and the
/// reason, e.g. `report.docx: truncated archive: end of central directory not found`.
public struct DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The file could not be opened or read; the payload is the system's explanation.
        case unreadable(String)
        /// The file's format is not one FiscalLens reads (the payload says what it looks like).
        case unsupportedFormat(String)
        /// The file has no content.
        case empty
        /// The bytes look like binary data, not text.
        case binaryContent
        /// The bytes are not valid in any supported encoding; `offset` is the first bad byte.
        case undecodableBytes(encoding: String, offset: Int)
        /// The archive ends early or its directory is damaged.
        case truncatedArchive(String)
        /// The archive or markup is damaged in another way.
        case corruptContent(String)
        /// The input is larger than the configured limit, in bytes.
        case tooLarge(size: Int, limit: Int)
        /// Elements are nested deeper than the configured limit.
        case tooDeeplyNested(limit: Int)
        /// Another configured limit was exceeded (entry count, compression ratio, …).
        case limitExceeded(String)
        /// The markup declares entities, which are never expanded (entity-expansion attacks).
        case entityDeclaration
    }

    /// The path or name of the document as given by the caller.
    public var file: String
    /// What went wrong.
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// A readable explanation of the reason, without the file name.
    public var message: String {
        switch reason {
        case .unreadable(let detail): "cannot read the file: \(detail)"
        case .unsupportedFormat(let detail): "unsupported format: \(detail)"
        case .empty: "the file is empty"
        case .binaryContent: "the file holds binary data, not text"
        case .undecodableBytes(let encoding, let offset):
            "bytes at offset \(offset) are not valid \(encoding) (nor any other supported encoding)"
        case .truncatedArchive(let detail): "truncated archive: \(detail)"
        case .corruptContent(let detail): "corrupt content: \(detail)"
        case .tooLarge(let size, let limit):
            "\(size) bytes exceed the limit of \(limit) bytes (raise it with the maximum-size option)"
        case .tooDeeplyNested(let limit): "elements are nested more than \(limit) levels deep"
        case .limitExceeded(let detail): "limit exceeded: \(detail)"
        case .entityDeclaration: "the markup declares XML entities, which are never expanded"
        }
    }

    public var description: String { "\(file): \(message)" }

    /// The error as an error-severity diagnostic, for a batch that goes on.
    public var diagnostic: Diagnostic {
        Diagnostic(severity: .error, file: file, message: message)
    }
}
