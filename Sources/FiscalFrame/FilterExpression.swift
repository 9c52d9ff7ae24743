/// A row predicate parsed from text, such as `year >= 2015 && agency contains '信访'`.
///
/// Grammar: comparisons `a OP b` with `==` (or `=`), `!=` (or `<>`), `<`, `<=`, `>`, `>=`,
/// `contains`, `starts_with`; `x is null`, `x is not null`; combined with `&&`/`and`,
/// `||`/`or`, `!`/`not` and parentheses. Operands are column names (bare, or in backticks when
/// they hold spaces or operators), numbers, `'text'` or `"text"`, `true`, `false`, `null`.
/// A comparison with a missing cell is false, except `is null` and `!= null`.
public indirect enum FilterExpression: Sendable, Equatable {
    public enum Operand: Sendable, Equatable {
        case column(String)
        case literal(CellValue?)
    }
    public enum Comparison: String, Sendable, Equatable {
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case contains, startsWith = "starts_with"
    }
    case compare(Operand, Comparison, Operand)
    case isNil(String, Bool)
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)

    /// Parses `text`.
    ///
    /// - Throws: ``FilterExpressionError`` with the character position of the problem.
    public init(parsing text: String) throws {
        var parser = FilterParser(text: text)
        self = try parser.parseAll()
    }

    /// The column names the expression reads.
    public var columnNames: [String] {
        switch self {
        case .compare(let a, _, let b):
            return [a, b].compactMap { if case .column(let n) = $0 { n } else { nil } }
        case .isNil(let n, _): return [n]
        case .and(let a, let b), .or(let a, let b): return a.columnNames + b.columnNames
        case .not(let a): return a.columnNames
        }
    }

    /// Evaluates the expression on every row of `frame`.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, or ``FilterExpressionError`` when
    ///   operand types cannot be compared (text with a number, say).
    public func mask(for frame: DataFrame) throws -> [Bool] {
        switch self {
        case .and(let a, let b):
            let x = try a.mask(for: frame), y = try b.mask(for: frame)
            return zip(x, y).map { $0 && $1 }
        case .or(let a, let b):
            let x = try a.mask(for: frame), y = try b.mask(for: frame)
            return zip(x, y).map { $0 || $1 }
        case .not(let a):
            return try a.mask(for: frame).map { !$0 }
        case .isNil(let name, let wantsNil):
            let column = try frame.column(named: name)
            return (0..<frame.rowCount).map { column.isNil(at: $0) == wantsNil }
        case .compare(let lhs, let op, let rhs):
            if case .literal(nil) = rhs, case .column(let name) = lhs, op == .equal || op == .notEqual {
                return try FilterExpression.isNil(name, op == .equal).mask(for: frame)
            }
            let a = try Self.resolve(lhs, frame), b = try Self.resolve(rhs, frame)
            try Self.checkTypes(a, op, b, lhs: lhs, rhs: rhs)
            return (0..<frame.rowCount).map { row in
                guard let x = a.cell(row), let y = b.cell(row) else { return false }
                switch op {
                case .contains, .startsWith:
                    guard case .string(let s) = x, case .string(let t) = y else { return false }
                    return op == .contains ? s.contains(t) : s.hasPrefix(t)
                default:
                    guard let order = x.compare(to: y) else { return false }
                    switch op {
                    case .equal: return order == .equal
                    case .notEqual: return order != .equal
                    case .less: return order == .less
                    case .lessOrEqual: return order != .greater
                    case .greater: return order == .greater
                    default: return order != .less
                    }
                }
            }
        }
    }

    private enum Resolved {
        case column(AnyColumn)
        case literal(CellValue?)
        func cell(_ row: Int) -> CellValue? {
            switch self {
            case .column(let c): c[row]
            case .literal(let v): v
            }
        }
        var type: DataType? {
            switch self {
            case .column(let c): c.dataType
            case .literal(let v): v?.dataType
            }
        }
    }

    private static func resolve(_ operand: Operand, _ frame: DataFrame) throws -> Resolved {
        switch operand {
        case .column(let name): .column(try frame.column(named: name))
        case .literal(let v): .literal(v)
        }
    }

    private static func checkTypes(_ a: Resolved, _ op: Comparison, _ b: Resolved, lhs: Operand, rhs: Operand) throws {
        guard let x = a.type, let y = b.type else { return }
        let compatible: Bool
        switch op {
        case .contains, .startsWith: compatible = x == .string && y == .string
        default: compatible = x == y || (x.isNumeric && y.isNumeric)
        }
        if !compatible {
            func describe(_ o: Operand, _ t: DataType) -> String {
                switch o {
                case .column(let n): "column '\(n)' (\(t))"
                case .literal(let v): "\(t) \(v.map { $0.dataType == .string ? "'\($0)'" : $0.description } ?? "null")"
                }
            }
            throw FilterExpressionError(
                message: "cannot apply \(op.rawValue) to \(describe(lhs, x)) and \(describe(rhs, y))",
                expression: nil, position: nil)
        }
    }
}

/// A malformed filter expression or an impossible comparison.
public struct FilterExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The expression text, when the problem is in its syntax.
    public var expression: String?
    /// The 0-based character position of the problem within ``expression``.
    public var position: Int?

    public var description: String {
        guard let expression, let position else { return "bad expression: \(message)" }
        let marker = String(repeating: " ", count: DisplayWidth.of(expression.prefix(position))) + "^"
        return "bad expression at character \(position + 1): \(message)\n  \(expression)\n  \(marker)"
    }
}
