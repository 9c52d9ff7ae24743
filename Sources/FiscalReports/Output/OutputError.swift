import Foundation

/// An error while writing outputs: which path, which operation, and the system's reason.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or directory concerned.
    public var path: String
    /// What was being done, e.g. `"create temporary file"`, `"rename"`.
    public var operation: String
    /// The system's explanation (from `errno`) or a plain reason.
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// Builds the error from the current `errno`.
    static func fromErrno(path: String, operation: String) -> OutputError {
        OutputError(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    public var description: String { "\(path): cannot \(operation): \(reason)" }
}

/// The path in a NUL-terminated template buffer filled by `mkstemp`/`mkdtemp`.
func pathFromTemplate(_ bytes: [CChar]) -> String {
    let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
    return String(decoding: bytes[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
