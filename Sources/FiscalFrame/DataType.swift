/// The element type of a frame column.
public enum DataType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 64-bit signed integers.
    case int
    /// IEEE 754 binary64 values; NaN is a value, not a missing cell.
    case double
    /// Unicode text.
    case string
    /// `true` or `false`.
    case bool
    /// Exact amounts of money in integer fen (see ``Money``).
    case money

    public var description: String { rawValue }

    /// Whether the type holds numbers that reductions (sum, mean, …) accept.
    public var isNumeric: Bool { self == .int || self == .double || self == .money }
}

/// A type a ``Column`` can hold.
///
/// The five conformances (`Int`, `Double`, `String`, `Bool`, ``Money``) are the complete set: the
/// type-erased ``AnyColumn`` has one case for each.
public protocol ColumnElement: Hashable, Sendable {
    /// The frame data type of this element type.
    static var dataType: DataType { get }
    /// The value stored in the contiguous buffer at a missing position.
    static var placeholder: Self { get }
    /// Wraps a typed column into the type-erased form.
    static func erase(_ column: Column<Self>) -> AnyColumn
    /// Returns the typed column when `column` holds this element type.
    static func unerase(_ column: AnyColumn) -> Column<Self>?
    /// The value as a type-erased cell.
    var cellValue: CellValue { get }
}

extension Int: ColumnElement {
    public static var dataType: DataType { .int }
    public static var placeholder: Int { 0 }
    public static func erase(_ column: Column<Int>) -> AnyColumn { .int(column) }
    public static func unerase(_ column: AnyColumn) -> Column<Int>? {
        if case .int(let c) = column { return c } else { return nil }
    }
    public var cellValue: CellValue { .int(self) }
}

extension Double: ColumnElement {
    public static var dataType: DataType { .double }
    public static var placeholder: Double { 0 }
    public static func erase(_ column: Column<Double>) -> AnyColumn { .double(column) }
    public static func unerase(_ column: AnyColumn) -> Column<Double>? {
        if case .double(let c) = column { return c } else { return nil }
    }
    public var cellValue: CellValue { .double(self) }
}

extension String: ColumnElement {
    public static var dataType: DataType { .string }
    public static var placeholder: String { "" }
    public static func erase(_ column: Column<String>) -> AnyColumn { .string(column) }
    public static func unerase(_ column: AnyColumn) -> Column<String>? {
        if case .string(let c) = column { return c } else { return nil }
    }
    public var cellValue: CellValue { .string(self) }
}

extension Bool: ColumnElement {
    public static var dataType: DataType { .bool }
    public static var placeholder: Bool { false }
    public static func erase(_ column: Column<Bool>) -> AnyColumn { .bool(column) }
    public static func unerase(_ column: AnyColumn) -> Column<Bool>? {
        if case .bool(let c) = column { return c } else { return nil }
    }
    public var cellValue: CellValue { .bool(self) }
}

extension Money: ColumnElement {
    public static var dataType: DataType { .money }
    public static var placeholder: Money { .zero }
    public static func erase(_ column: Column<Money>) -> AnyColumn { .money(column) }
    public static func unerase(_ column: AnyColumn) -> Column<Money>? {
        if case .money(let c) = column { return c } else { return nil }
    }
    public var cellValue: CellValue { .money(self) }
}
