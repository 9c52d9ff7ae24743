import Testing
@testable import FiscalFrame

@Suite struct DataFrameTests {
    @Test func columnsRowsAndTypedAccess() throws {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "agency", values: ["甲", "乙", "丙"]))
        try frame.append(Column<Double>(name: "amount", [1, nil, 3]))
        #expect(frame.rowCount == 3 && frame.columnCount == 2)
        let amount = ColumnID("amount", Double.self)
        #expect(frame[row: 1][amount] == nil)
        #expect(frame[row: 2]["agency"] == .string("丙"))
        #expect(frame[rows: 1..<10].count == 2)
        #expect(frame.rows.map { $0[amount] ?? 0 } == [1, 0, 3])
        #expect(try frame.column(amount).nilCount == 1)
        #expect(throws: FrameError.typeMismatch(column: "amount", expected: "int", actual: .double)) {
            try frame.column(ColumnID("amount", Int.self))
        }
        #expect(throws: FrameError.self) { try frame.append(Column<Int>(name: "short", values: [1])) }
        #expect(throws: FrameError.duplicateColumn("agency")) { try frame.append(Column<Int>(name: "agency", values: [1, 2, 3])) }
    }

    @Test func columnMutationTracksValidity() {
        var column = Column<Int>(name: "n", values: [1, 2])
        #expect(column.nilCount == 0)
        column[0] = nil
        column.append(nil)
        column.append(5)
        #expect(Array(column) == [nil, 2, nil, 5])
        column[0] = 7
        #expect(column.presentValues == [7, 2, 5])
    }

    @Test func selectionDerivationAndFilters() throws {
        let frame = try DataFrame(csvText: "a,b,c\n1,x,2.5\n2,y,3.5\n3,z,\n")
        #expect(try frame.selecting(["c", "a"]).columnNames == ["c", "a"])
        #expect(try frame.dropping(["b"]).columnNames == ["a", "c"])
        #expect(try frame.renaming(["a": "id"]).columnNames == ["id", "b", "c"])
        #expect(throws: FrameError.self) { try frame.renaming(["a": "b"]) }
        #expect(throws: FrameError.self) { try frame.selecting(["a", "a"]) }
        let derived = try frame.deriving("d", Double.self) { row in
            guard case .int(let a)? = row["a"], case .double(let c)? = row["c"] else { return nil }
            return Double(a) * c
        }
        #expect(Array(try derived.column(ColumnID("d", Double.self))) == [2.5, 7, nil])
        #expect(try frame.filtered { $0["a"] != .int(2) }.rowCount == 2)
        #expect(try frame.filtered(mask: [true, false, true]).head(1).rowCount == 1)
        #expect(frame.tail(2)[row: 0]["b"] == .string("y"))
        #expect(throws: FrameError.self) { try frame.filtered(mask: [true]) }
    }
}
