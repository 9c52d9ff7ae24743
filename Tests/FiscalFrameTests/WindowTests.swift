import Testing
@testable import FiscalFrame

/// Window operations against pandas (`generate_fixtures.py`), relative tolerance 1e-12.
@Suite struct WindowTests {
    static let cases: [(WindowOperation, String)] = [
        (.lag(1), "lag1"), (.lead(2), "lead2"), (.difference(1), "diff1"), (.percentChange(1), "pct1"),
        (.cumulativeSum, "cumsum"), (.rollingMean(window: 3, minimumCount: 2), "roll3"),
    ]

    @Test(arguments: cases)
    func matchesPandas(operation: WindowOperation, expectedColumn: String) throws {
        let panel = try Fixture.frame("panel.csv")
        let expected = try doubles(try Fixture.frame("panel_window.csv"), expectedColumn)
        let result = try panel.window(operation, of: "value", groupedBy: ["agency"], as: "out")
        let actual = try doubles(result, "out")
        #expect(actual.count == expected.count)
        for i in actual.indices {
            #expect(agree(actual[i], expected[i]), "row \(i): \(String(describing: actual[i])) vs \(String(describing: expected[i]))")
        }
    }

    @Test func keepsIntegerAndMoneyExact() throws {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "g", values: ["a", "b", "a", "a"]))
        try frame.append(Column<Int>(name: "n", [1, 10, nil, 4]))
        try frame.append(Column<Money>(name: "m", values: [Money(fen: 1), Money(fen: 2), Money(fen: 3), Money(fen: 4)]))
        let diff = try frame.window(.difference(1), of: "n", groupedBy: ["g"])
        #expect(Array(try diff.column(ColumnID("n_diff1", Int.self))) == [nil, nil, nil, nil])
        let cum = try frame.window(.cumulativeSum, of: "n", groupedBy: ["g"])
        #expect(Array(try cum.column(ColumnID("n_cumsum", Int.self))) == [1, 10, nil, 5])
        let money = try frame.window(.cumulativeSum, of: "m", groupedBy: ["g"])
        #expect(try money.column(ColumnID("m_cumsum", Money.self))[3] == Money(fen: 8))
        let lag = try frame.window(.lag(1), of: "g")
        #expect(Array(try lag.column(ColumnID("g_lag1", String.self))) == [nil, "a", "b", "a"])
    }

    @Test func rejectsTextArithmeticAndBadWindows() throws {
        let frame = try DataFrame(columns: [.string(Column(name: "s", values: ["x"]))])
        #expect(throws: FrameError.self) { try frame.window(.difference(1), of: "s") }
        #expect(throws: FrameError.self) { try frame.window(.rollingMean(window: 0, minimumCount: 1), of: "s") }
        #expect(throws: FrameError.self) { try frame.window(.lag(1), of: "nope") }
    }
}
