/// Why a regression could not be fitted. Every case names the column, term or row concerned.
public enum RegressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A model term could not be parsed.
    case invalidTerm(term: String, reason: String)
    /// A column named in the model is not in the data.
    case unknownColumn(name: String, available: [String])
    /// A column has the wrong kind of values for its use (for example text used as a number).
    case wrongColumnType(name: String, expected: String)
    /// A value is missing and the missing-value policy is to raise (row is 1-based).
    case missingValue(column: String, row: Int)
    /// A value cannot enter the model (log of a non-positive number, a negative weight…).
    case invalidValue(column: String, row: Int, reason: String)
    /// Too few complete rows for the number of parameters.
    case tooFewObservations(observations: Int, parameters: Int)
    /// The option combination is not supported.
    case unsupported(String)
    /// The numerical solve failed.
    case numerical(String)

    public var description: String {
        switch self {
        case let .invalidTerm(term, reason):
            return "invalid term '\(term)': \(reason)"
        case let .unknownColumn(name, available):
            let list = available.prefix(20).joined(separator: ", ")
            return "unknown column '\(name)' (columns: \(list)\(available.count > 20 ? ", …" : ""))"
        case let .wrongColumnType(name, expected):
            return "column '\(name)' must be \(expected)"
        case let .missingValue(column, row):
            return "missing value in column '\(column)', row \(row) (use the drop policy to skip incomplete rows)"
        case let .invalidValue(column, row, reason):
            return "column '\(column)', row \(row): \(reason)"
        case let .tooFewObservations(observations, parameters):
            return "\(observations) complete observations for \(parameters) parameters: no residual degrees of freedom"
        case let .unsupported(message):
            return message
        case let .numerical(message):
            return "numerical failure: \(message)"
        }
    }
}
