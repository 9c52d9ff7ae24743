/// A column of any element type.
///
/// Frames hold their columns in this form; switch over it, or use
/// ``DataFrame/column(_:)-(ColumnID<Element>)`` to get a typed ``Column``.
public enum AnyColumn: Sendable, Equatable {
    case int(Column<Int>)
    case double(Column<Double>)
    case string(Column<String>)
    case bool(Column<Bool>)
    case money(Column<Money>)

    /// Creates a column of `count` missing cells of `type`.
    public init(name: String, type: DataType, nilCount count: Int) {
        switch type {
        case .int: self = .int(Column(name: name, nilCount: count))
        case .double: self = .double(Column(name: name, nilCount: count))
        case .string: self = .string(Column(name: name, nilCount: count))
        case .bool: self = .bool(Column(name: name, nilCount: count))
        case .money: self = .money(Column(name: name, nilCount: count))
        }
    }

    /// The column name.
    public var name: String {
        get {
            switch self {
            case .int(let c): c.name
            case .double(let c): c.name
            case .string(let c): c.name
            case .bool(let c): c.name
            case .money(let c): c.name
            }
        }
        set {
            switch self {
            case .int(var c): c.name = newValue; self = .int(c)
            case .double(var c): c.name = newValue; self = .double(c)
            case .string(var c): c.name = newValue; self = .string(c)
            case .bool(var c): c.name = newValue; self = .bool(c)
            case .money(var c): c.name = newValue; self = .money(c)
            }
        }
    }

    /// The element type.
    public var dataType: DataType {
        switch self {
        case .int: .int
        case .double: .double
        case .string: .string
        case .bool: .bool
        case .money: .money
        }
    }

    /// The number of cells.
    public var count: Int {
        switch self {
        case .int(let c): c.count
        case .double(let c): c.count
        case .string(let c): c.count
        case .bool(let c): c.count
        case .money(let c): c.count
        }
    }

    /// The number of missing cells.
    public var nilCount: Int {
        switch self {
        case .int(let c): c.nilCount
        case .double(let c): c.nilCount
        case .string(let c): c.nilCount
        case .bool(let c): c.nilCount
        case .money(let c): c.nilCount
        }
    }

    package var validity: [Bool]? {
        switch self {
        case .int(let c): c.validity
        case .double(let c): c.validity
        case .string(let c): c.validity
        case .bool(let c): c.validity
        case .money(let c): c.validity
        }
    }

    /// Whether the cell at `index` is missing.
    public func isNil(at index: Int) -> Bool {
        guard let validity else { return false }
        return !validity[index]
    }

    /// The cell at `index`, `nil` when missing.
    public subscript(index: Int) -> CellValue? {
        switch self {
        case .int(let c): c[index].map(CellValue.int)
        case .double(let c): c[index].map(CellValue.double)
        case .string(let c): c[index].map(CellValue.string)
        case .bool(let c): c[index].map(CellValue.bool)
        case .money(let c): c[index].map(CellValue.money)
        }
    }

    /// The column as `Double`s (money in yuan) with `nil` for missing cells; `nil` for text and
    /// boolean columns.
    public var doubles: [Double?]? {
        switch self {
        case .int(let c): c.map { $0.map(Double.init) }
        case .double(let c): Array(c)
        case .money(let c): c.map { $0?.yuan }
        case .string, .bool: nil
        }
    }

    /// A column of the cells at `indices`; an index of `-1` gives a missing cell.
    package func gathered(_ indices: [Int]) -> AnyColumn {
        switch self {
        case .int(let c): .int(c.gathered(indices))
        case .double(let c): .double(c.gathered(indices))
        case .string(let c): .string(c.gathered(indices))
        case .bool(let c): .bool(c.gathered(indices))
        case .money(let c): .money(c.gathered(indices))
        }
    }

    /// A column of the cells in `range`.
    package func sliced(_ range: Range<Int>) -> AnyColumn {
        switch self {
        case .int(let c): .int(c.sliced(range))
        case .double(let c): .double(c.sliced(range))
        case .string(let c): .string(c.sliced(range))
        case .bool(let c): .bool(c.sliced(range))
        case .money(let c): .money(c.sliced(range))
        }
    }
}

extension Column {
    /// The cells at `indices`; `-1` gives a missing cell.
    package func gathered(_ indices: [Int]) -> Column<Element> {
        var out = [Element]()
        out.reserveCapacity(indices.count)
        var valid: [Bool]? = nil
        let hasNegative = indices.contains { $0 < 0 }
        if validity == nil && !hasNegative {
            values.withUnsafeBufferPointer { v in
                for i in indices { out.append(v[i]) }
            }
            return Column(name: name, values: out, validity: nil)
        }
        var mask = [Bool]()
        mask.reserveCapacity(indices.count)
        for i in indices {
            if i < 0 {
                out.append(Element.placeholder)
                mask.append(false)
            } else {
                out.append(values[i])
                mask.append(validity?[i] ?? true)
            }
        }
        valid = mask
        return Column(name: name, values: out, validity: valid)
    }

    /// The cells in `range`.
    package func sliced(_ range: Range<Int>) -> Column<Element> {
        Column(name: name, values: Array(values[range]), validity: validity.map { Array($0[range]) })
    }
}
