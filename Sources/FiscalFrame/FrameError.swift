/// An error from a frame operation, naming the column or argument at fault.
public enum FrameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No column has this name; `available` lists the frame's columns.
    case unknownColumn(String, available: [String])
    /// Two columns would share a name.
    case duplicateColumn(String)
    /// A column's length differs from the frame's row count.
    case lengthMismatch(column: String, expected: Int, actual: Int)
    /// A column does not hold the type the operation needs.
    case typeMismatch(column: String, expected: String, actual: DataType)
    /// An integer or money sum left the 64-bit range.
    case overflow(column: String)
    /// An argument is outside what the operation accepts.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownColumn(let name, let available):
            let list = available.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
            return "unknown column '\(name)'; columns are \(list)\(available.count > 20 ? ", …" : "")"
        case .duplicateColumn(let name):
            return "duplicate column '\(name)'"
        case .lengthMismatch(let column, let expected, let actual):
            return "column '\(column)' has \(actual) rows; the frame has \(expected)"
        case .typeMismatch(let column, let expected, let actual):
            return "column '\(column)' holds \(actual) values; \(expected) needed"
        case .overflow(let column):
            return "the sum of column '\(column)' does not fit in 64 bits"
        case .invalidArgument(let message):
            return message
        }
    }
}
