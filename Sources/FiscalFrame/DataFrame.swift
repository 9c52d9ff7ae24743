/// A table of named, typed columns of equal length.
///
/// Frames are values: copies share column storage until one is mutated, so passing, slicing
/// and selecting are cheap. Operations return new frames (`filtered`, `sorted`, `grouped`, …).
///
/// ```swift
/// var frame = DataFrame()
/// try frame.append(Column<String>(name: "agency", values: ["信访局", "公安局"]))
/// try frame.append(Column<Double>(name: "amount", [12.5, nil]))
/// frame.rowCount        // 2
/// ```
public struct DataFrame: Sendable, Equatable {
    /// The columns in order.
    public private(set) var columns: [AnyColumn]
    private var indexByName: [String: Int]

    /// Creates an empty frame.
    public init() {
        columns = []
        indexByName = [:]
    }

    /// Creates a frame from columns.
    ///
    /// - Throws: ``FrameError/duplicateColumn(_:)`` or ``FrameError/lengthMismatch(column:expected:actual:)``.
    public init(columns: [AnyColumn]) throws {
        self.init()
        for column in columns { try append(column: column) }
    }

    /// The number of rows.
    public var rowCount: Int { columns.first?.count ?? 0 }

    /// The number of columns.
    public var columnCount: Int { columns.count }

    /// The column names in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// Whether a column of this name exists.
    public func containsColumn(_ name: String) -> Bool { indexByName[name] != nil }

    /// The position of the named column.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func columnIndex(_ name: String) throws -> Int {
        guard let index = indexByName[name] else {
            throw FrameError.unknownColumn(name, available: columnNames)
        }
        return index
    }

    /// The named column, or `nil`.
    public subscript(name: String) -> AnyColumn? {
        indexByName[name].map { columns[$0] }
    }

    /// The named column.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    public func column(named name: String) throws -> AnyColumn {
        columns[try columnIndex(name)]
    }

    /// The typed column for `id`.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``, or
    ///   ``FrameError/typeMismatch(column:expected:actual:)`` when it holds another type.
    public func column<Element>(_ id: ColumnID<Element>) throws -> Column<Element> {
        let column = try column(named: id.name)
        guard let typed = Element.unerase(column) else {
            throw FrameError.typeMismatch(
                column: id.name, expected: Element.dataType.rawValue, actual: column.dataType)
        }
        return typed
    }

    /// The typed column for `id`, or `nil` when absent or of another type.
    public subscript<Element>(id: ColumnID<Element>) -> Column<Element>? {
        self[id.name].flatMap(Element.unerase)
    }

    /// Appends a column at the end.
    ///
    /// - Throws: ``FrameError/duplicateColumn(_:)`` or ``FrameError/lengthMismatch(column:expected:actual:)``.
    public mutating func append(column: AnyColumn) throws {
        guard indexByName[column.name] == nil else { throw FrameError.duplicateColumn(column.name) }
        if !columns.isEmpty && column.count != rowCount {
            throw FrameError.lengthMismatch(column: column.name, expected: rowCount, actual: column.count)
        }
        indexByName[column.name] = columns.count
        columns.append(column)
    }

    /// Appends a typed column at the end.
    public mutating func append<Element>(_ column: Column<Element>) throws {
        try append(column: column.erased)
    }

    /// Replaces the column of the same name, or appends it when absent.
    ///
    /// - Throws: ``FrameError/lengthMismatch(column:expected:actual:)``.
    public mutating func replace(column: AnyColumn) throws {
        guard let index = indexByName[column.name] else { return try append(column: column) }
        if columns.count > 1 && column.count != rowCount {
            throw FrameError.lengthMismatch(column: column.name, expected: rowCount, actual: column.count)
        }
        columns[index] = column
    }

    /// Removes the named column.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)``.
    @discardableResult
    public mutating func removeColumn(named name: String) throws -> AnyColumn {
        let index = try columnIndex(name)
        let removed = columns.remove(at: index)
        rebuildIndex()
        return removed
    }

    /// Renames a column in place.
    ///
    /// - Throws: ``FrameError/unknownColumn(_:available:)`` or ``FrameError/duplicateColumn(_:)``.
    public mutating func renameColumn(_ name: String, to newName: String) throws {
        let index = try columnIndex(name)
        if name == newName { return }
        guard indexByName[newName] == nil else { throw FrameError.duplicateColumn(newName) }
        columns[index].name = newName
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        indexByName = [:]
        for (i, c) in columns.enumerated() { indexByName[c.name] = i }
    }

    /// Unchecked construction for operations that already guarantee equal lengths and unique names.
    package init(uncheckedColumns: [AnyColumn]) {
        columns = uncheckedColumns
        indexByName = [:]
        for (i, c) in uncheckedColumns.enumerated() { indexByName[c.name] = i }
    }

    public static func == (lhs: DataFrame, rhs: DataFrame) -> Bool { lhs.columns == rhs.columns }
}
