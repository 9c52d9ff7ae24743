/// A named, typed column whose missing cells are `nil`.
///
/// Storage is columnar: the values sit in one contiguous `[Element]` (a placeholder at missing
/// positions) beside an optional byte mask of valid positions, which is absent when no cell is
/// missing. Copies share storage until one is mutated.
///
/// A column is a `RandomAccessCollection` of `Element?`:
///
/// ```swift
/// let amounts = Column<Double>(name: "amount", [1.5, nil, 3])
/// amounts[1]            // nil
/// amounts.nilCount      // 1
/// ```
public struct Column<Element: ColumnElement>: Sendable {
    /// The column's name within its frame.
    public var name: String
    /// The values, with `Element.placeholder` at missing positions.
    package var values: [Element]
    /// `validity[i]` is false where cell `i` is missing; `nil` when every cell is present.
    package var validity: [Bool]?

    /// Creates a column from optional elements.
    public init(name: String, _ elements: some Sequence<Element?>) {
        self.name = name
        var values: [Element] = []
        var validity: [Bool] = []
        values.reserveCapacity(elements.underestimatedCount)
        var hasNil = false
        for element in elements {
            if let element {
                values.append(element)
                validity.append(true)
            } else {
                values.append(Element.placeholder)
                validity.append(false)
                hasNil = true
            }
        }
        self.values = values
        self.validity = hasNil ? validity : nil
    }

    /// Creates a column without missing cells.
    public init(name: String, values: [Element]) {
        self.name = name
        self.values = values
        self.validity = nil
    }

    /// Creates a column from raw storage; `validity`, when given, must have `values.count` entries.
    package init(name: String, values: [Element], validity: [Bool]?) {
        self.name = name
        self.values = values
        if let validity, validity.contains(false) {
            self.validity = validity
        } else {
            self.validity = nil
        }
    }

    /// Creates a column of `count` missing cells.
    public init(name: String, nilCount count: Int) {
        self.name = name
        self.values = Array(repeating: Element.placeholder, count: count)
        self.validity = count == 0 ? nil : Array(repeating: false, count: count)
    }

    /// The number of missing cells.
    ///
    /// - Complexity: O(1) when no cell is missing, otherwise O(n).
    public var nilCount: Int {
        guard let validity else { return 0 }
        var n = 0
        for v in validity where !v { n += 1 }
        return n
    }

    /// Whether the cell at `index` is missing.
    public func isNil(at index: Int) -> Bool {
        validity.map { !$0[index] } ?? false
    }

    /// The present (non-`nil`) values in order.
    public var presentValues: [Element] {
        guard let validity else { return values }
        var out: [Element] = []
        out.reserveCapacity(values.count)
        for i in values.indices where validity[i] { out.append(values[i]) }
        return out
    }

    /// The column wrapped as a type-erased ``AnyColumn``.
    public var erased: AnyColumn { Element.erase(self) }

    /// A copy with the given name.
    public func renamed(_ newName: String) -> Column<Element> {
        var copy = self
        copy.name = newName
        return copy
    }
}

extension Column: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { values.count }

    public subscript(position: Int) -> Element? {
        get {
            if let validity, !validity[position] { return nil }
            return values[position]
        }
        set {
            if let newValue {
                values[position] = newValue
                validity?[position] = true
            } else {
                values[position] = Element.placeholder
                if validity == nil { validity = Array(repeating: true, count: values.count) }
                validity![position] = false
            }
        }
    }

    /// Appends a cell.
    public mutating func append(_ element: Element?) {
        if let element {
            values.append(element)
            validity?.append(true)
        } else {
            if validity == nil { validity = Array(repeating: true, count: values.count) }
            values.append(Element.placeholder)
            validity!.append(false)
        }
    }
}

extension Column: Equatable {
    /// Cell-by-cell equality of names and cells; `nil` equals `nil`, and (as for `Double`) NaN
    /// does not equal NaN.
    public static func == (lhs: Column, rhs: Column) -> Bool {
        lhs.name == rhs.name && lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

/// A typed handle on a frame column: the name plus the element type it is expected to hold.
///
/// ```swift
/// let amount = ColumnID("amount", Double.self)
/// let column = try frame.column(amount)   // Column<Double>
/// ```
public struct ColumnID<Element: ColumnElement>: Hashable, Sendable, CustomStringConvertible {
    /// The column name.
    public var name: String

    /// Creates an id for a column named `name` holding `Element`.
    public init(_ name: String, _ type: Element.Type = Element.self) { self.name = name }

    public var description: String { "\(name): \(Element.dataType)" }
}
