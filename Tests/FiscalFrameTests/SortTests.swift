import Testing
@testable import FiscalFrame

@Suite struct SortTests {
    @Test func multiKeyStableWithNilsLast() throws {
        let frame = try DataFrame(csvText: "g,v,i\nb,2,0\na,,1\nb,1,2\na,2,3\nb,,4\na,2,5\n")
        let up = try frame.sorted(by: [SortKey("g"), SortKey("v")])
        #expect(Array(try up.column(ColumnID("i", Int.self))) == [3, 5, 1, 2, 0, 4])
        let down = try frame.sorted(by: [SortKey("g", ascending: false), SortKey("v", ascending: false)])
        #expect(Array(try down.column(ColumnID("i", Int.self))) == [0, 2, 4, 3, 5, 1])
    }

    @Test(arguments: [true, false])
    func radixSortAgreesWithComparisonSort(ascending: Bool) throws {
        var rng = SplitMix(seed: 42)
        let values: [Double?] = (0..<20_000).map { i in
            switch rng.next() % 20 {
            case 0: return nil
            case 1: return .nan
            case 2: return -0.0
            case 3: return 0
            case 4: return -.infinity
            default: return Double(Int64(rng.next() % 2_000) - 1_000) / 8
            }
        }
        let frame = try DataFrame(columns: [
            .double(Column(name: "v", values)), .int(Column(name: "i", values: Array(values.indices))),
        ])
        let order = try frame.sortedRowIndices(by: [SortKey("v", ascending: ascending)])
        // Reference: present values by total order (NaN after numbers, -0 == 0), then nils; stable.
        let reference = values.indices.sorted { a, b in
            switch (values[a], values[b]) {
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?):
                let order = ComparisonResult3.ofDoubles(x == 0 ? 0 : x, y == 0 ? 0 : y)
                if order == .equal { return a < b }
                if x.isNaN || y.isNaN { return !x.isNaN }
                return ascending ? order == .less : order == .greater
            }
        }
        #expect(order == reference)
    }

    @Test func sortsIntegersTextAndMoney() throws {
        let frame = try DataFrame(csvText: "n,s\n3,乙\n-5,甲\n9223372036854775807,丙\n-9223372036854775808,a\n")
        #expect(Array(try frame.sorted(by: "n").column(ColumnID("s", String.self))) == ["a", "甲", "乙", "丙"])
        // Text sorts by Unicode scalar order: 甲 U+7532 > 乙 U+4E59 > 丙 U+4E19 > a.
        #expect(Array(try frame.sorted(by: "s", ascending: false).column(ColumnID("n", Int.self)))
            == [-5, 3, Int.max, Int.min])
        var options = CSVReadingOptions()
        options.columnTypes = ["m": .money]
        let money = try DataFrame(csvText: "m\n1.5\n-2\n0.01\n", options: options)
        #expect(Array(try money.sorted(by: "m").column(ColumnID("m", Money.self))).map { $0?.fen } == [-200, 1, 150])
    }

    @Test func parsesSortSpellings() {
        #expect(SortKey(spelling: "-value") == SortKey("value", ascending: false))
        #expect(SortKey(spelling: "year") == SortKey("year"))
    }
}
