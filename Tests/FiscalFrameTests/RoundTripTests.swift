import Testing
@testable import FiscalFrame

/// Property: random frames with quotes, delimiters, newlines, CJK, nils and doubles write and
/// read back equal.
@Suite struct RoundTripTests {
    static let pieces = ["a", "b", "逗号", "，", ",", "\"", "\n", "\r\n", " ", "x y", "信访局", "𝄞", "=", "0", "1", ";", "'"]

    static func randomText(_ rng: inout SplitMix) -> String {
        var s = "t"  // a letter first keeps the column textual
        for _ in 0..<(rng.next() % 6) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
        return s
    }

    static func randomDouble(_ rng: inout SplitMix) -> Double {
        switch rng.next() % 6 {
        case 0: return Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (rng.next() % 2 == 0 ? 1 : -1)
        case 1: return Double(Int64(rng.next() % 100_000)) / 100
        case 2: return .nan
        case 3: return 1 / Double(rng.next() % 1000 + 1)
        default: return Double(rng.next() % 1_000_000) * 1e-9
        }
    }

    @Test(arguments: [(1, ","), (2, ";"), (3, "\t"), (4, ",")] as [(UInt64, Character)])
    func randomFramesRoundTrip(seed: UInt64, delimiter: Character) throws {
        var rng = SplitMix(seed: seed)
        let n = 300
        var frame = DataFrame()
        try frame.append(Column<String>(name: "文本", (0..<n).map { _ in rng.next() % 7 == 0 ? nil : Self.randomText(&rng) }))
        try frame.append(Column<Double>(name: "x, y", (0..<n).map { _ in rng.next() % 9 == 0 ? nil : Self.randomDouble(&rng) }))
        try frame.append(Column<Int>(name: "n", (0..<n).map { _ in rng.next() % 5 == 0 ? nil : Int(bitPattern: UInt(rng.next())) }))
        try frame.append(Column<Bool>(name: "b", (0..<n).map { _ in rng.next() % 4 == 0 ? nil : rng.next() % 2 == 0 }))
        var writing = CSVWritingOptions()
        writing.delimiter = delimiter
        var reading = CSVReadingOptions()
        reading.delimiter = delimiter
        let back = try CSVReader.read(data: try CSVWriter.data(frame, options: writing), options: reading).frame
        #expect(back.columnNames == frame.columnNames)
        #expect(back["文本"] == frame["文本"])
        #expect(back["n"] == frame["n"])
        #expect(back["b"] == frame["b"])
        let x = try frame.column(ColumnID("x, y", Double.self)), y = try back.column(ColumnID("x, y", Double.self))
        for i in 0..<n {
            // Bit-exact, with NaN equal to NaN.
            #expect(x[i]?.bitPattern == y[i]?.bitPattern || (x[i]?.isNaN == true && y[i]?.isNaN == true), "row \(i)")
        }
    }
}
