extension DataFrame {
    /// One row of a frame: a view that does not copy cells.
    public struct Row: Sendable {
        /// The frame the row belongs to.
        public let frame: DataFrame
        /// The row's position in the frame.
        public let index: Int

        /// The cell in the named column; `nil` when missing or when no such column exists.
        public subscript(name: String) -> CellValue? {
            frame[name]?[index]
        }

        /// The cell in the column at `position`.
        public subscript(position position: Int) -> CellValue? {
            frame.columns[position][index]
        }

        /// The typed cell for `id`; `nil` when missing, absent or of another type.
        public subscript<Element>(id: ColumnID<Element>) -> Element? {
            frame[id]?[index]
        }

        /// Every cell in column order.
        public var cells: [CellValue?] { frame.columns.map { $0[index] } }
    }

    /// A contiguous range of rows: a view that does not copy cells.
    public struct Slice: RandomAccessCollection, Sendable {
        /// The frame the rows belong to.
        public let frame: DataFrame
        /// The row positions in the frame.
        public let range: Range<Int>

        public var startIndex: Int { range.lowerBound }
        public var endIndex: Int { range.upperBound }
        public subscript(position: Int) -> Row { Row(frame: frame, index: position) }

        /// The rows as a frame of their own (this copies the cells).
        public var frameCopy: DataFrame {
            DataFrame(uncheckedColumns: frame.columns.map { $0.sliced(range) })
        }
    }

    /// All rows, as views.
    public var rows: Slice { Slice(frame: self, range: 0..<rowCount) }

    /// The rows in `range`, as views; the range is clamped to the frame.
    public subscript(rows range: Range<Int>) -> Slice {
        Slice(frame: self, range: range.clamped(to: 0..<rowCount))
    }

    /// The row at `index`.
    public subscript(row index: Int) -> Row { Row(frame: self, index: index) }
}
