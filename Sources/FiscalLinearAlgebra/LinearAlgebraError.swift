/// An error from the linear-algebra layer: bad shapes, bad values, or a failure reported by LAPACK.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operands' shapes do not fit the operation.
    case dimensionMismatch(operation: String, detail: String)
    /// The operation needs a square matrix.
    case notSquare(operation: String, rowCount: Int, columnCount: Int)
    /// An input element is NaN or infinite (zero-based position).
    case nonFinite(operation: String, row: Int, column: Int)
    /// A dimension does not fit LAPACK's 32-bit integer type.
    case dimensionTooLarge(operation: String, value: Int)
    /// An argument has a value the operation cannot accept (for example a negative weight).
    case invalidValue(operation: String, detail: String)
    /// LAPACK reported a failure.
    case lapack(LAPACKError)

    public var description: String {
        switch self {
        case let .dimensionMismatch(operation, detail):
            return "\(operation): dimension mismatch: \(detail)"
        case let .notSquare(operation, rows, columns):
            return "\(operation): needs a square matrix, got \(rows)×\(columns)"
        case let .nonFinite(operation, row, column):
            return "\(operation): element at row \(row + 1), column \(column + 1) is NaN or infinite"
        case let .dimensionTooLarge(operation, value):
            return "\(operation): dimension \(value) exceeds LAPACK's 32-bit integer range"
        case let .invalidValue(operation, detail):
            return "\(operation): \(detail)"
        case let .lapack(error):
            return error.description
        }
    }
}

/// A failure reported by a LAPACK routine through its `info` argument.
///
/// Negative `info` means argument number `-info` was illegal (a defect in the caller, reported
/// rather than trapped); positive `info` has a routine-specific meaning, given by ``meaning``.
public struct LAPACKError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The routine's name, for example `"dpotrf"`.
    public var routine: String
    /// The `info` value it returned.
    public var info: Int

    /// Wraps the `info` a routine returned.
    public init(routine: String, info: Int) {
        self.routine = routine
        self.info = info
    }

    /// Whether the matrix was singular (or not positive definite) rather than the call malformed.
    public var isSingular: Bool {
        info > 0 && ["dgesv", "dgetrf", "dpotrf", "dpotri", "dtrtrs", "dtrtri"].contains(routine)
    }

    /// What `info` means for this routine.
    public var meaning: String {
        if info == -1010 { return "LAPACKE could not allocate work memory" }
        if info < 0 { return "argument \(-info) had an illegal value" }
        switch routine {
        case "dpotrf":
            return "the leading minor of order \(info) is not positive definite"
        case "dpotri":
            return "diagonal element \(info) of the Cholesky factor is zero; the matrix is singular"
        case "dgesv", "dgetrf":
            return "U(\(info),\(info)) is exactly zero; the matrix is singular"
        case "dtrtrs", "dtrtri":
            return "diagonal element \(info) is zero; the triangular matrix is singular"
        case "dgesdd", "dgelsd":
            return "the SVD did not converge (\(info) superdiagonals did not reach zero)"
        case "dsyevr":
            return "internal error in the eigenvalue computation (\(info))"
        default:
            return "failed with info = \(info)"
        }
    }

    public var description: String { "LAPACK \(routine): \(meaning) (info \(info))" }
}
