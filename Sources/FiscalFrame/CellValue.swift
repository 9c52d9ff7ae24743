/// One present cell of any column type. A missing cell is `nil` of `CellValue?`.
public enum CellValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case money(Money)

    /// The data type of the value.
    public var dataType: DataType {
        switch self {
        case .int: .int
        case .double: .double
        case .string: .string
        case .bool: .bool
        case .money: .money
        }
    }

    /// The value as a `Double` for numbers (money in yuan), `nil` for text and booleans.
    public var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        case .money(let v): v.yuan
        case .string, .bool: nil
        }
    }

    /// The value as text: numbers in shortest round-trip form without exponent where practical
    /// (`210`, `0.00001`), money as exact yuan, booleans as `true`/`false`.
    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): NumberText.plain(v)
        case .string(let v): v
        case .bool(let v): v ? "true" : "false"
        case .money(let v): v.description
        }
    }

    /// Orders two values of comparable types: numbers with numbers (exactly when both are
    /// integers or both money), text with text, booleans with booleans. Returns `nil` when the
    /// types cannot be compared. NaN compares greater than every number, so sorts put it last
    /// among present values.
    public func compare(to other: CellValue) -> ComparisonResult3? {
        switch (self, other) {
        case (.int(let a), .int(let b)): return .of(a, b)
        case (.money(let a), .money(let b)): return .of(a, b)
        case (.string(let a), .string(let b)): return .of(a, b)
        case (.bool(let a), .bool(let b)): return .of(a ? 1 : 0, b ? 1 : 0)
        default:
            guard let a = doubleValue, let b = other.doubleValue else { return nil }
            return .ofDoubles(a, b)
        }
    }
}

/// The outcome of comparing two cells.
public enum ComparisonResult3: Sendable {
    case less, equal, greater

    static func of<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult3 {
        a < b ? .less : (a == b ? .equal : .greater)
    }

    /// Total order on doubles: NaN after every number, NaN equal to NaN.
    static func ofDoubles(_ a: Double, _ b: Double) -> ComparisonResult3 {
        if a.isNaN { return b.isNaN ? .equal : .greater }
        if b.isNaN { return .less }
        return of(a, b)
    }
}
