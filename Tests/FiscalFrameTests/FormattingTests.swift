import Testing
@testable import FiscalFrame

@Suite struct FormattingTests {
    static func sample() throws -> DataFrame {
        var frame = DataFrame()
        try frame.append(Column<String>(name: "单位", ["中共廊坊市委信访局", "Liyang 信访局", nil, "a|b\nc"]))
        try frame.append(Column<Int>(name: "year", values: [2015, 2016, 2017, 2018]))
        try frame.append(Column<Double>(name: "金额", [12.5, 1_234_567.891, nil, -0.25]))
        try frame.append(Column<Money>(name: "money", values: [Money(fen: 294_159), Money(fen: 7_550), .zero, Money(fen: -1)]))
        return frame
    }

    @Test func terminalTableMatchesGolden() throws {
        #expect(try Self.sample().formattedTable() == (try Fixture.text("table_golden.txt")))
    }

    @Test func markdownMatchesGolden() throws {
        var options = TableFormattingOptions()
        options.fractionDigits = 2
        options.groupsThousands = true
        #expect(try Self.sample().markdownTable(options: options) == (try Fixture.text("markdown_golden.md")))
    }

    @Test func jsonMatchesGolden() throws {
        #expect(try Self.sample().jsonRecords() == (try Fixture.text("json_golden.json")))
    }

    @Test func elidesMiddleRows() throws {
        let frame = try DataFrame(columns: [.int(Column(name: "i", values: Array(0..<100)))])
        var options = TableFormattingOptions()
        options.maximumRows = 4
        let lines = frame.formattedTable(options: options).split(separator: "\n")
        #expect(lines.map(String.init) == ["i", "--", " 0", " 1", " …", "98", "99", "(100 rows × 1 columns)"])
    }

    @Test(arguments: [("abc", 3), ("信访局", 6), ("Ａ１", 4), ("é", 1), ("e\u{301}", 1), ("，（）", 6), ("한국", 4)])
    func displayWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test(arguments: [
        (210.0, "210"), (0.1, "0.1"), (1e-5, "0.00001"), (1.5e300, "1.5e+300"), (-2.5e-7, "-0.00000025"),
        (123456789012345680, "123456789012345680"), (.nan, "NaN"), (-.infinity, "-inf"), (0.30000000000000004, "0.30000000000000004"),
    ] as [(Double, String)])
    func plainNumberText(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
        if value.isFinite { #expect(Double(text) == value) }
    }
}
