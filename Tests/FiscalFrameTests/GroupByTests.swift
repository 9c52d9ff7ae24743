import Testing
@testable import FiscalFrame

@Suite struct GroupByTests {
    @Test func aggregationsMatchPandas() throws {
        let panel = try Fixture.frame("panel.csv")
        let expected = try Fixture.frame("panel_groupby.csv")
        let functions: [(AggregateFunction, String)] = [
            (.count, "count"), (.sum, "sum"), (.mean, "mean"), (.median, "median"), (.std, "std"),
            (.min, "min"), (.max, "max"), (.quantile(0.25), "q25"), (.quantile(0.9), "q90"),
        ]
        let result = try panel.grouped(by: ["agency"]).aggregated(functions.map { Aggregation("value", $0.0, as: $0.1) })
        #expect(try result.column(ColumnID("agency", String.self)) == (try expected.column(ColumnID("agency", String.self))))
        for (_, name) in functions {
            let a = try doubles(result, name), e = try doubles(expected, name)
            for i in a.indices { #expect(agree(a[i], e[i]), "\(name) group \(i)") }
        }
    }

    @Test(arguments: [1, 7, 500])
    func groupSumsAddUpToTheTotal(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        let n = 5_000
        let keys = (0..<n).map { _ in "k\(rng.next() % 37)" }
        let fen = (0..<n).map { _ in Int64(rng.next() % 2_000_000) - 1_000_000 }
        var frame = DataFrame()
        try frame.append(Column<String>(name: "key", values: keys))
        try frame.append(Column<Money>(name: "amount", values: fen.map { Money(fen: $0) }))
        try frame.append(Column<Int>(name: "n", (0..<n).map { $0 % 5 == 0 ? nil : $0 }))
        let sums = try frame.grouped(by: ["key"]).aggregated([.sum("amount"), .sum("n"), .count("n")])
        let total = try sums.column(ColumnID("amount_sum", Money.self)).reduce(Money.zero) { $0 + ($1 ?? .zero) }
        #expect(total.fen == fen.reduce(0, +))
        let nTotal = try sums.column(ColumnID("n_sum", Int.self)).reduce(0) { $0 + ($1 ?? 0) }
        #expect(nTotal == (0..<n).filter { $0 % 5 != 0 }.reduce(0, +))
        #expect(try sums.column(ColumnID("n_count", Int.self)).reduce(0) { $0 + ($1 ?? 0) } == n - n / 5)
    }

    @Test func groupsAreFirstSeenAndMissingKeysFormAGroup() throws {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "k", ["b", nil, "a", "b", nil]))
        try frame.append(Column<Double>(name: "v", values: [1, 2, 3, 4, .nan]))
        let result = try frame.grouped(by: ["k"]).aggregated([.sum("v"), Aggregation("v", .size, as: "rows")])
        #expect(Array(try result.column(ColumnID("k", String.self))) == ["b", nil, "a"])
        let sums = try doubles(result, "v_sum")
        #expect(sums[0] == 5 && sums[2] == 3)
        #expect(sums[1]?.isNaN == true)  // NaN is a value and propagates
        #expect(Array(try result.column(ColumnID("rows", Int.self))) == [2, 2, 1])
    }

    @Test func multipleKeysAndTypedExtremes() throws {
        let frame = try DataFrame(csvText: "a,b,v,s\nx,1,5,甲\nx,2,6,乙\ny,1,7,丙\nx,1,8,丁\n")
        let result = try frame.grouped(by: ["a", "b"]).aggregated([
            .init("v", .max), .init("s", .min), .init("s", .first), .init("s", .last), .init("v", .distinctCount),
        ])
        #expect(result.rowCount == 3)
        #expect(Array(try result.column(ColumnID("v_max", Int.self))) == [8, 6, 7])
        #expect(Array(try result.column(ColumnID("s_first", String.self))) == ["甲", "乙", "丙"])
        #expect(Array(try result.column(ColumnID("s_last", String.self))) == ["丁", "乙", "丙"])
        #expect(Array(try result.column(ColumnID("v_nunique", Int.self))) == [2, 1, 1])
    }

    @Test func errorsNameTheColumn() throws {
        let frame = try DataFrame(csvText: "k,s,big\na,x,9223372036854775807\na,y,1\n")
        #expect(throws: FrameError.typeMismatch(column: "s", expected: "numbers", actual: .string)) {
            try frame.grouped(by: ["k"]).aggregated([.mean("s")])
        }
        #expect(throws: FrameError.overflow(column: "big")) { try frame.grouped(by: ["k"]).aggregated([.sum("big")]) }
        #expect(throws: FrameError.self) { try frame.grouped(by: ["nope"]) }
        #expect(throws: FrameError.self) { try frame.grouped(by: []) }
    }

    @Test func parallelTextFactorizationKeepsFirstSeenOrder() throws {
        let n = 300_000
        let keys = (0..<n).map { "key\(($0 * 7919) % 1_001)" }
        let frame = try DataFrame(columns: [.string(Column(name: "k", values: keys))])
        let counts = try frame.grouped(by: ["k"]).counts()
        var seen = Set<String>(), order: [String] = []
        for k in keys where seen.insert(k).inserted { order.append(k) }
        #expect(Array(try counts.column(ColumnID("k", String.self))) == order)
        #expect(try counts.column(ColumnID("count", Int.self)).reduce(0) { $0 + ($1 ?? 0) } == n)
    }
}

/// A small deterministic generator for property tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
